/**
 * Shortens the statement prefix c3 walks without changing what may follow it: the finished
 * items of the innermost SELECT list are replaced by one placeholder item. antlr4-c3 walks every
 * token from the statement start, so a 300-column SELECT would otherwise cost it ~100x more than
 * a short one; after this, the cost is that of `SELECT x, <current item>` or
 * `SELECT x FROM <...>`. Only depth-0 tokens (relative to the cursor's parentheses) of the
 * innermost SELECT are touched: a FROM or comma there can only end a select item.
 */
import { Token } from 'antlr4ng';
import { T, type LexToken } from '../lex';

/** Below this many tokens the walk is cheap: leave the prefix alone. */
const MIN_TOKENS = 64;

export function reducePrefix(prefix: string, tokens: readonly LexToken[], minTokens = MIN_TOKENS): string {
  const code = tokens.filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  if (code.length < minTokens) return prefix;
  // walk back from the cursor, staying at the cursor's depth
  let depth = 0;
  let select = -1;
  let from = -1;
  let lastComma = -1;
  for (let i = code.length - 1; i >= 0; i--) {
    const t = code[i];
    if (t.type === T.RPAREN || t.type === T.RBRACKET) depth++;
    else if (t.type === T.LPAREN || t.type === T.LBRACKET) {
      if (depth === 0) break; // the cursor's enclosing parenthesis or bracket
      depth--;
    } else if (depth === 0) {
      if (t.type === T.FROM) from = i;
      else if (t.type === T.COMMA && from < 0 && lastComma < 0) lastComma = i;
      else if (t.type === T.SELECT) {
        select = i;
        break;
      }
    }
  }
  if (select < 0) return prefix;
  const selectEnd = code[select].end;
  if (from > select) {
    return from - select > 2 ? `${prefix.slice(0, selectEnd)} x ${prefix.slice(code[from].start)}` : prefix;
  }
  if (lastComma > select + 2) return `${prefix.slice(0, selectEnd)} x${prefix.slice(code[lastComma].start)}`;
  return prefix;
}
