/**
 * Go to definition, find references and rename for the names a statement binds itself: CTEs and
 * table aliases (see name-bindings). Catalog objects are the analyzer's business.
 */
import type { Position, Range } from '../diagnostic';
import { lexTokens, T } from './lex';
import { toDocumentRange, toStatementOffset, type LanguageDocument, type LanguageStatement } from './language-document';
import { bindingAt, nameBindings, type NameBinding } from './name-bindings';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

function bindingAtPosition(doc: LanguageDocument, position: Position): { stmt: LanguageStatement; binding: NameBinding } | undefined {
  const offset = doc.offsetAt(position);
  const stmt = doc.statementAt(offset);
  const ast = stmt?.result.statement;
  if (!stmt || !ast || offset > stmt.slice.end) return undefined;
  const binding = bindingAt(nameBindings(ast), toStatementOffset(doc, stmt, offset));
  return binding ? { stmt, binding } : undefined;
}

export function definitionAt(doc: LanguageDocument, position: Position): Range | undefined {
  const hit = bindingAtPosition(doc, position);
  return hit ? toDocumentRange(hit.stmt, hit.binding.definition.range) : undefined;
}

export function referencesAt(doc: LanguageDocument, position: Position, includeDeclaration = true): Range[] {
  const hit = bindingAtPosition(doc, position);
  if (!hit) return [];
  const ranges = includeDeclaration ? [hit.binding.definition.range, ...hit.binding.references] : hit.binding.references;
  return ranges.map((r) => toDocumentRange(hit.stmt, r));
}

/** The range and current name of what a rename at this position would change. */
export function prepareRenameAt(doc: LanguageDocument, position: Position): { range: Range; placeholder: string } | undefined {
  const hit = bindingAtPosition(doc, position);
  if (!hit) return undefined;
  const offset = toStatementOffset(doc, hit.stmt, position);
  const b = hit.binding;
  const at = [b.definition, ...b.referenceOffsets.map((r, i) => ({ ...r, range: b.references[i] }))].find((r) => r.start <= offset && offset <= r.end);
  return at ? { range: toDocumentRange(hit.stmt, at.range), placeholder: b.name } : undefined;
}

/** A name as it must be written: plain when it lexes as one identifier, else in backticks. */
export function identifierText(name: string): string {
  const tokens = lexTokens(name);
  if (tokens.length === 1 && tokens[0].type === T.IDENTIFIER && tokens[0].end === name.length) return name;
  return '`' + name.replace(/`/g, '``') + '`';
}

export function renameAt(doc: LanguageDocument, position: Position, newName: string): TextEdit[] {
  const hit = bindingAtPosition(doc, position);
  if (!hit || newName.length === 0) return [];
  const text = identifierText(newName);
  return [hit.binding.definition.range, ...hit.binding.references].map((r) => ({ range: toDocumentRange(hit.stmt, r), newText: text }));
}
