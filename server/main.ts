/**
 * The Flink SQL language server. Thin: it adapts LSP requests to engine/language (IDE features)
 * and engine/check (diagnostics, shared with the CLI). Started by the extension over IPC (or
 * with --stdio by other editors and the protocol tests).
 */
import { createConnection, ProposedFeatures, type InitializeParams } from 'vscode-languageserver/node';
import { checkDocument } from '../engine/check/check-text';
import { semanticCompletionProvider, WorkspaceSymbolIndex, type CompletionProvider, type SemanticSource } from '../engine/language';
import { WorkspaceTables } from '../engine/language/workspace-tables';
import { WorkspaceCatalogProvider } from '../engine/catalog/providers/workspace';
import { defaultCatalog } from '../engine/analyzer';
import { TIDELINE_VERSION } from '../engine/version';
import { serverCapabilities } from './capabilities';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { OpenDocuments } from './documents';
import { registerFeatures } from './features';
import { toLspDiagnostic } from './convert';
import { Settings } from './settings';
import { WorkspaceIndex } from './workspace-index';
import { serveConnections } from './connections';

const connection = createConnection(ProposedFeatures.all);
const documents = new OpenDocuments();
const symbols = new WorkspaceSymbolIndex();
const settings = new Settings(connection);
const log = (message: string): void => connection.console.error(message);
/** Tables and views that workspace files declare, laid under the catalog (after its real sources). */
const declared = new WorkspaceCatalogProvider();
defaultCatalog().register(declared);

/** How many lines of a newly opened file get their diagnostics first (what is in view). */
const VIEW_LINES = 150;

const diagnostics = new DiagnosticsScheduler(
  (d) => checkDocument(d.doc, { memo: d.checks, settings: settings.context }),
  (uri, version, list) => void connection.sendDiagnostics({ uri, version, diagnostics: list.map(toLspDiagnostic) }),
  150,
  (err) => log(`diagnostics failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  (d) => {
    const until = d.doc.offsetAt({ line: VIEW_LINES, character: 0 });
    return until < d.doc.text.length ? checkDocument(d.doc, { memo: d.checks, settings: settings.context, until }) : undefined;
  },
);

let workspaceFolders: string[] = [];
/** The client can be asked to request inlay hints again (their settings changed). */
let refreshInlayHints = false;
/** Settles once the settings were first read: the first diagnostics wait for it (they depend on tideline.catalog/database). */
let settingsRead: Promise<void> = Promise.resolve();

connection.onInitialize((params: InitializeParams) => {
  settings.supportsConfiguration = params.capabilities.workspace?.configuration === true;
  refreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
  // `diagnosticsDelayMs`: the debounce after a change (default 150; the LSP benchmark uses 0)
  const delay = (params.initializationOptions as { diagnosticsDelayMs?: unknown } | undefined)?.diagnosticsDelayMs;
  if (typeof delay === 'number' && delay >= 0 && delay <= 10_000) diagnostics.delayMs = delay;
  return { serverInfo: { name: 'tideline-flinksql', version: TIDELINE_VERSION }, capabilities: serverCapabilities() };
});

connection.onInitialized(() => {
  settingsRead = refreshSettings();
  void settingsRead.then(() => workspace.scan(workspaceFolders)).catch((err) => log(`workspace scan failed: ${String(err)}`));
});

/** Checks every open document again (what the catalog knows changed). */
function recheckOpenDocuments(): void {
  for (const uri of documents.uris()) {
    const d = documents.get(uri);
    if (d) diagnostics.schedule(d);
  }
}

const workspace = new WorkspaceIndex(connection, new WorkspaceTables(defaultCatalog, declared, () => settings.context), symbols, documents, log);
// declarations changed (a file indexed, edited, closed, changed on disk): open documents are checked
// again once the changes pause (a workspace scan is one burst, not a re-check per file)
let recheck: NodeJS.Timeout | undefined;
declared.onDidChange(() => {
  if (recheck) clearTimeout(recheck);
  recheck = setTimeout(() => {
    recheck = undefined;
    recheckOpenDocuments();
  }, 200);
});
connection.onDidChangeWatchedFiles(({ changes }) => void workspace.watched(changes).catch((err) => log(`watched files failed: ${String(err)}`)));

/** Re-reads the catalog/database settings; when they changed, every open document is checked again. */
async function refreshSettings(): Promise<void> {
  try {
    if (await settings.refreshContext()) recheckOpenDocuments();
  } catch (err) {
    log(`reading settings failed: ${String(err)}`);
  }
}

connection.onDidChangeConfiguration(() => {
  settings.invalidate();
  void refreshSettings();
  if (refreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
});

connection.onDidOpenTextDocument(({ textDocument: t }) => {
  try {
    const d = documents.open(t.uri, t.version, t.text);
    symbols.update(t.uri, d.doc);
    workspace.touched(t.uri);
    void settingsRead.then(() => diagnostics.schedule(d, true));
  } catch (err) {
    log(`didOpen failed: ${String(err)}`);
  }
});

connection.onDidChangeTextDocument(({ textDocument: t, contentChanges }) => {
  try {
    const d = documents.change(t.uri, t.version, contentChanges);
    if (!d) return;
    symbols.update(t.uri, d.doc);
    workspace.touched(t.uri);
    diagnostics.schedule(d);
  } catch (err) {
    log(`didChange failed: ${String(err)}`);
  }
});

connection.onDidCloseTextDocument(({ textDocument: t }) => {
  documents.close(t.uri);
  diagnostics.cancel(t.uri);
  // a closed file stays indexed as it is on disk (it is still in the workspace)
  void workspace.closed(t.uri).catch((err) => log(`re-indexing ${t.uri} failed: ${String(err)}`));
  void connection.sendDiagnostics({ uri: t.uri, diagnostics: [] });
});

/** Answers with the server's identity; the extension's health check and tests use it. */
connection.onRequest('tideline/serverInfo', () => ({
  name: 'tideline-flinksql',
  version: TIDELINE_VERSION,
  pid: process.pid,
  openDocuments: documents.uris(),
  indexedDocuments: symbols.size,
}));

/** Semantic completion (catalog tables, columns) plugs in here: see engine/language CompletionProvider. */
/** The catalog semantic features read (the same one diagnostics check against). */
const semanticSource: SemanticSource = { catalog: defaultCatalog, settings: () => settings.context };
const completionProviders: CompletionProvider[] = [semanticCompletionProvider(semanticSource)];

registerFeatures(connection, documents, symbols, settings, log, completionProviders, semanticSource, workspace);

// Kafka connections (tideline/connections) add catalogs; open documents are re-checked as they load.
serveConnections(connection, defaultCatalog(), () => {
  for (const uri of documents.uris()) {
    const d = documents.get(uri);
    if (d) diagnostics.schedule(d);
  }
}, log);

connection.listen();
