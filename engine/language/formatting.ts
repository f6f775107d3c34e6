/**
 * Document and range formatting over engine/sql/format, as text edits. The whole document is
 * one edit (or none when already formatted); a range formats the statements it touches.
 */
import type { Range } from '../diagnostic';
import { DEFAULT_FORMAT_OPTIONS, formatSql, formatSqlRange, type KeywordCase } from '../sql/format/format-sql';
import type { LanguageDocument } from './language-document';
import type { TextEdit } from './navigation';

export interface FormattingSettings {
  readonly keywordCase?: KeywordCase;
  /** Spaces per indent level (the editor's tab size). */
  readonly indent?: number;
}

function options(s: FormattingSettings): { keywordCase: KeywordCase; indent: number } {
  return { keywordCase: s.keywordCase ?? DEFAULT_FORMAT_OPTIONS.keywordCase, indent: s.indent ?? DEFAULT_FORMAT_OPTIONS.indent };
}

export function formatDocument(doc: LanguageDocument, settings: FormattingSettings = {}): TextEdit[] {
  const text = doc.text;
  const formatted = formatSql(text, options(settings));
  if (formatted === text) return [];
  return [{ range: { start: doc.positionAt(0), end: doc.positionAt(text.length) }, newText: formatted }];
}

export function formatRange(doc: LanguageDocument, range: Range, settings: FormattingSettings = {}): TextEdit[] {
  const edits = formatSqlRange(doc.text, doc.offsetAt(range.start), doc.offsetAt(range.end), options(settings));
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}
