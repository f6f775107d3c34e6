/**
 * The language feature requests, each a one-line call into engine/language. Every handler
 * answers: an exception is logged to the connection console and the empty result is returned.
 */
import { CodeActionKind, InlayHintKind, type Connection, type Position, type Range } from 'vscode-languageserver/node';
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
  identifierText,
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
import type { WorkspaceIndex } from './workspace-index';

export function registerFeatures(
  connection: Connection,
  documents: OpenDocuments,
  symbols: WorkspaceSymbolIndex,
  settings: Settings,
  log: (message: string) => void,
  completionProviders: readonly CompletionProvider[] = [],
  semantic?: SemanticSource,
  workspace?: WorkspaceIndex,
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
  // Names a statement binds itself (CTEs, aliases) first; then tables and views across the workspace.
  /** The workspace table or view named at a position of an open document (the index made fresh first). */
  const tableAt = (uri: string, position: Position) => {
    if (!workspace) return undefined;
    workspace.fresh();
    return workspace.tables.at(uri, position);
  };
  connection.onDefinition(({ textDocument, position }) =>
    answer('definition', textDocument.uri, null, (doc) => {
      const r = definitionAt(doc, position);
      if (r) return { uri: textDocument.uri, range: r };
      const t = tableAt(textDocument.uri, position);
      const declared = t ? workspace!.tables.declarationsOf(t.path) : [];
      return declared.length ? declared : null;
    }),
  );
  connection.onReferences(({ textDocument, position, context }) =>
    answer('references', textDocument.uri, [], (doc) => {
      const local = referencesAt(doc, position, context.includeDeclaration).map((range) => ({ uri: textDocument.uri, range }));
      if (local.length) return local;
      const t = tableAt(textDocument.uri, position);
      if (!t) return [];
      return workspace!.tables
        .occurrencesOf(t.path)
        .filter((o) => context.includeDeclaration || !o.declaration)
        .map((o) => ({ uri: o.uri, range: o.range }));
    }),
  );
  connection.onPrepareRename(({ textDocument, position }) =>
    answer('prepareRename', textDocument.uri, null, (doc) => {
      const local = prepareRenameAt(doc, position);
      if (local) return local;
      const t = tableAt(textDocument.uri, position);
      // only what the workspace declares is ours to rename (not the examples, not the local store)
      return t && workspace!.tables.isDeclared(t.path) ? { range: t.occurrence.nameRange, placeholder: t.occurrence.name } : null;
    }),
  );
  connection.onRenameRequest(({ textDocument, position, newName }) =>
    answer('rename', textDocument.uri, null, (doc) => {
      const edits = renameAt(doc, position, newName);
      if (edits.length) return { changes: { [textDocument.uri]: edits } };
      const t = tableAt(textDocument.uri, position);
      if (!t || !newName || !workspace!.tables.isDeclared(t.path)) return null;
      const changes: Record<string, { range: Range; newText: string }[]> = {};
      for (const o of workspace!.tables.occurrencesOf(t.path)) (changes[o.uri] ??= []).push({ range: o.nameRange, newText: identifierText(newName) });
      return { changes };
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
          ...(h.tooltip ? { tooltip: { kind: 'markdown' as const, value: h.tooltip } } : {}),
          ...(h.kind === 'type' ? { paddingLeft: false } : { paddingRight: true }),
        })),
      );
    });
  }
}
