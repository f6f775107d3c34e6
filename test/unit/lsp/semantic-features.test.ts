/**
 * Semantic features over a real stdio connection to dist/server.js: catalog completion, hover
 * (and signature help, code actions as they land).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, CompletionRequest, HoverRequest, SignatureHelpRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

const TEXT = 'USE CATALOG examples;\nUSE marketplace;\nSELECT o.\nFROM orders o\nWHERE UPPER(o.order_id) = \'x\';\nSELECT *\nFROM orders o\nWHERE UPPER(o.order_id) = \'x\';\n';

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return Array.isArray(r) ? r : (r?.items ?? []);
}

describe('semantic features over stdio', () => {
  let client: LspClient;
  const uri = 'file:///semantic.sql';
  before(async () => {
    client = await LspClient.start();
    await client.open(uri, TEXT);
  });
  after(async () => {
    await client.stop();
  });

  test('declares hover and signature help', () => {
    assert.ok(client.initializeResult.capabilities.hoverProvider);
    assert.ok(client.initializeResult.capabilities.signatureHelpProvider?.triggerCharacters?.includes(','));
  });

  test('a quick fix adds the missing column to GROUP BY', async () => {
    const fixUri = 'file:///group-by.sql';
    await client.open(fixUri, 'USE CATALOG examples;\nUSE marketplace;\nSELECT customer_id, product_id, COUNT(*) FROM orders GROUP BY customer_id;\n');
    const p = await client.waitForDiagnostics((d) => d.uri === fixUri && d.diagnostics.length > 0);
    const d = p.diagnostics.find((x) => x.code === 'analyzer/not-grouped');
    assert.ok(d, JSON.stringify(p.diagnostics));
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: fixUri }, range: d.range, context: { diagnostics: [d] } });
    const a = (actions ?? []).find((x) => 'edit' in x && /GROUP BY/.test(x.title));
    assert.ok(a && 'edit' in a && a.edit?.changes);
    assert.deepEqual(a.edit.changes[fixUri], [{ range: { start: { line: 2, character: 73 }, end: { line: 2, character: 73 } }, newText: ', product_id' }]);
  });

  test('signature help inside UPPER(', async () => {
    const h = await client.connection.sendRequest(SignatureHelpRequest.type, { textDocument: { uri }, position: { line: 7, character: 12 } });
    assert.ok(h);
    assert.match(h.signatures[0].label, /^UPPER\(/);
    assert.equal(h.activeParameter, 0);
    const [a, b] = h.signatures[0].parameters![0].label as [number, number];
    assert.ok(b > a);
  });

  test('completion after alias. lists that table’s columns, ranked', async () => {
    const r = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 9 } });
    const list = items(r).sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.deepEqual(list.map((i) => i.label), ['order_id', 'customer_id', 'product_id', 'quantity', 'price', 'order_time']);
  });

  test('completion after FROM lists the current database’s tables', async () => {
    const r = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 6, character: 5 } });
    const l = items(r).map((i) => i.label);
    assert.ok(l.includes('orders') && l.includes('customers'));
  });

  test('hover on a table and on a function', async () => {
    const t = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 7 } });
    assert.ok(t && typeof t.contents === 'object' && 'value' in t.contents);
    assert.match(t.contents.value, /examples\.marketplace\.orders/);
    const f = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 7, character: 8 } });
    assert.ok(f && typeof f.contents === 'object' && 'value' in f.contents);
    assert.match(f.contents.value, /UPPER/);
  });
});
