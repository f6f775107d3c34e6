/**
 * The document model every language feature reads: an incremental SqlDocument whose per-statement
 * result is the parse of that statement (AST + syntax diagnostics, positions relative to the
 * statement). Features convert statement-relative positions into document positions with the
 * helpers here, so a statement parsed once is reused wherever it moves.
 */
import type { Position, Range } from '../diagnostic';
import { parseStatement, type ParseResult } from '../sql';
import { SqlDocument, type DocumentStatement } from '../sql/document/sql-document';

export type LanguageDocument = SqlDocument<ParseResult>;
export type LanguageStatement = DocumentStatement<ParseResult>;

export function parseForDocument(statementText: string): ParseResult {
  return parseStatement(statementText);
}

export function createLanguageDocument(text = ''): LanguageDocument {
  return new SqlDocument<ParseResult>(parseForDocument, text);
}

/** A statement-relative range as a document range. */
export function toDocumentRange(stmt: LanguageStatement, r: Range): Range {
  return { start: stmt.toDocumentPosition(r.start), end: stmt.toDocumentPosition(r.end) };
}

/** A document position as a statement-relative offset (may be outside [0, text.length]). */
export function toStatementOffset(doc: LanguageDocument, stmt: LanguageStatement, p: Position | number): number {
  const offset = typeof p === 'number' ? p : doc.offsetAt(p);
  return offset - stmt.slice.start;
}
