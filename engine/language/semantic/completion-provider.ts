/**
 * The semantic completion provider: tables, CTEs and columns for the open slots. The statement
 * under the cursor is analyzed with a placeholder name in place of the word being typed (so
 * `SELECT o.| FROM orders o` parses); the innermost SELECT around the placeholder gives the
 * relations and CTEs in scope; when even that does not parse, the FROM/JOIN tables read from the
 * tokens (lexical-scope.ts). Catalog listings come from the snapshot, synchronously.
 */
import { scopeAt, type ScopeInfo } from '../../analyzer';
import type { CompletionContext, CompletionProvider, LanguageCompletionItem } from '../completion/completion-item';
import { analyzeAt, contextAt, positionIn } from './analyze-at';
import { columnItems } from './column-items';
import { insertColumnItems } from './insert-columns';
import { namedArgumentItems } from './named-argument-items';
import { lexicalScope } from './lexical-scope';
import { qualifierPath } from './qualifier-path';
import type { SemanticSource } from './semantic-source';
import { tableItems } from './table-items';

/** A name no catalog holds, standing in for the word at the cursor. */
export const CURSOR_PLACEHOLDER = '__tideline_cursor__';

export function semanticCompletionProvider(source: SemanticSource): CompletionProvider {
  return (ctx) => {
    const tableSlot = ctx.slots.some((s) => s.kind === 'table');
    const columnSlot = ctx.slots.some((s) => s.kind === 'column');
    if (!ctx.document) return [];
    if (/^\s*insert\b/i.test(ctx.statementPrefix)) {
      const at = contextAt(ctx.document, ctx.statementOffset, source);
      const inList = insertColumnItems(ctx.statementPrefix, ctx.word, at.view, at.current, ctx.replaceRange);
      if (inList) return inList;
    }
    if (!tableSlot && !columnSlot) return [];
    const wordStart = ctx.statementPrefix.length - ctx.word.length;
    const qualifier = qualifierPath(ctx.statementPrefix.slice(0, wordStart));
    const { scope, current, view } = scopeAtCursor(ctx, wordStart, source);
    const items: LanguageCompletionItem[] = [];
    if (tableSlot) items.push(...tableItems(view, qualifier, current, scope?.ctes ?? [], ctx.replaceRange));
    if (columnSlot) items.push(...columnItems(scope, qualifier, ctx.replaceRange));
    if (columnSlot && qualifier.length === 0) items.push(...namedArgumentItems(ctx.statementPrefix.slice(0, wordStart), ctx.replaceRange));
    return items;
  };
}

function scopeAtCursor(ctx: CompletionContext, wordStart: number, source: SemanticSource) {
  const doc = ctx.document!;
  let after = ctx.statementText.slice(ctx.statementPrefix.length);
  // the word runs on past the cursor (`ord|ers`), or an editor closed the backtick: replaced too
  if (ctx.word !== '') after = after.replace(/^[\w$]*`?/, '');
  const patched = ctx.statementText.slice(0, wordStart) + CURSOR_PLACEHOLDER + after;
  const analyzed = analyzeAt(doc, ctx.statementOffset, source, patched);
  if (analyzed) return { scope: scopeAt(analyzed.analysis.info, positionIn(patched, wordStart)), current: analyzed.current, view: analyzed.view };
  const { current, view } = contextAt(doc, ctx.statementOffset, source);
  const scope: ScopeInfo = lexicalScope(ctx.statementText, view, current);
  return { scope, current, view };
}
