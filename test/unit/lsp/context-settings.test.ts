/**
 * `tideline.catalog` / `tideline.database` over a real stdio connection to dist/server.js: the
 * server reads them with workspace/configuration, they are the last fallback after USE and the
 * file directive, and a didChangeConfiguration checks open documents again.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionRequest, DidChangeConfigurationNotification, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

const codes = (c: LspClient, uri: string) => async (pred: (codes: string[]) => boolean) =>
  (await c.waitForDiagnostics((p) => p.uri === uri && pred(p.diagnostics.map((d) => String(d.code))))).diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`);

describe('tideline.catalog / tideline.database settings', () => {
  let client: LspClient;
  const configuration: Record<string, unknown> = { tideline: { catalog: 'examples', database: 'marketplace' } };
  before(async () => {
    client = await LspClient.start({ configuration });
  });
  after(async () => {
    await client.stop();
  });

  test('a file with no USE and no directive runs in the settings’ catalog and database', async () => {
    const uri = 'file:///settings-plain.sql';
    await client.open(uri, 'SELECT order_id, nope FROM orders;\n');
    assert.deepEqual(await codes(client, uri)(() => true), ['0:analyzer/unknown-column']);
    const r = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 7 } })) as CompletionItem[] | CompletionList | null;
    const labels = (Array.isArray(r) ? r : (r?.items ?? [])).map((i) => i.label);
    assert.ok(labels.includes('customer_id'), 'completion reads the same settings');
  });

  test('the file directive and USE come before the settings', async () => {
    const directive = 'file:///settings-directive.sql';
    await client.open(directive, '-- tideline: catalog=local, database=default\nSELECT order_id FROM orders;\n');
    assert.deepEqual(await codes(client, directive)(() => true), ['1:analyzer/unknown-table']);
    const use = 'file:///settings-use.sql';
    await client.open(use, 'SELECT order_id FROM orders;\nUSE nexmark;\nSELECT order_id FROM orders;\n');
    assert.deepEqual(await codes(client, use)(() => true), ['2:analyzer/unknown-table']);
  });

  test('a changed setting checks the open documents again', async () => {
    const uri = 'file:///settings-change.sql';
    await client.open(uri, 'SELECT auction FROM bid;\n');
    assert.deepEqual(await codes(client, uri)(() => true), ['0:analyzer/unknown-table']);
    configuration.tideline = { catalog: 'examples', database: 'nexmark' };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(await codes(client, uri)((c) => c.length === 0), []);
  });
});
