/**
 * The language feature requests, each a one-line call into engine/language. Every handler
 * answers: an exception is logged to the connection console and the empty result is returned.
 */
import { CodeActionKind, InlayHintKind, type Connection } from 'vscode-languageserver/node';
import {
  complete,
  definitionAt,
  documentSymbols,
  encodeSemanticTokens,
  foldingRanges,
  formatDocument,
  fixesFromData,
  formatRange,
  hoverAt,
  inlayHints,
  prepareRenameAt,
  quickFixes,
  referencesAt,
  renameAt,
  selectionRanges,
  semanticTokens,
  signatureHelpAt,
  type CompletionProvider,
  type LanguageDocument,
  type SemanticSource,
  type WorkspaceSymbolIndex,
} from '../engine/language';
import { SYMBOL_KIND, toCompletionItem, toDocumentSymbol, toFoldingRange, toSelectionRange } from './convert';
import type { OpenDocuments } from './documents';
import type { Settings } from './settings';

export function registerFeatures(
  connection: Connection,
  documents: OpenDocuments,
  symbols: WorkspaceSymbolIndex,
  settings: Settings,
  log: (message: string) => void,
  completionProviders: readonly CompletionProvider[] = [],
  semantic?: SemanticSource,
): void {
  /** Runs `fn` on the open document, or returns `empty` (unknown document, or a failure). */
  function answer<T>(name: string, uri: string, empty: T, fn: (doc: LanguageDocument) => T): T {
    const d = documents.get(uri);
    if (!d) return empty;
    try {
      return fn(d.doc);
    } catch (err) {
      log(`${name} failed on ${uri}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return empty;
    }
  }

  connection.onCompletion(({ textDocument, position }) =>
    answer('completion', textDocument.uri, [], (doc) => complete(doc, position, { providers: completionProviders, log }).map(toCompletionItem)),
  );
  connection.onDocumentSymbol(({ textDocument }) =>
    answer('documentSymbol', textDocument.uri, [], (doc) => documentSymbols(doc).map(toDocumentSymbol)),
  );
  connection.onWorkspaceSymbol(({ query }) => {
    try {
      return symbols.search(query).map((s) => ({
        name: s.name,
        kind: SYMBOL_KIND[s.kind],
        location: { uri: s.uri, range: s.range },
        ...(s.container ? { containerName: s.container } : {}),
      }));
    } catch (err) {
      log(`workspaceSymbol failed: ${String(err)}`);
      return [];
    }
  });
  connection.onSignatureHelp(({ textDocument, position }) =>
    answer('signatureHelp', textDocument.uri, null, (doc) => {
      const h = signatureHelpAt(doc, position);
      if (!h) return null;
      return {
        signatures: h.signatures.map((s) => ({
          label: s.label,
          ...(s.documentation ? { documentation: { kind: 'markdown' as const, value: s.documentation } } : {}),
          parameters: s.parameters.map(([a, b]) => ({ label: [a, b] as [number, number] })),
        })),
        activeSignature: h.activeSignature,
        activeParameter: h.activeParameter,
      };
    }),
  );
  connection.onCodeAction(({ textDocument, range, context }) =>
    answer('codeAction', textDocument.uri, [], () => {
      const withFixes = context.diagnostics.map((lsp) => ({ lsp, fixes: fixesFromData(lsp.data) })).filter((x) => x.fixes.length > 0);
      return withFixes.flatMap(({ lsp, fixes }) =>
        quickFixes([{ range: lsp.range, severity: 'error', code: String(lsp.code ?? ''), message: lsp.message, source: lsp.source ?? '', fixes }], range).map((a) => ({
          title: a.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          isPreferred: a.preferred,
          edit: { changes: { [textDocument.uri]: a.edits.map((e) => ({ range: e.range, newText: e.newText })) } },
        })),
      );
    }),
  );
  connection.onFoldingRanges(({ textDocument }) => answer('foldingRange', textDocument.uri, [], (doc) => foldingRanges(doc).map(toFoldingRange)));
  connection.onSelectionRanges(({ textDocument, positions }) =>
    answer('selectionRange', textDocument.uri, [], (doc) => positions.map((p) => toSelectionRange(selectionRanges(doc, p), { start: p, end: p }))),
  );
  connection.languages.semanticTokens.on(({ textDocument }) =>
    answer('semanticTokens', textDocument.uri, { data: [] }, (doc) => ({ data: encodeSemanticTokens(semanticTokens(doc)) })),
  );
  connection.onDocumentFormatting(async ({ textDocument, options }) => {
    const s = await settings.formatting();
    return answer('formatting', textDocument.uri, [], (doc) => formatDocument(doc, { ...s, indent: options.tabSize }));
  });
  connection.onDocumentRangeFormatting(async ({ textDocument, range, options }) => {
    const s = await settings.formatting();
    return answer('rangeFormatting', textDocument.uri, [], (doc) => formatRange(doc, range, { ...s, indent: options.tabSize }));
  });
  connection.onDefinition(({ textDocument, position }) =>
    answer('definition', textDocument.uri, null, (doc) => {
      const r = definitionAt(doc, position);
      return r ? { uri: textDocument.uri, range: r } : null;
    }),
  );
  connection.onReferences(({ textDocument, position, context }) =>
    answer('references', textDocument.uri, [], (doc) =>
      referencesAt(doc, position, context.includeDeclaration).map((range) => ({ uri: textDocument.uri, range })),
    ),
  );
  connection.onPrepareRename(({ textDocument, position }) => answer('prepareRename', textDocument.uri, null, (doc) => prepareRenameAt(doc, position) ?? null));
  connection.onRenameRequest(({ textDocument, position, newName }) =>
    answer('rename', textDocument.uri, null, (doc) => {
      const edits = renameAt(doc, position, newName);
      return edits.length ? { changes: { [textDocument.uri]: edits } } : null;
    }),
  );
  if (semantic) registerSemanticFeatures(semantic);

  /** Requests that read the catalog: hover (and signature help, code actions). */
  function registerSemanticFeatures(source: SemanticSource): void {
    connection.onHover(({ textDocument, position }) =>
      answer('hover', textDocument.uri, null, (doc) => {
        const h = hoverAt(doc, position, source);
        return h ? { contents: { kind: 'markdown' as const, value: h.markdown }, range: h.range } : null;
      }),
    );
    connection.languages.inlayHint.on(async ({ textDocument, range }) => {
      const options = await settings.inlayHints();
      return answer('inlayHint', textDocument.uri, [], (doc) =>
        inlayHints(doc, range, source, options).map((h) => ({
          position: h.position,
          label: h.label,
          kind: h.kind === 'type' ? InlayHintKind.Type : InlayHintKind.Parameter,
          ...(h.kind === 'type' ? { paddingLeft: false } : { paddingRight: true }),
        })),
      );
    });
  }
}
