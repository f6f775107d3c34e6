/**
 * The statement under a position, analyzed in the context the file gives it: the directive,
 * earlier USE statements and earlier CREATE TABLE/VIEW/FUNCTION statements (only statements that change
 * the context are replayed, so the cost does not grow with ordinary queries above the cursor).
 * The statement text may be replaced (completion analyzes a copy with a placeholder name at the
 * cursor, so an unfinished statement still parses).
 */
import type { Position } from '../../diagnostic';
import type { CurrentContext } from '../../catalog/resolve';
import type { ProviderSnapshot } from '../../catalog/snapshot';
import { parseStatement, type Statement } from '../../sql';
import { ScriptAnalyzer, type StatementAnalysis } from '../../analyzer';
import { parseDirective } from '../../catalog/directive';
import type { LanguageDocument } from '../language-document';
import type { SemanticSource } from './semantic-source';

const CONTEXT_KINDS: ReadonlySet<string> = new Set(['useCatalog', 'useDatabase', 'createTable', 'createView', 'createDatabase', 'createCatalog', 'createFunction']);

export interface AnalyzedAt {
  /** The analysis; positions are relative to `text`. */
  readonly analysis: StatementAnalysis;
  readonly statement: Statement;
  /** The text analyzed (the statement's own text, or the replacement). */
  readonly text: string;
  readonly current: CurrentContext;
  /** The catalog view the statement sees (earlier CREATE TABLE/VIEW of the file included). */
  readonly view: ProviderSnapshot;
}

/**
 * The analyzer stepped over the context-changing statements that start before `offset`. The
 * last one built is kept per catalog and reused while those statements (their parsed ASTs, which
 * the incremental document keeps across edits elsewhere), the catalog view, the directive and
 * the settings are the same: typing in a query below 300 CREATE TABLEs does not replay them.
 * A reused analyzer only ever analyzes statements that leave its state alone (see `analyzeAt`).
 */
interface CachedAnalyzer {
  readonly key: readonly unknown[];
  readonly analyzer: ScriptAnalyzer;
}
const recentAnalyzers = new WeakMap<object, CachedAnalyzer[]>();
/** Completion, hover and signature help at different places of a file each keep theirs. */
const RECENT = 4;

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function analyzerBefore(doc: LanguageDocument, offset: number, source: SemanticSource, reusable: boolean): CachedAnalyzer {
  const catalog = source.catalog();
  const settings = source.settings?.() ?? {};
  const context: { ast: Statement; text: string }[] = [];
  for (const s of doc.statements) {
    if (s.slice.start >= offset) break;
    const ast = s.result.statement;
    if (ast && CONTEXT_KINDS.has(ast.kind)) context.push({ ast, text: s.text });
  }
  const key = [catalog.view(), JSON.stringify(settings), JSON.stringify(parseDirective(doc.text).values), ...context.map((c) => c.ast)];
  let recent = recentAnalyzers.get(catalog);
  if (!recent) recentAnalyzers.set(catalog, (recent = []));
  const hit = reusable ? recent.findIndex((c) => sameKey(c.key, key)) : -1;
  if (hit >= 0) {
    const [entry] = recent.splice(hit, 1);
    recent.unshift(entry);
    return entry;
  }
  const analyzer = new ScriptAnalyzer(catalog, doc.text, { settings });
  for (const c of context) analyzer.next(c.ast, c.text);
  const entry = { key, analyzer };
  if (reusable) {
    recent.unshift(entry);
    recent.length = Math.min(recent.length, RECENT);
  }
  return entry;
}

/** The context (current catalog and database) of a statement starting at `offset`, and the catalog view it sees. */
export function contextAt(doc: LanguageDocument, offset: number, source: SemanticSource): { current: CurrentContext; view: ProviderSnapshot } {
  const e = analyzerBefore(doc, offset, source, true);
  return { current: e.analyzer.context, view: e.analyzer.view };
}

/**
 * Analyzes the statement starting at `statementOffset` (its parsed text, or `replacement`).
 * Undefined when that text does not parse into a statement.
 */
export function analyzeAt(doc: LanguageDocument, statementOffset: number, source: SemanticSource, replacement?: string): AnalyzedAt | undefined {
  const stmt = doc.statementAt(statementOffset);
  const target = stmt && stmt.slice.start === statementOffset ? stmt : undefined;
  let statement: Statement | undefined;
  let text: string;
  if (replacement !== undefined) {
    text = replacement;
    statement = parseStatement(replacement).statement;
  } else {
    if (!target) return undefined;
    text = target.text;
    statement = target.result.statement;
  }
  if (!statement) return undefined;
  // a USE or CREATE changes the analyzer that runs it: never a shared one
  const { analyzer } = analyzerBefore(doc, statementOffset, source, !CONTEXT_KINDS.has(statement.kind));
  const { context: current, view } = analyzer;
  return { analysis: analyzer.next(statement, text), statement, text, current, view };
}

/** The position of `offset` in `text` (0-based line and UTF-16 character). */
export function positionIn(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
