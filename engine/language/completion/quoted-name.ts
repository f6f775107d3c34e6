/**
 * Completion inside an unterminated backticked name (`` FROM `ord| ``): the slots are those
 * before the backtick; providers see the word with its backtick, and their items replace the
 * backtick, the typed text and a closing backtick an editor may have added, always quoted.
 */
import type { Range } from '../../diagnostic';
import type { LanguageDocument } from '../language-document';
import type { CompletionContext, CompletionProvider, LanguageCompletionItem } from './completion-item';
import type { CursorContext } from './cursor-context';
import { grammarCandidates } from './grammar-candidates';
import { providerItems } from './provider-items';
import { reducePrefix } from './reduce-prefix';

export function quotedNameItems(
  doc: LanguageDocument,
  ctx: CursorContext,
  statementText: string,
  providers: readonly CompletionProvider[],
  log?: (message: string) => void,
): LanguageCompletionItem[] {
  const quoted = ctx.tokens[ctx.tokens.length - 1];
  if (!quoted || providers.length === 0) return [];
  const before = ctx.prefix.slice(0, quoted.start);
  const tokens = ctx.tokens.slice(0, -1);
  const dot = /\.\s*$/.test(before);
  const qualifierMatch = dot ? /(`(?:[^`]|``)*`|[\w$]+)\s*\.\s*$/.exec(before) : null;
  const qualifier = qualifierMatch ? qualifierMatch[1].replace(/^`|`$/g, '') : undefined;
  const candidates = grammarCandidates(reducePrefix(before, tokens), false, qualifier);
  const closing = statementText.charAt(ctx.prefix.length) === '`' ? 1 : 0;
  const range: Range = { start: doc.positionAt(ctx.base + quoted.start), end: doc.positionAt(ctx.base + ctx.prefix.length + closing) };
  const context: CompletionContext = {
    statementPrefix: ctx.prefix,
    statementText,
    statementOffset: ctx.base,
    word: ctx.prefix.slice(quoted.start),
    replaceRange: range,
    slots: candidates.slots,
    document: doc,
  };
  return providerItems(providers, context, log).map((i) => ({
    ...i,
    insertText: `\`${i.label.replace(/`/g, '``')}\``,
    filterText: `\`${i.label}`,
    snippet: false,
    range,
  }));
}
