/**
 * The lexer of engine/sql as a flat token list with UTF-16 offsets (ANTLR counts code points),
 * every channel included (comments, hints, unterminated tokens). Folding, semantic tokens and
 * completion read tokens from here.
 */
import { CharStream, Token } from 'antlr4ng';
import { FlinkSqlLexer } from '../sql/generated/FlinkSqlLexer';
import { SourceMap } from '../sql/parse/source-map';

export interface LexToken {
  readonly type: number;
  /** UTF-16 offsets into the lexed text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly channel: number;
  /** Index among all tokens (every channel). */
  readonly index: number;
}

let lexer: FlinkSqlLexer | undefined;

export function sqlLexer(): FlinkSqlLexer {
  if (!lexer) {
    lexer = new FlinkSqlLexer(CharStream.fromString(''));
    lexer.removeErrorListeners();
  }
  return lexer;
}

export function lexTokens(text: string): LexToken[] {
  const lx = sqlLexer();
  lx.inputStream = CharStream.fromString(text);
  lx.reset();
  const map = new SourceMap(text);
  const out: LexToken[] = [];
  for (let t = lx.nextToken(); t.type !== Token.EOF; t = lx.nextToken()) {
    out.push({ type: t.type, start: map.unit(t.start), end: map.unit(t.stop + 1), channel: t.channel, index: out.length });
  }
  return out;
}

/** The keyword a token type stands for (`SELECT`), or undefined for names, literals, operators. */
export function keywordOf(type: number): string | undefined {
  const literal = sqlLexer().vocabulary.getLiteralName(type);
  return literal && /^'[A-Z_][A-Z_0-9]*'$/.test(literal) ? literal.slice(1, -1) : undefined;
}

export const T = FlinkSqlLexer;
