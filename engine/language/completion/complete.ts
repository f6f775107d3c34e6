/**
 * Completion at a position: only the statement under the cursor is lexed (never the whole file).
 * In a WITH list: option keys and values. Elsewhere: keywords valid at the cursor (antlr4-c3),
 * function names where an expression or table function may go, statement snippets where a
 * statement begins, and whatever the registered providers add for the open name slots.
 */
import { Token } from 'antlr4ng';
import type { Position, Range } from '../../diagnostic';
import type { LanguageDocument } from '../language-document';
import { T } from '../lex';
import type { CompletionProvider, LanguageCompletionItem } from './completion-item';
import { cursorContext } from './cursor-context';
import { functionItems } from './function-items';
import { grammarCandidates } from './grammar-candidates';
import { optionItems } from './option-items';
import { providerItems } from './provider-items';
import { quotedNameItems } from './quoted-name';
import { reducePrefix } from './reduce-prefix';
import { statementSnippets } from './snippets';

export interface CompleteOptions {
  /** Semantic providers (tables, columns, ...): called with the open slots. */
  readonly providers?: readonly CompletionProvider[];
  /** Where a failing provider is reported. */
  readonly log?: (message: string) => void;
}

export function complete(doc: LanguageDocument, position: Position, opts: CompleteOptions = {}): LanguageCompletionItem[] {
  const offset = doc.offsetAt(position);
  const ctx = cursorContext(doc, offset);
  if (ctx.where === 'comment') return [];
  const toRange = (start: number, end: number): Range => ({ start: doc.positionAt(ctx.base + start), end: doc.positionAt(ctx.base + end) });

  const stmt = doc.statementAt(offset);
  const end = stmt && stmt.slice.start === ctx.base ? Math.max(stmt.slice.end, offset) : offset;
  const statementText = doc.text.slice(ctx.base, end);
  const options = optionItems({ statementText, cursor: offset - ctx.base, prefixTokens: ctx.tokens, toRange });
  if (options) return options;
  if (ctx.where === 'quoted-name') return quotedNameItems(doc, ctx, statementText, opts.providers ?? [], opts.log);
  if (ctx.where !== 'code') return [];

  const range = toRange(ctx.prefix.length - ctx.word.length, ctx.prefix.length);
  const code = ctx.tokens.slice(0, ctx.caret).filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  const beforeCaret = code[code.length - 1];
  const qualifierToken = beforeCaret?.type === T.DOT ? code[code.length - 2] : undefined;
  const qualifier = qualifierToken ? ctx.prefix.slice(qualifierToken.start, qualifierToken.end).replace(/^`|`$/g, '') : undefined;
  const lower = ctx.word.length > 0 && ctx.word === ctx.word.toLowerCase();

  const candidates = grammarCandidates(reducePrefix(ctx.prefix, ctx.tokens), ctx.word.length > 0, qualifier);
  const context = { statementPrefix: ctx.prefix, statementText, statementOffset: ctx.base, word: ctx.word, replaceRange: range, slots: candidates.slots, document: doc };
  const items = providerItems(opts.providers ?? [], context, opts.log);
  if (qualifier !== undefined) return items;

  const fnSlot = candidates.slots.find((s) => s.kind === 'function');
  const functions = fnSlot && fnSlot.kind === 'function' ? functionItems(range, fnSlot.tableFunction, lower) : [];
  // a keyword that is also a function (CAST, TUMBLE, CURRENT_DATE) is offered once, as the function
  const functionNames = new Set(functions.map((f) => f.label));
  for (const kw of candidates.keywords) {
    const label = lower ? kw.toLowerCase() : kw;
    // in an expression, keywords rank after columns (0) and functions (2)
    if (!functionNames.has(label)) items.push({ label, kind: 'keyword', range, sortText: `${fnSlot && !fnSlot.tableFunction ? '3' : '1'}${label}` });
  }
  items.push(...functions);
  if (code.length === 0) items.push(...statementSnippets(range));
  return items;
}
