/**
 * engine/language: the IDE features, LSP-agnostic (positions and ranges of engine/diagnostic).
 * server/ adapts them to LSP; the CLI and tests call them directly.
 */
export { createLanguageDocument, toDocumentRange, type LanguageDocument, type LanguageStatement } from './language-document';
export { documentSymbols, statementSymbol, type LanguageSymbol, type LanguageSymbolKind } from './document-symbols';
export { WorkspaceSymbolIndex, fuzzyMatch, type WorkspaceSymbol } from './workspace-symbols';
export { foldingRanges, type LanguageFoldingRange, type FoldingKind } from './folding-ranges';
export { selectionRanges } from './selection-ranges';
export {
  semanticTokens,
  encodeSemanticTokens,
  SEMANTIC_TOKEN_TYPES,
  SEMANTIC_TOKEN_MODIFIERS,
  type SemanticToken,
  type SemanticTokenType,
} from './semantic-tokens';
export { formatDocument, formatRange, type FormattingSettings } from './formatting';
export { definitionAt, referencesAt, prepareRenameAt, renameAt, identifierText, type TextEdit } from './navigation';
export { nameBindings, type NameBinding } from './name-bindings';
export { complete, type CompleteOptions } from './completion/complete';
export type {
  CompletionContext,
  CompletionItemKind,
  CompletionProvider,
  CompletionSlot,
  LanguageCompletionItem,
} from './completion/completion-item';
export { semanticCompletionProvider } from './semantic/completion-provider';
export type { SemanticSource } from './semantic/semantic-source';
export { hoverAt, type LanguageHover } from './semantic/hover';
export { signatureHelpAt, type LanguageSignature, type LanguageSignatureHelp } from './semantic/signature-help';
export { quickFixes, fixesFromData, type LanguageCodeAction } from './semantic/code-actions';
export { inlayHints, type LanguageInlayHint, type InlayHintOptions } from './semantic/inlay-hints';
