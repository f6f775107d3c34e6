import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalCatalogProvider } from '../../../engine/catalog/providers/local';
import { encodeName, decodeName } from '../../../engine/catalog/providers/local-files';
import { CatalogManager } from '../../../engine/catalog/manager';
import { computed, metadata, physical, table, view } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import type { CatalogTable } from '../../../engine/catalog/model';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tideline-catalog-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const mem = { kind: 'memory' } as const;
const P = (name: string, database = 'default', catalog = 'local') => ({ catalog, database, name });

function ordersTable(name = 'orders'): CatalogTable {
  return table({
    name,
    columns: [
      physical('order_id', T.string(false), 'the id'),
      physical('amount', T.decimal(10, 2)),
      physical('ts', T.timestamp(3, false)),
      computed('amount_x2', T.decimal(11, 2), 'amount * 2'),
      metadata('offset', T.bigint(false), { virtual: true }),
      metadata('event_time', T.timestampLtz(3), { key: 'timestamp' }),
    ],
    watermark: { column: 'ts', expression: "ts - INTERVAL '2' SECOND" },
    primaryKey: { name: 'pk', columns: ['order_id'] },
    partitionKeys: ['order_id'],
    distribution: { kind: 'hash', columns: ['order_id'], buckets: 4 },
    options: { 'scan.startup.mode': 'earliest-offset' },
    comment: 'orders table',
    provenance: mem,
  });
}

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), rel);
      else out.push(rel);
    }
  };
  walk(root, '');
  return out.sort();
}

