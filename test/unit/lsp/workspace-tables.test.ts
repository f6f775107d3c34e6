/**
 * Tables and views across workspace files, over a real stdio connection to dist/server.js: the
 * server indexes the folder's .sql files on start (with progress), a query in one file resolves
 * a table another file creates, and go to definition, find references and rename cross files;
 * files changed on disk (didChangeWatchedFiles) and edits of open documents are picked up.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type Location,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

const DDL = "-- the tables\nCREATE TABLE shop_orders (id BIGINT, amount INT) WITH ('connector' = 'datagen');\nCREATE VIEW big_orders AS SELECT id FROM shop_orders WHERE amount > 10;\n";
const QUERIES = 'SELECT id, amount FROM shop_orders;\nINSERT INTO shop_orders SELECT id, 1 FROM big_orders;\nSELECT nope FROM big_orders;\n';

describe('tables and views across workspace files', () => {
  let client: LspClient;
  let dir: string;
  let ddl: string;
  let queries: string;
  const where = (locations: Location[] | null | undefined) =>
    (locations ?? []).map((l) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`).sort();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tideline-tables-'));
    writeFileSync(join(dir, 'ddl.sql'), DDL);
    writeFileSync(join(dir, 'queries.sql'), QUERIES);
    ddl = pathToFileURL(join(dir, 'ddl.sql')).toString();
    queries = pathToFileURL(join(dir, 'queries.sql')).toString();
    client = await LspClient.start({ workspaceFolder: pathToFileURL(dir).toString(), progress: true });
    for (let i = 0; i < 500 && !client.progress.some((p) => p.kind === 'end'); i++) await sleep(10);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the workspace is indexed on start with progress', () => {
    assert.equal(client.progress[0]?.kind, 'begin');
    assert.equal(client.progress[0]?.title, 'Indexing Flink SQL files');
    assert.equal(client.progress.at(-1)?.kind, 'end');
    assert.ok(client.progress.some((p) => p.kind === 'report' && p.percentage === 100));
  });

  test('a query resolves the tables and views another file creates (no unknown table), and is checked against them', async () => {
    await client.open(queries, QUERIES);
    const p = await client.waitForDiagnostics((d) => d.uri === queries);
    assert.deepEqual(p.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`), ['2:analyzer/unknown-column']);
  });

  test('go to definition jumps to the CREATE in the other file', async () => {
    const d = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: queries }, position: { line: 0, character: 25 } })) as Location[];
    assert.deepEqual(where(d), ['ddl.sql:1:13-24']);
    const v = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: queries }, position: { line: 1, character: 45 } })) as Location[];
    assert.deepEqual(where(v), ['ddl.sql:2:12-22']);
  });

  test('find references lists every file that names the table, with or without the declaration', async () => {
    const all = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: queries }, position: { line: 0, character: 25 }, context: { includeDeclaration: true } });
    assert.deepEqual(where(all), ['ddl.sql:1:13-24', 'ddl.sql:2:41-52', 'queries.sql:0:23-34', 'queries.sql:1:12-23']);
    const uses = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: queries }, position: { line: 0, character: 25 }, context: { includeDeclaration: false } });
    assert.equal(uses?.length, 3);
  });

  test('rename changes the CREATE and every use in every file; examples tables are not renamed', async () => {
    const prep = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: queries }, position: { line: 0, character: 25 } });
    assert.deepEqual(prep, { range: { start: { line: 0, character: 23 }, end: { line: 0, character: 34 } }, placeholder: 'shop_orders' });
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: queries }, position: { line: 0, character: 25 }, newName: 'all orders' });
    const changes = edit?.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), [ddl, queries].sort());
    assert.deepEqual(changes[ddl].map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[1, 13, '`all orders`'], [2, 41, '`all orders`']]);
    assert.equal(changes[queries].length, 2);
    const uri = 'file:///examples-use.sql';
    await client.open(uri, 'SELECT * FROM examples.marketplace.orders;\n');
    assert.equal(await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 0, character: 40 } }), null);
  });

  test('a file created on disk (didChangeWatchedFiles) is indexed: its uses are references', async () => {
    const more = join(dir, 'more.sql');
    writeFileSync(more, 'SELECT amount FROM shop_orders;\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(more).toString(), type: FileChangeType.Created }] });
    let refs: string[] = [];
    for (let i = 0; i < 100 && !refs.some((r) => r.startsWith('more.sql')); i++) {
      refs = where(await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: queries }, position: { line: 0, character: 25 }, context: { includeDeclaration: true } }));
      await sleep(10);
    }
    assert.ok(refs.includes('more.sql:0:19-30'), refs.join(', '));
    assert.equal(readFileSync(more, 'utf8'), 'SELECT amount FROM shop_orders;\n');
  });

  test('an edit of an open document is seen by the next request', async () => {
    await client.change(queries, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'SELECT 1 FROM shop_orders;\n' }]);
    const refs = where(await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: queries }, position: { line: 3, character: 16 }, context: { includeDeclaration: false } }));
    assert.ok(refs.includes('queries.sql:3:14-25'), refs.join(', '));
  });

  test('a table created by typing in one open document reaches another open document once typing pauses', async () => {
    const user = 'file:///user.sql';
    const maker = 'file:///maker.sql';
    await client.open(user, 'SELECT x FROM typed_later;\n');
    await client.open(maker, 'SELECT 1;\n');
    const before = await client.waitForDiagnostics((d) => d.uri === user);
    assert.deepEqual(before.diagnostics.map((d) => String(d.code)), ['analyzer/unknown-table']);
    await client.change(maker, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: "CREATE TABLE typed_later (x INT) WITH ('connector' = 'datagen');\n" }]);
    const after = await client.waitForDiagnostics((d) => d.uri === user && d.diagnostics.length === 0);
    assert.equal(after.version, 1, 'the other document is checked again at its own version');
  });
});

