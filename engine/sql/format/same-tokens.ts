/**
 * The formatter's safety net: formatted text must lex to the same tokens as the original
 * (comments and hints included), up to the case of keywords and type names. A statement whose
 * layout would fail this is left as written instead, so a layout bug can never change meaning.
 */
import { CharStream, Token } from 'antlr4ng';
import { FlinkSqlLexer } from '../generated/FlinkSqlLexer';

let lexer: FlinkSqlLexer | undefined;
let caseFree: boolean[] | undefined;

/** Token types whose text may differ in case: keywords and plain identifiers (type names). */
function caseFreeTypes(lx: FlinkSqlLexer): boolean[] {
  const out: boolean[] = [];
  for (let type = 0; type <= lx.vocabulary.maxTokenType; type++) {
    out[type] = /^'[A-Z_][A-Z_0-9]*'$/.test(lx.vocabulary.getLiteralName(type) ?? '') || type === FlinkSqlLexer.IDENTIFIER;
  }
  return out;
}

function lex(text: string): Token[] {
  lexer ??= new FlinkSqlLexer(CharStream.fromString(''));
  lexer.removeErrorListeners();
  lexer.inputStream = CharStream.fromString(text);
  const out: Token[] = [];
  for (let t = lexer.nextToken(); t.type !== Token.EOF; t = lexer.nextToken()) out.push(t);
  return out;
}

export function sameTokens(original: string, formatted: string): boolean {
  const a = lex(original);
  const b = lex(formatted);
  if (a.length !== b.length) return false;
  caseFree ??= caseFreeTypes(lexer!);
  for (let i = 0; i < a.length; i++) {
    if (a[i].type !== b[i].type) return false;
    const x = a[i].text ?? '';
    const y = b[i].text ?? '';
    if (x !== y && !(caseFree[a[i].type] && x.toUpperCase() === y.toUpperCase())) return false;
  }
  return true;
}