describe('local catalog store', () => {
  test('a fresh state dir gets catalog local with database default, on disk', async () => {
    const p = await LocalCatalogProvider.open(dir);
    const c = p.snapshot().catalogs.get('local');
    assert.ok(c);
    assert.equal(c.info.defaultDatabase, 'default');
    assert.ok(c.databases.has('default'));
    assert.deepEqual(files(join(dir, 'catalog')), ['local/.catalog.json', 'local/default/.database.json']);
  });

  test('tables and views persist across instances, with every field', async () => {
    const a = await LocalCatalogProvider.open(dir);
    await a.createObject(P('orders'), ordersTable());
    await a.createObject(
      P('big'),
      view({ name: 'big', columns: [physical('order_id', T.string(false))], query: 'SELECT order_id FROM orders WHERE amount > 10', provenance: mem }),
    );
    assert.ok(existsSync(join(dir, 'catalog/local/default/orders.json')));

    const b = await LocalCatalogProvider.open(dir);
    const db = b.snapshot().catalogs.get('local')!.databases.get('default')!;
    const orders = db.objects.get('orders') as CatalogTable;
    const file = join(dir, 'catalog/local/default/orders.json');
    assert.deepEqual(orders, { ...ordersTable(), provenance: { kind: 'local', stateDir: dir, file } });
    assert.equal(orders.changelog, 'upsert');
    assert.deepEqual(orders.columns[2].type, T.timestamp(3, false, 'rowtime'));
    const big = db.objects.get('big')!;
    assert.equal(big.kind, 'view');
    assert.equal(big.kind === 'view' && big.query, 'SELECT order_id FROM orders WHERE amount > 10');
  });

  test('databases, catalogs and functions persist; drops remove them', async () => {
    const a = await LocalCatalogProvider.open(dir);
    await a.createCatalog({ name: 'lake', defaultDatabase: 'raw', comment: 'my lake', properties: { type: 'local' } });
    // Like a Flink catalog, a new catalog comes with its default database.
    assert.ok(a.snapshot().catalogs.get('lake')!.databases.has('raw'));
    await assert.rejects(a.createDatabase('lake', { name: 'raw' }), { code: 'database-exists' });
    await a.alterDatabase('lake', { name: 'raw', comment: 'landing zone' });
    await a.createDatabase('local', { name: 'staging' });
    await a.createObject(P('t', 'raw', 'lake'), ordersTable('t'));
    await a.createFunction('local', 'staging', { name: 'f', className: 'com.x.F', language: 'JAVA', provenance: mem });

    const b = await LocalCatalogProvider.open(dir);
    const lake = b.snapshot().catalogs.get('lake')!;
    assert.deepEqual(lake.info, { name: 'lake', defaultDatabase: 'raw', comment: 'my lake', properties: { type: 'local' } });
    assert.equal(lake.databases.get('raw')!.info.comment, 'landing zone');
    assert.ok(lake.databases.get('raw')!.objects.has('t'));
    assert.equal(b.snapshot().catalogs.get('local')!.databases.get('staging')!.functions.get('f')!.className, 'com.x.F');

    await assert.rejects(b.dropDatabase('lake', 'raw'), /is not empty; use DROP DATABASE ... CASCADE/);
    await b.dropDatabase('lake', 'raw', { cascade: true });
    await b.dropFunction('local', 'staging', 'f');
    await b.dropCatalog('lake');
    const c = await LocalCatalogProvider.open(dir);
    assert.equal(c.snapshot().catalogs.has('lake'), false);
    assert.equal(c.snapshot().catalogs.get('local')!.databases.get('staging')!.functions.size, 0);
    assert.ok(!existsSync(join(dir, 'catalog/lake')));
  });

  test("Flink's DDL rules: exists, IF NOT EXISTS, OR REPLACE, wrong kind, IF EXISTS", async () => {
    const p = await LocalCatalogProvider.open(dir);
    await p.createObject(P('orders'), ordersTable());
    await assert.rejects(p.createObject(P('orders'), ordersTable()), {
      code: 'object-exists',
      message: 'A table named local.default.orders already exists.',
    });
    await p.createObject(P('orders'), table({ name: 'orders', columns: [physical('x', T.int())], provenance: mem }), { ignoreIfExists: true });
    assert.equal((await p.lookup(P('orders')))!.columns.length, 6);
    await p.createObject(P('orders'), table({ name: 'orders', columns: [physical('x', T.int())], provenance: mem }), { replace: true });
    assert.equal((await p.lookup(P('orders')))!.columns.length, 1);
    await assert.rejects(p.dropObject(P('orders'), 'view'), { code: 'wrong-kind', message: 'local.default.orders is a table; use DROP TABLE.' });
    await assert.rejects(p.dropObject(P('nope'), 'table'), { code: 'object-not-found', message: 'Table local.default.nope does not exist.' });
    await p.dropObject(P('nope'), 'table', { ifExists: true });
    await assert.rejects(p.createObject(P('t', 'nodb'), ordersTable('t')), { code: 'database-not-found' });
    await assert.rejects(p.createDatabase('local', { name: 'default' }), { code: 'database-exists' });
    await p.dropObject(P('orders'), 'table');
    assert.equal(await p.lookup(P('orders')), undefined);
    assert.ok(!existsSync(join(dir, 'catalog/local/default/orders.json')));
  });

  test('alter and rename rewrite the files', async () => {
    const p = await LocalCatalogProvider.open(dir);
    await p.createObject(P('orders'), ordersTable());
    await p.alterObject(P('orders'), { ...ordersTable(), comment: 'changed' });
    await p.renameObject(P('orders'), 'orders_v2');
    const q = await LocalCatalogProvider.open(dir);
    const db = q.snapshot().catalogs.get('local')!.databases.get('default')!;
    assert.deepEqual([...db.objects.keys()], ['orders_v2']);
    assert.equal(db.objects.get('orders_v2')!.comment, 'changed');
    assert.equal(db.objects.get('orders_v2')!.name, 'orders_v2');
    assert.deepEqual(files(join(dir, 'catalog/local/default')), ['.database.json', 'orders_v2.json']);
  });

  test('writes are atomic: a new file replaces the old one by rename, no temp files stay', async () => {
    const p = await LocalCatalogProvider.open(dir);
    await p.createObject(P('orders'), ordersTable());
    const file = join(dir, 'catalog/local/default/orders.json');
    const before = statSync(file).ino;
    const oldText = readFileSync(file, 'utf8');
    await p.alterObject(P('orders'), { ...ordersTable(), comment: 'v2' });
    assert.notEqual(statSync(file).ino, before, 'the file was replaced, not rewritten in place');
    assert.notEqual(readFileSync(file, 'utf8'), oldText);
    assert.deepEqual(
      files(join(dir, 'catalog')).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  test('a torn temp file from a crash is ignored; a corrupt definition shows as unavailable with the reason', async () => {
    const p = await LocalCatalogProvider.open(dir);
    await p.createObject(P('orders'), ordersTable());
    const dbDir = join(dir, 'catalog/local/default');
    writeFileSync(join(dbDir, 'orders.json.123-abcd.tmp'), '{"formatVersion":1,"kind":"tab');
    writeFileSync(join(dbDir, 'orders.json.456-ef01.tmp'), '{"formatVersion":1');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(dbDir, 'orders.json.456-ef01.tmp'), anHourAgo, anHourAgo);
    writeFileSync(join(dbDir, 'broken.json'), '{ not json');
    writeFileSync(join(dbDir, 'wrong.json'), JSON.stringify({ formatVersion: 1, kind: 'table', name: 'wrong', columns: [{ kind: 'physical', name: 'a', type: { kind: 'TEXT', nullable: true } }], options: {}, changelog: 'append-only' }));
    const m = new CatalogManager();
    m.register(await LocalCatalogProvider.open(dir));
    const here = { catalog: 'local', database: 'default' };
    assert.ok(m.resolveTable(['orders'], here).ok);
    const broken = m.resolveTable(['broken'], here);
    assert.ok(!broken.ok);
    assert.equal(broken.error.kind, 'unavailable');
    assert.match(broken.error.message, /broken\.json: not valid JSON/);
    const wrong = m.resolveTable(['wrong'], here);
    assert.ok(!wrong.ok);
    assert.match(wrong.error.message, /columns\[0\]\.type\.kind: unknown type "TEXT"/);
    // A stale temp file (from a crash long ago) is cleaned up; a fresh one may be another process's write.
    assert.ok(!existsSync(join(dbDir, 'orders.json.456-ef01.tmp')));
    assert.ok(existsSync(join(dbDir, 'orders.json.123-abcd.tmp')));
    // Re-creating the table over the corrupt file fixes it.
    await m.writerFor('local').createObject(P('broken'), ordersTable('broken'));
    assert.ok(m.resolveTable(['broken'], here).ok);
  });

  test('names that are not plain identifiers map to safe file names and back', async () => {
    for (const name of ['my table', '../escape', '.database', 'ünï', 'a%b', 'Tab/le', '']) {
      assert.equal(decodeName(encodeName(name)), name);
      assert.match(encodeName(name), /^[A-Za-z0-9_%-]*$/);
    }
    const p = await LocalCatalogProvider.open(dir);
    await p.createObject(P('../escape'), ordersTable('../escape'));
    await p.createObject(P('.database'), ordersTable('.database'));
    const q = await LocalCatalogProvider.open(dir);
    const db = q.snapshot().catalogs.get('local')!.databases.get('default')!;
    assert.deepEqual([...db.objects.keys()].sort(), ['../escape', '.database']);
    assert.deepEqual(files(join(dir, 'catalog/local/default')), ['%2E%2E%2Fescape.json', '%2Edatabase.json', '.database.json']);
  });

  test('another process sharing the state dir: refresh and lookup see its tables', async () => {
    const mine = await LocalCatalogProvider.open(dir);
    const theirs = await LocalCatalogProvider.open(dir);
    const events: unknown[] = [];
    mine.onDidChange((e) => events.push(e));
    await theirs.createObject(P('shared'), ordersTable('shared'));
    assert.ok(!mine.snapshot().catalogs.get('local')!.databases.get('default')!.objects.has('shared'));
    assert.equal((await mine.lookup(P('shared')))?.name, 'shared');
    assert.ok(mine.snapshot().catalogs.get('local')!.databases.get('default')!.objects.has('shared'));
    assert.ok(events.length >= 1);
    await theirs.dropObject(P('shared'), 'table');
    await mine.refresh();
    assert.ok(!mine.snapshot().catalogs.get('local')!.databases.get('default')!.objects.has('shared'));
  });

  test('concurrent DDL is applied in order', async () => {
    const p = await LocalCatalogProvider.open(dir);
    const results = await Promise.allSettled([
      p.createObject(P('t'), ordersTable('t')),
      p.createObject(P('t'), ordersTable('t')),
      p.dropObject(P('t'), 'table'),
      p.createObject(P('t'), ordersTable('t')),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
    );
    const q = await LocalCatalogProvider.open(dir);
    assert.ok(q.snapshot().catalogs.get('local')!.databases.get('default')!.objects.has('t'));
  });
});
