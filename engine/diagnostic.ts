/**
 * Positions, ranges and diagnostics shared by every layer (parser, analyzer, planner, runtime,
 * CLI, language server). Lines and characters are 0-based UTF-16 offsets, as in LSP, so the
 * language server forwards them unchanged; the CLI prints them 1-based.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Diagnostic {
  readonly range: Range;
  readonly severity: Severity;
  /** A stable code, e.g. `syntax/unexpected-token`, `analyzer/unknown-column`. */
  readonly code: string;
  /** Plain words: what is wrong, where, and how to fix it when we know. */
  readonly message: string;
  /** Which layer found it: `tideline-syntax`, `tideline-analyzer`, `tideline-engine`. */
  readonly source: string;
  /** Machine-readable fixes (did-you-mean replacements and the like) for code actions. */
  readonly fixes?: readonly DiagnosticFix[];
}

export interface DiagnosticFix {
  readonly title: string;
  readonly range: Range;
  readonly newText: string;
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

/** `file:line:col severity message`, 1-based, as compilers print it. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} [${d.code}]`;
}
