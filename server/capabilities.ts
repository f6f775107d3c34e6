/**
 * The capabilities the server declares: exactly the requests it answers.
 */
import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../engine/language';

/** `.` (columns of a qualifier), `'` (WITH option keys and values), `(` (WITH lists, arguments). */
export const COMPLETION_TRIGGERS = ['.', "'", '('];

export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
    documentSymbolProvider: { label: 'Flink SQL' },
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    semanticTokensProvider: {
      legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] },
      full: true,
      range: false,
    },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [')'] },
    inlayHintProvider: { resolveProvider: false },
  };
}
