/**
 * Named arguments of the table function call around the cursor (`TUMBLE(DATA => TABLE t, |`):
 * `TIMECOL =>`, `SIZE =>`, ... not given yet, ranked first.
 */
import { Token } from 'antlr4ng';
import type { Range } from '../../diagnostic';
import { lexTokens } from '../lex';
import type { LanguageCompletionItem } from '../completion/completion-item';
import { namedFunction } from './function-markdown';
import { openCall } from './signature-help';

export function namedArgumentItems(prefixBeforeWord: string, range: Range): LanguageCompletionItem[] {
  const tokens = lexTokens(prefixBeforeWord).filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  const call = openCall(prefixBeforeWord, tokens);
  const fn = call && namedFunction(call.name);
  if (!call || !fn || fn.kind !== 'table') return [];
  const sig = fn.signatures[0];
  if (!sig?.every((p) => p.named)) return [];
  const given = new Set([...prefixBeforeWord.slice(call.argsStart).matchAll(/([A-Za-z_]\w*)\s*=>/g)].map((m) => m[1].toUpperCase()));
  return sig
    .filter((p) => !given.has(p.name.toUpperCase()))
    .map((p, i) => ({
      label: `${p.name} =>`,
      kind: 'property' as const,
      detail: `${fn.name} argument`,
      insertText: `${p.name} => `,
      filterText: p.name,
      range,
      sortText: `0!${i}`,
    }));
}
