/** Runs the registered completion providers; a failing provider is logged and skipped. */
import type { CompletionContext, CompletionProvider, LanguageCompletionItem } from './completion-item';

export function providerItems(
  providers: readonly CompletionProvider[],
  context: CompletionContext,
  log?: (message: string) => void,
): LanguageCompletionItem[] {
  const items: LanguageCompletionItem[] = [];
  for (const p of providers) {
    try {
      items.push(...p(context));
    } catch (err) {
      log?.(`completion provider failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  return items;
}
