/**
 * The Flink SQL language server. Thin: it adapts LSP requests to engine/sql, engine/analyzer
 * and engine/catalog. Started by the extension over IPC (or with --stdio by other editors).
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TIDELINE_VERSION } from '../engine/version';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  serverInfo: { name: 'tideline-flinksql', version: TIDELINE_VERSION },
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
  },
}));

/** Answers with the server's identity; the extension's health check and tests use it. */
connection.onRequest('tideline/serverInfo', () => ({
  name: 'tideline-flinksql',
  version: TIDELINE_VERSION,
  pid: process.pid,
  openDocuments: documents.all().map((d) => d.uri),
}));

documents.listen(connection);
connection.listen();
