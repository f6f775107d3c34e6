/**
 * The formatter's view of a token: what the layout engine needs and nothing else. Produced by
 * `classify-tokens.ts` from the ANTLR lexer and parser; the layout engine never sees ANTLR.
 */

export type TokenRole =
  /** A keyword used as a keyword (its case may change). */
  | 'keyword'
  /** A type name such as INT or STRING in a type position (case-insensitive, may change case). */
  | 'type'
  /** An identifier, a quoted identifier, or a non-reserved keyword used as an identifier. */
  | 'ident'
  | 'string'
  | 'number'
  | 'operator'
  /** `<` / `>` around type parameters: ARRAY<INT>, MAP<K, V>, ROW<a INT>. */
  | 'type-open'
  | 'type-close'
  | 'lparen'
  | 'rparen'
  | 'lbracket'
  | 'rbracket'
  | 'comma'
  | 'dot'
  | 'semicolon'
  | 'line-comment'
  | 'block-comment'
  /** A whole `/*+ ... *\/` hint, kept byte-exact. */
  | 'hint'
  | 'other';

export interface LayoutToken {
  readonly role: TokenRole;
  /** The source text, byte-exact. */
  readonly text: string;
  /** Upper-case text for keywords and types (used to match clause keywords), '' otherwise. */
  readonly word: string;
  /** For comments: a line break separates it from the previous token in the source. */
  readonly ownLine: boolean;
}

export function isComment(t: LayoutToken): boolean {
  return t.role === 'line-comment' || t.role === 'block-comment';
}
