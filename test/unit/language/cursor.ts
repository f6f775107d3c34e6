/** Test helper: text with a `|` marking the cursor -> the text and the cursor's position. */
import type { Position } from '../../../engine/diagnostic';
import { createLanguageDocument, type LanguageDocument } from '../../../engine/language';

export function withCursor(marked: string): { doc: LanguageDocument; position: Position; text: string } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor in test text');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = createLanguageDocument(text);
  return { doc, position: doc.positionAt(offset), text };
}
