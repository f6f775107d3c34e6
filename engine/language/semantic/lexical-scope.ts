/**
 * The relations of a statement that does not parse even with the placeholder (`SELECT CASE
 * WHEN o.| FROM orders o`), read from its tokens: every `FROM` / `JOIN` / `,`-in-FROM followed by
 * a catalog table path and an optional `[AS] alias` (and `TABLE t` inside a window TVF). Coarser than the analyzer (no subqueries,
 * CTE columns or window TVFs) but never empty-handed on a half-typed statement.
 */
import { Token } from 'antlr4ng';
import type { ScopeInfo } from '../../analyzer';
import type { ProviderSnapshot } from '../../catalog/snapshot';
import { resolveObject, type CurrentContext } from '../../catalog/resolve';
import { T, lexTokens, type LexToken } from '../lex';
import { isWordToken } from '../completion/cursor-context';

function nameOf(text: string, t: LexToken): string {
  const s = text.slice(t.start, t.end);
  return t.type === T.QUOTED_IDENTIFIER ? s.slice(1, -1).replace(/``/g, '`') : s;
}

const isName = (t: LexToken | undefined): t is LexToken => !!t && (t.type === T.QUOTED_IDENTIFIER || isWordToken(t.type));
const isAlias = (t: LexToken | undefined): t is LexToken => !!t && (t.type === T.QUOTED_IDENTIFIER || t.type === T.IDENTIFIER);

export function lexicalScope(text: string, view: ProviderSnapshot, current: CurrentContext): ScopeInfo {
  const tokens = lexTokens(text).filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  const relations: ScopeInfo['relations'][number][] = [];
  let inFrom = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // `TABLE t` is a window TVF's input
    if (t.type !== T.FROM && t.type !== T.JOIN && t.type !== T.TABLE && !(inFrom && t.type === T.COMMA)) {
      if (t.type !== T.IDENTIFIER && t.type !== T.QUOTED_IDENTIFIER && t.type !== T.AS && t.type !== T.DOT) inFrom = false;
      continue;
    }
    inFrom = t.type === T.FROM || t.type === T.COMMA;
    const parts: string[] = [];
    let j = i + 1;
    while (isName(tokens[j])) {
      parts.push(nameOf(text, tokens[j]));
      if (tokens[j + 1]?.type !== T.DOT) break;
      j += 2;
    }
    if (parts.length === 0) continue;
    let k = j + 1;
    if (tokens[k]?.type === T.AS) k++;
    const alias = isAlias(tokens[k]) ? nameOf(text, tokens[k]) : undefined;
    const r = resolveObject(view, parts, current);
    if (!r.ok) continue;
    relations.push({ name: alias ?? r.value.path.name, fields: r.value.object.columns.map((c) => ({ name: c.name, type: c.type })), table: r.value.path });
    i = alias ? k : j;
  }
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, relations, ctes: [] };
}
