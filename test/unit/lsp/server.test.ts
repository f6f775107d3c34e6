/**
 * The language server over a real stdio connection to the built dist/server.js: the
 * capabilities it declares, diagnostics, completion, symbols, formatting, rename, and answers
 * (never errors) on half-typed files.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  PrepareRenameRequest,
  RenameRequest,
  SelectionRangeRequest,
  SemanticTokensRequest,
  DefinitionRequest,
  ReferencesRequest,
  DocumentRangeFormattingRequest,
  InlayHintRequest,
  WorkspaceSymbolRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

const FIXTURES = resolve(__dirname, '../../../../test/fixtures/sql/valid');

function labels(r: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(r) ? r : (r?.items ?? []);
  return items.map((i) => i.label);
}

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  test('initialize declares the features it answers', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(client.initializeResult.serverInfo?.name, 'tideline-flinksql');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.completionProvider?.triggerCharacters?.includes("'"));
    assert.ok(caps.semanticTokensProvider && 'legend' in caps.semanticTokensProvider);
    assert.ok(caps.semanticTokensProvider.legend.tokenTypes.includes('keyword'));
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    for (const k of ['documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'definitionProvider', 'referencesProvider'] as const) {
      assert.ok(caps[k], k);
    }
  });

  test('didOpen publishes the syntax error of a typo with its range and message', async () => {
    const uri = 'file:///typo.sql';
    await client.open(uri, 'SELECT 1;\nSELECT * FORM t;\n');
    const p = await client.waitForDiagnostics((d) => d.uri === uri);
    assert.equal(p.version, 1);
    assert.equal(p.diagnostics.length, 1);
    const d = p.diagnostics[0];
    assert.equal(d.message, "unexpected 'FORM', did you mean FROM?");
    assert.equal(d.code, 'syntax/unexpected-token');
    assert.deepEqual(d.range, { start: { line: 1, character: 9 }, end: { line: 1, character: 13 } });
    assert.equal(d.severity, 1);
  });

  test('a long file gets the diagnostics of its first 150 lines first, then those of the whole file', async () => {
    const uri = 'file:///long.sql';
    const lines = ['SELECT * FORM a;'];
    while (lines.length < 400) lines.push(`SELECT ${lines.length};`);
    lines.push('SELECT * FORM z;');
    await client.open(uri, lines.join('\n') + '\n');
    const whole = await client.waitForDiagnostics((d) => d.uri === uri && d.diagnostics.length === 2);
    assert.deepEqual(whole.diagnostics.map((d) => d.range.start.line), [0, 400]);
    assert.deepEqual(
      client.diagnostics.filter((d) => d.uri === uri).map((d) => [d.version, d.diagnostics.map((x) => x.range.start.line)]),
      [
        [1, [0]],
        [1, [0, 400]],
      ],
    );
  });

  test('diagnostics follow edits and stale versions are never published', async () => {
    const uri = 'file:///edits.sql';
    await client.open(uri, 'SELECT a FROM t;\n');
    await client.waitForDiagnostics((d) => d.uri === uri && d.version === 1);
    // three quick edits: only the last version's diagnostics are published
    const edit = async (version: number, character: number, text: string) =>
      client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 1, character }, end: { line: 1, character } }, text }],
      });
    await edit(2, 0, 'SELECT ');
    await edit(3, 7, 'FROM');
    await edit(4, 11, ' x;');
    const p = await client.waitForDiagnostics((d) => d.uri === uri && d.version === 4);
    // syntax only: the analyzer may add its own (table t is unknown)
    const syntax = p.diagnostics.filter((d) => d.source === 'tideline-syntax');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].range.start.line, 1);
    assert.equal(syntax[0].message, "unexpected 'FROM', expected an expression");
    assert.deepEqual(
      client.diagnostics.filter((d) => d.uri === uri).map((d) => d.version),
      [1, 4],
    );
  });

  test('completion after FROM t offers clauses; in WITH, option keys of the connector', async () => {
    const uri = 'file:///complete.sql';
    const text = "SELECT * FROM orders \n;\nCREATE TABLE t (a INT) WITH ('connector' = 'datagen', ";
    await client.open(uri, text);
    const clauses = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 21 } }));
    for (const kw of ['WHERE', 'GROUP BY', 'ORDER BY', 'JOIN']) assert.ok(clauses.includes(kw), kw);
    assert.ok(!clauses.includes('SELECT'));
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 54 } });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    const rps = items.find((i) => i.label === 'rows-per-second');
    assert.ok(rps, 'rows-per-second');
    assert.equal(rps.insertTextFormat, 2);
    assert.match(rps.documentation as string, /rows/i);
    assert.ok(!items.some((i) => i.label === 'connector'), 'connector is already set');
  });

  test('documentSymbol names every statement, even a broken one', async () => {
    const uri = 'file:///symbols.sql';
    await client.open(uri, 'CREATE TABLE orders (id INT);\nINSERT INTO sink WITH w AS (SELECT 1) SELECT * FROM w;\nSELECT * FORM t;\n');
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['CREATE TABLE orders', 'INSERT INTO sink', 'SELECT * FORM t'],
    );
    assert.deepEqual(symbols[1].children?.map((c) => c.name), ['WITH w']);
    assert.deepEqual(symbols[0].selectionRange, { start: { line: 0, character: 13 }, end: { line: 0, character: 19 } });
    const ws = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'orders' });
    assert.ok(Array.isArray(ws) && ws.some((s) => s.name === 'CREATE TABLE orders' && s.location.uri === uri));
  });

  test('formatting returns one edit that formats the document', async () => {
    const uri = 'file:///format.sql';
    await client.open(uri, 'select a,b from t where a>1');
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(edits?.length, 1);
    assert.equal(edits![0].newText, 'SELECT\n  a,\n  b\nFROM t\nWHERE a > 1;\n');
    const range = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.equal(range?.[0].newText, 'SELECT\n  a,\n  b\nFROM t\nWHERE a > 1');
  });

  test('rename of a CTE changes its definition and every use', async () => {
    const uri = 'file:///rename.sql';
    await client.open(uri, 'WITH recent AS (SELECT * FROM clicks)\nSELECT r.user_id FROM recent r JOIN recent x ON r.id = x.id;\n');
    const prep = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 1, character: 24 } });
    assert.deepEqual(prep, { range: { start: { line: 1, character: 22 }, end: { line: 1, character: 28 } }, placeholder: 'recent' });
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 0, character: 6 }, newName: 'latest' });
    const edits = edit?.changes?.[uri] ?? [];
    assert.deepEqual(
      edits.map((e) => [e.range.start.line, e.range.start.character, e.newText]),
      [
        [0, 5, 'latest'],
        [1, 22, 'latest'],
        [1, 36, 'latest'],
      ],
    );
    const def = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 1, character: 8 } });
    assert.deepEqual(def, { uri, range: { start: { line: 1, character: 29 }, end: { line: 1, character: 30 } } });
    const refs = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 1, character: 29 }, context: { includeDeclaration: false } });
    assert.deepEqual(refs?.map((r) => r.range.start.character), [7, 48]);
  });

  test('half-typed files (truncated corpus statements) never get an error response', async () => {
    const corpus = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => readFileSync(join(FIXTURES, f), 'utf8'))
      .join('\n');
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 40; i++) {
      const cut = Math.floor(random() * corpus.length);
      const text = corpus.slice(Math.max(0, cut - 3000), cut);
      const uri = `file:///half-${i}.sql`;
      await client.open(uri, text);
      const lines = text.split('\n');
      const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
      const mid = { line: Math.floor(lines.length / 2), character: 3 };
      const doc = { textDocument: { uri } };
      await Promise.all([
        client.connection.sendRequest(CompletionRequest.type, { ...doc, position: end }),
        client.connection.sendRequest(CompletionRequest.type, { ...doc, position: mid }),
        client.connection.sendRequest(DocumentSymbolRequest.type, doc),
        client.connection.sendRequest(FoldingRangeRequest.type, doc),
        client.connection.sendRequest(SemanticTokensRequest.type, doc),
        client.connection.sendRequest(SelectionRangeRequest.type, { ...doc, positions: [end, mid] }),
        client.connection.sendRequest(DocumentFormattingRequest.type, { ...doc, options: { tabSize: 2, insertSpaces: true } }),
        client.connection.sendRequest(DefinitionRequest.type, { ...doc, position: mid }),
        client.connection.sendRequest(PrepareRenameRequest.type, { ...doc, position: mid }),
        client.connection.sendRequest(ReferencesRequest.type, { ...doc, position: mid, context: { includeDeclaration: true } }),
        client.connection.sendRequest(RenameRequest.type, { ...doc, position: mid, newName: 'renamed' }),
        client.connection.sendRequest(InlayHintRequest.type, { ...doc, range: { start: { line: 0, character: 0 }, end } }),
      ]);
    }
    assert.deepEqual(client.logs.filter((l) => /failed/.test(l)), []);
  });
});
