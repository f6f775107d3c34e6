/**
 * Over a real connection: workspace .sql files are indexed for workspace symbols, the keyword
 * case setting reaches the formatter through workspace/configuration, and semantic tokens
 * come encoded against the declared legend.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { DocumentFormattingRequest, SemanticTokensRequest, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

describe('language server: workspace, settings, semantic tokens', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tideline-ws-'));
    mkdirSync(join(dir, 'pipelines'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'pipelines', 'orders.sql'), 'CREATE TABLE shipments (id INT);\nINSERT INTO shipment_totals SELECT * FROM shipments;\n');
    writeFileSync(join(dir, 'node_modules', 'skip.sql'), 'CREATE TABLE shipments_hidden (id INT);\n');
    client = await LspClient.start({ workspaceFolder: pathToFileURL(dir).toString(), configuration: { 'tideline.format': { keywordCase: 'lower' } } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('workspace symbols include .sql files never opened (and skip node_modules)', async () => {
    let names: string[] = [];
    for (let i = 0; i < 50 && names.length < 2; i++) {
      const ws = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'shipment' });
      names = (ws ?? []).map((s) => s.name).sort();
      if (names.length < 2) await sleep(20);
    }
    assert.deepEqual(names, ['CREATE TABLE shipments', 'INSERT INTO shipment_totals']);
  });

  test('formatting uses tideline.format.keywordCase from the client configuration', async () => {
    const uri = 'file:///lower.sql';
    await client.open(uri, 'SELECT a FROM t');
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    assert.equal(edits?.[0].newText, 'select a\nfrom t;\n');
  });

  test('semantic tokens are relative-encoded against the legend', async () => {
    const uri = 'file:///tokens.sql';
    await client.open(uri, 'SELECT id\nFROM orders');
    const legend = (client.initializeResult.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
    const data = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.data ?? [];
    const decoded: string[] = [];
    for (let i = 0; i < data.length; i += 5) decoded.push(`${data[i]},${data[i + 1]},${data[i + 2]},${legend[data[i + 3]]}`);
    assert.deepEqual(decoded, ['0,0,6,keyword', '0,7,2,variable', '1,0,4,keyword', '0,5,6,class']);
  });
});
