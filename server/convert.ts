/**
 * engine/language values -> LSP values. Positions and ranges already are LSP's (0-based UTF-16),
 * so only kinds, severities and shapes are translated here.
 */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  FoldingRangeKind,
  InsertTextFormat,
  SymbolKind,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type SelectionRange,
} from 'vscode-languageserver/node';
import type { Diagnostic, Range, Severity } from '../engine/diagnostic';
import type { CompletionItemKind as ItemKind, LanguageCompletionItem, LanguageFoldingRange, LanguageSymbol, LanguageSymbolKind } from '../engine/language';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  // the fixes ride along in `data`, so code actions read them back without re-checking the file
  return { range: d.range, severity: SEVERITY[d.severity], code: d.code, source: d.source, message: d.message, ...(d.fixes?.length ? { data: { fixes: d.fixes } } : {}) };
}

export const SYMBOL_KIND: Record<LanguageSymbolKind, SymbolKind> = {
  table: SymbolKind.Class,
  view: SymbolKind.Interface,
  function: SymbolKind.Function,
  query: SymbolKind.Event,
  insert: SymbolKind.Method,
  catalog: SymbolKind.Namespace,
  database: SymbolKind.Package,
  module: SymbolKind.Module,
  cte: SymbolKind.Struct,
  statement: SymbolKind.Key,
};

export function toDocumentSymbol(s: LanguageSymbol): DocumentSymbol {
  return { name: s.name, kind: SYMBOL_KIND[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(toDocumentSymbol) };
}

export function toFoldingRange(r: LanguageFoldingRange): FoldingRange {
  const kind = r.kind === 'comment' ? FoldingRangeKind.Comment : r.kind === 'region' ? FoldingRangeKind.Region : undefined;
  return { startLine: r.startLine, endLine: r.endLine, ...(kind ? { kind } : {}) };
}

/** Innermost-first ranges as LSP's linked SelectionRange. */
export function toSelectionRange(ranges: readonly Range[], fallback: Range): SelectionRange {
  let parent: SelectionRange | undefined;
  for (let i = ranges.length - 1; i >= 0; i--) parent = { range: ranges[i], ...(parent ? { parent } : {}) };
  return parent ?? { range: fallback };
}

const ITEM_KIND: Record<ItemKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  function: CompletionItemKind.Function,
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  table: CompletionItemKind.Class,
  column: CompletionItemKind.Field,
  catalog: CompletionItemKind.Module,
  database: CompletionItemKind.Folder,
};

export function toCompletionItem(i: LanguageCompletionItem): CompletionItem {
  return {
    label: i.label,
    kind: ITEM_KIND[i.kind],
    ...(i.detail !== undefined ? { detail: i.detail } : {}),
    ...(i.documentation !== undefined ? { documentation: i.documentation } : {}),
    ...(i.sortText !== undefined ? { sortText: i.sortText } : {}),
    ...(i.filterText !== undefined ? { filterText: i.filterText } : {}),
    insertTextFormat: i.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: i.range, newText: i.insertText ?? i.label },
  };
}
