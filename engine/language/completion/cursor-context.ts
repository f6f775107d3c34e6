/**
 * Where the cursor is, lexically: the text of the statement under it up to the cursor (only that
 * statement is ever lexed), its tokens, the word being typed, and whether the cursor is inside a
 * comment or a string.
 */
import { T, keywordOf, lexTokens, type LexToken } from '../lex';
import type { LanguageDocument } from '../language-document';
import { Token } from 'antlr4ng';

export interface CursorContext {
  /** Document offset where the statement text begins. */
  readonly base: number;
  /** Statement text up to the cursor. */
  readonly prefix: string;
  readonly tokens: readonly LexToken[];
  /** Index (into `tokens`) of the token being completed: the partial word, or tokens.length. */
  readonly caret: number;
  /** The partial word before the cursor ('' when none). */
  readonly word: string;
  readonly where: 'code' | 'comment' | 'string' | 'quoted-name';
}

/** True when a `;` ends the statement between `from` and `to` (comments skipped). */
function terminatedBetween(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 59) return true;
    if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? to : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? to : close + 2;
    } else i++;
  }
  return false;
}

export function isWordToken(type: number): boolean {
  return type === T.IDENTIFIER || keywordOf(type) !== undefined;
}

export function cursorContext(doc: LanguageDocument, offset: number): CursorContext {
  const text = doc.text;
  const stmt = doc.statementAt(offset);
  let base = offset;
  if (stmt && offset >= stmt.slice.start && !(offset > stmt.slice.end && terminatedBetween(text, stmt.slice.end, offset))) base = stmt.slice.start;
  if (base === offset) {
    // between statements: only comments can be here, and no completion inside them
    const gap = lexTokens(text.slice(stmt ? stmt.slice.end : 0, offset));
    const t = gap[gap.length - 1];
    if (t && t.end === offset - (stmt ? stmt.slice.end : 0) && (t.type === T.LINE_COMMENT || t.type === T.UNTERMINATED_BLOCK_COMMENT)) {
      return { base, prefix: '', tokens: [], caret: 0, word: '', where: 'comment' };
    }
  }
  const prefix = text.slice(base, offset);
  const tokens = lexTokens(prefix);
  const last = tokens[tokens.length - 1];
  let where: CursorContext['where'] = 'code';
  let caret = tokens.length;
  let word = '';
  if (last && last.end === prefix.length) {
    if (last.type === T.LINE_COMMENT || last.type === T.UNTERMINATED_BLOCK_COMMENT) where = 'comment';
    else if (last.type === T.UNTERMINATED_STRING || last.type === T.HINT_STRING) where = 'string';
    else if (last.type === T.UNTERMINATED_QUOTED_IDENTIFIER) where = 'quoted-name';
    else if (isWordToken(last.type) && last.channel === Token.DEFAULT_CHANNEL) {
      caret = tokens.length - 1;
      word = prefix.slice(last.start, last.end);
    }
  }
  return { base, prefix, tokens, caret, word, where };
}
