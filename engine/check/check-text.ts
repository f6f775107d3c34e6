/**
 * Checks a whole SQL text: syntax per statement, then (unless syntax-only) catalog and type
 * checks by the analyzer, statement by statement in order (USE and CREATE effects carry over).
 * The CLI's `check` and the language server's diagnostics both call this, so they always agree.
 */
import type { Diagnostic, Position, Range } from '../diagnostic';
import { parseScript, type ParseResult } from '../sql';
import type { SqlDocument } from '../sql/document/sql-document';
import type { CatalogManager } from '../catalog/manager';
import type { ContextSettings } from '../catalog/context';
import { analyzeScript, defaultCatalog } from '../analyzer';
import { CheckMemo } from './check-memo';

export interface CheckOptions {
  /** Skip catalog and type checks. */
  readonly syntaxOnly?: boolean;
  /** The catalog to check names against; default: the built-in examples and an empty local catalog. */
  readonly catalog?: CatalogManager;
  /** The settings' default catalog and database (`tideline.catalog`, `tideline.database`). */
  readonly settings?: ContextSettings;
  /**
   * checkDocument only: what the last check of this document found, reused for statements that
   * did not change and run in the same state (keep one per document across edits).
   */
  readonly memo?: CheckMemo;
  /**
   * checkDocument only: check just the statements that start before this document offset (the
   * part in view); the ones after it are neither parsed nor analyzed.
   */
  readonly until?: number;
}

export function checkText(text: string, opts: CheckOptions = {}): Diagnostic[] {
  const script = parseScript(text);
  if (opts.syntaxOnly) return [...script.diagnostics];
  const semantic = analyzeScript({ text, script }, opts.catalog ?? defaultCatalog(), { ...(opts.settings ? { settings: opts.settings } : {}) });
  return [...script.diagnostics, ...semantic.diagnostics];
}

/**
 * The same checks over an incrementally parsed document (the language server's model): each
 * statement's parse result is reused across edits, and diagnostics are mapped to document
 * positions. Equal to `checkText(doc.text, opts)`. With a memo, a statement that did not change
 * and runs in the same state as in the last check is not analyzed again (check-memo.ts).
 */
export function checkDocument(doc: SqlDocument<ParseResult>, opts: CheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const memo = opts.syntaxOnly ? undefined : (opts.memo ?? new CheckMemo());
  let state = memo?.begin(opts.catalog ?? defaultCatalog(), doc.text, opts.settings ?? {});
  const semantic: Diagnostic[] = [];
  const until = opts.until ?? Infinity;
  for (const stmt of doc.statements) {
    if (stmt.slice.start >= until) break;
    const map = (r: Range): Range => ({ start: stmt.toDocumentPosition(r.start), end: stmt.toDocumentPosition(r.end) });
    const mapped = (d: Diagnostic): Diagnostic => ({ ...d, range: map(d.range), message: relocateMessage(d, (p) => stmt.toDocumentPosition(p)), ...(d.fixes ? { fixes: d.fixes.map((f) => ({ ...f, range: map(f.range) })) } : {}) });
    for (const d of stmt.result.diagnostics) out.push(mapped(d));
    const ast = stmt.result.statement;
    if (memo && state && ast) {
      const step = memo.step(ast, stmt.text, state);
      for (const d of step.diagnostics) semantic.push(mapped(d));
      state = step.after;
    }
  }
  memo?.end();
  return [...out, ...semantic];
}

/** Messages that name a position (`... for '(' at 3:14`, 1-based) name it in the statement: move it into the document. */
const POSITION_IN_MESSAGE: ReadonlySet<string> = new Set(['syntax/missing-parenthesis']);

function relocateMessage(d: Diagnostic, toDocument: (p: Position) => Position): string {
  if (!POSITION_IN_MESSAGE.has(d.code)) return d.message;
  return d.message.replace(/ at (\d+):(\d+)$/, (_all, line: string, col: string) => {
    const p = toDocument({ line: Number(line) - 1, character: Number(col) - 1 });
    return ` at ${p.line + 1}:${p.character + 1}`;
  });
}
