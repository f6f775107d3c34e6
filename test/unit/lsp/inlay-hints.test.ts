/**
 * Inlay hints over a real stdio connection to dist/server.js: SELECT item types and parameter
 * names, and the settings that turn each off.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InlayHintRequest, type InlayHint } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

const TEXT = [
  'USE CATALOG examples;',
  'USE marketplace;',
  'SELECT order_id, quantity * 2 AS q, SUBSTRING(order_id, 2, 3) AS s, ROUND(price, 1)',
  'FROM orders, (SELECT 1 AS pos) AS t;',
  "SELECT COALESCE(order_id, 'x'), CONCAT(order_id, 'x') FROM orders;",
].join('\n');

const labels = (hints: InlayHint[] | null): string[] =>
  (hints ?? []).map((h) => `${h.position.line}:${h.position.character} ${typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')}`);

async function hints(configuration?: Record<string, unknown>): Promise<{ client: LspClient; list: string[] }> {
  const client = await LspClient.start(configuration ? { configuration } : {});
  const uri = 'file:///hints.sql';
  await client.open(uri, TEXT);
  const list = labels(await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } }));
  return { client, list };
}

describe('inlay hints over stdio', () => {
  const clients: LspClient[] = [];
  after(async () => {
    for (const c of clients) await c.stop();
  });

  test('types after SELECT items (nested ones too) and parameter names of calls with several arguments', async () => {
    const { client, list } = await hints({ 'tideline.inlayHints': { types: true, parameterNames: true } });
    clients.push(client);
    assert.ok(client.initializeResult.capabilities.inlayHintProvider);
    assert.deepEqual(list, [
      '2:15 : STRING NOT NULL',
      '2:34 : INT',
      '2:46 str:',
      '2:56 pos:',
      '2:59 len:',
      '2:66 : STRING NOT NULL',
      '2:74 value:',
      '2:81 digits:',
      '2:83 : DECIMAL(10, 1)',
      '3:29 : INT NOT NULL',
      // variadic COALESCE / CONCAT: no parameter names
      '4:30 : STRING NOT NULL',
      '4:53 : STRING NOT NULL',
    ]);
  });

  test('hints are off by default; tideline.inlayHints.types / parameterNames turn each on', async () => {
    const none = await hints();
    clients.push(none.client);
    assert.deepEqual(none.list, []);
    const names = await hints({ 'tideline.inlayHints': { parameterNames: true } });
    clients.push(names.client);
    assert.deepEqual(names.list, ['2:46 str:', '2:56 pos:', '2:59 len:', '2:74 value:', '2:81 digits:']);
    const types = await hints({ 'tideline.inlayHints': { types: true, parameterNames: false } });
    clients.push(types.client);
    assert.ok(types.list.length > 0 && types.list.every((l) => l.includes(': ')), types.list.join(', '));
  });

  test('after * and t.*: the columns they expand to with compact types, truncated with a count, all of them in the tooltip (tideline.inlayHints.selectStar)', async () => {
    const text = ['USE CATALOG examples;', 'USE marketplace;', 'SELECT * FROM orders;', 'SELECT t.*, 1 AS one FROM (SELECT order_id, quantity FROM orders) AS t;'].join('\n');
    const ask = async (configuration: Record<string, unknown>): Promise<InlayHint[]> => {
      const client = await LspClient.start({ configuration });
      clients.push(client);
      const uri = 'file:///star.sql';
      await client.open(uri, text);
      return (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } } })) ?? [];
    };
    const star = await ask({ 'tideline.inlayHints': { selectStar: true } });
    assert.deepEqual(labels(star), ['2:8  (order_id STRING, customer_id BIGINT, product_id BIGINT, +3 more)', '3:10  (order_id STRING, quantity INT)']);
    const tooltip = star[0]!.tooltip;
    assert.ok(tooltip && typeof tooltip !== 'string' && tooltip.kind === 'markdown');
    for (const c of ['`order_id` | `STRING NOT NULL`', '`quantity` | `INT`', '`price` | `DECIMAL(10, 2)`', '`order_time` | `TIMESTAMP(3) NOT NULL *ROWTIME*`']) assert.ok(tooltip.value.includes(c), `${c} in ${tooltip.value}`);
    // Off by default, also when the other hints are on.
    assert.ok(labels(await ask({ 'tideline.inlayHints': { types: true, parameterNames: true } })).every((l) => !l.includes('(')));
  });
});
