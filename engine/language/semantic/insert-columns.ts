/**
 * Column names in an INSERT column list (`INSERT INTO t (a, |`): the target's columns not listed
 * yet, in table order (computed and read-only metadata columns cannot be written). Read from the
 * tokens before the cursor: the grammar offers no name slot there.
 */
import { Token } from 'antlr4ng';
import type { Range } from '../../diagnostic';
import type { ProviderSnapshot } from '../../catalog/snapshot';
import { resolveObject, type CurrentContext } from '../../catalog/resolve';
import { quoteIdentifierIfNeeded } from '../../catalog/model';
import { printType } from '../../types/print';
import { T, lexTokens, type LexToken } from '../lex';
import type { LanguageCompletionItem } from '../completion/completion-item';

/** The target path and the names already listed, when the cursor is inside an INSERT column list. */
export function insertColumnList(prefix: string): { path: string[]; listed: Set<string> } | undefined {
  const tokens = lexTokens(prefix).filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  const name = (t: LexToken): string => {
    const s = prefix.slice(t.start, t.end);
    return t.type === T.QUOTED_IDENTIFIER ? s.slice(1, -1).replace(/``/g, '`') : s;
  };
  let i = 0;
  if (tokens[i]?.type !== T.INSERT) return undefined;
  i++;
  if (tokens[i]?.type !== T.INTO && tokens[i]?.type !== T.OVERWRITE) return undefined;
  i++;
  const path: string[] = [];
  while (tokens[i] && tokens[i].type !== T.LPAREN) {
    if (tokens[i].type !== T.DOT) path.push(name(tokens[i]));
    i++;
  }
  if (tokens[i]?.type !== T.LPAREN || path.length === 0) return undefined;
  const listed = new Set<string>();
  for (i++; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === T.RPAREN || t.type === T.LPAREN) return undefined;
    if (t.type !== T.COMMA) listed.add(name(t));
  }
  return { path, listed };
}

export function insertColumnItems(prefix: string, word: string, view: ProviderSnapshot, current: CurrentContext, range: Range): LanguageCompletionItem[] | undefined {
  const list = insertColumnList(prefix.slice(0, prefix.length - word.length));
  if (!list) return undefined;
  const r = resolveObject(view, list.path, current);
  if (!r.ok) return [];
  return r.value.object.columns
    .filter((c) => c.kind === 'physical' || (c.kind === 'metadata' && !c.virtual))
    .filter((c) => !list.listed.has(c.name))
    .map((c, i) => ({
      label: c.name,
      kind: 'column' as const,
      detail: `${printType(c.type)} · ${r.value.path.catalog}.${r.value.path.database}.${r.value.path.name}`,
      insertText: quoteIdentifierIfNeeded(c.name),
      range,
      sortText: `0${String(i).padStart(5, '0')}`,
    }));
}
