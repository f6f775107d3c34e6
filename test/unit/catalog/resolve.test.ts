import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { CatalogManager } from '../../../engine/catalog/manager';
import { MemoryCatalogProvider } from '../../../engine/catalog/providers/memory';
import { createExamplesProvider } from '../../../engine/catalog/providers/examples';
import { physical, table, view } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import type { CatalogDefinition } from '../../../engine/catalog/definitions';
import { withTemporaryObjects } from '../../../engine/catalog/merge';
import { resolveObject } from '../../../engine/catalog/resolve';

const mem = { kind: 'memory' } as const;
const t = (name: string) => table({ name, columns: [physical('id', T.bigint())], provenance: mem });

const LOCAL: CatalogDefinition = {
  info: { name: 'local', defaultDatabase: 'default' },
  databases: [
    { info: { name: 'default' }, objects: [t('orders'), t('Orders_Archive'), t('events'), view({ name: 'big_orders', columns: [physical('id', T.bigint())], query: 'SELECT * FROM orders', provenance: mem })] },
    { info: { name: 'staging' }, objects: [t('orders'), t('raw')] },
    { info: { name: 'Sales' }, objects: [t('leads')] },
  ],
};

function manager(): CatalogManager {
  const m = new CatalogManager();
  m.register(createExamplesProvider());
  m.register(new MemoryCatalogProvider('local', [LOCAL]));
  return m;
}

const HERE = { catalog: 'local', database: 'default' };

describe('resolving table names', () => {
  test('one part: the current catalog and database', () => {
    const r = manager().resolveTable(['orders'], HERE);
    assert.ok(r.ok);
    assert.deepEqual(r.value.path, { catalog: 'local', database: 'default', name: 'orders' });
    assert.equal(r.value.status.state, 'ready');
  });

  test('two parts: a database of the current catalog', () => {
    const r = manager().resolveTable(['staging', 'raw'], HERE);
    assert.ok(r.ok);
    assert.deepEqual(r.value.path, { catalog: 'local', database: 'staging', name: 'raw' });
    // `marketplace.clicks` is not in the current catalog `local`.
    const miss = manager().resolveTable(['marketplace', 'clicks'], HERE);
    assert.ok(!miss.ok);
    assert.equal(miss.error.kind, 'unknown-database');
    assert.equal(miss.error.part, 0);
  });

  test('three parts: fully qualified, independent of the context', () => {
    const r = manager().resolveTable(['examples', 'nexmark', 'bid'], HERE);
    assert.ok(r.ok);
    assert.equal(r.value.object.name, 'bid');
    assert.deepEqual(r.value.object.provenance, { kind: 'examples' });
  });

  test('the context decides what one part means', () => {
    const m = manager();
    assert.ok(m.resolveTable(['clicks'], { catalog: 'examples', database: 'marketplace' }).ok);
    assert.ok(!m.resolveTable(['clicks'], HERE).ok);
    const r = m.resolveTable(['orders'], { catalog: 'examples', database: 'marketplace' });
    assert.ok(r.ok);
    assert.deepEqual(r.value.object.provenance, { kind: 'examples' });
  });

  test('views resolve in the same namespace', () => {
    const r = manager().resolveTable(['big_orders'], HERE);
    assert.ok(r.ok);
    assert.equal(r.value.object.kind, 'view');
  });

  test('more than three parts is an invalid path', () => {
    const r = manager().resolveTable(['a', 'b', 'c', 'd'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'invalid-path');
    assert.match(r.error.message, /at most three parts/);
    const empty = manager().resolveTable([], HERE);
    assert.ok(!empty.ok);
    assert.equal(empty.error.kind, 'invalid-path');
  });

  test('identifiers are case-sensitive, and a case-only difference is suggested first', () => {
    const r = manager().resolveTable(['ORDERS'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'unknown-object');
    assert.equal(r.error.suggestions[0], 'orders');
    assert.equal(r.error.message, "Object 'ORDERS' not found within 'local.default', did you mean 'orders'?");
    const db = manager().resolveTable(['sales', 'leads'], HERE);
    assert.ok(!db.ok);
    assert.equal(db.error.kind, 'unknown-database');
    assert.deepEqual(db.error.suggestions, ['Sales']);
    assert.ok(manager().resolveTable(['Sales', 'leads'], HERE).ok);
  });

  test('unknown table: did-you-mean and every candidate, in listing order', () => {
    const r = manager().resolveTable(['ordres'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.part, 0);
    assert.equal(r.error.name, 'ordres');
    assert.equal(r.error.suggestions[0], 'orders');
    assert.deepEqual(r.error.candidates, ['big_orders', 'events', 'orders', 'Orders_Archive']);
    assert.match(r.error.message, /did you mean 'orders'\?$/);
  });

  test('unknown catalog in a three-part name points at part 0', () => {
    const r = manager().resolveTable(['exmaples', 'marketplace', 'clicks'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'unknown-catalog');
    assert.equal(r.error.part, 0);
    assert.deepEqual(r.error.candidates, ['examples', 'local']);
    assert.deepEqual(r.error.suggestions, ['examples']);
    assert.equal(r.error.message, "Catalog 'exmaples' does not exist, did you mean 'examples'?");
  });

  test('unknown database in a three-part name points at part 1', () => {
    const r = manager().resolveTable(['examples', 'nexmrak', 'bid'], HERE);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'unknown-database');
    assert.equal(r.error.part, 1);
    assert.deepEqual(r.error.suggestions, ['nexmark']);
    assert.deepEqual(r.error.candidates, ['marketplace', 'nexmark']);
  });

  test('an unknown current catalog or database is reported on the context (part -1)', () => {
    const r = manager().resolveTable(['orders'], { catalog: 'nope', database: 'default' });
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'unknown-catalog');
    assert.equal(r.error.part, -1);
    assert.match(r.error.message, /^The current catalog 'nope'/);
    const d = manager().resolveTable(['orders'], { catalog: 'local', database: 'gone' });
    assert.ok(!d.ok);
    assert.equal(d.error.part, -1);
    assert.match(d.error.message, /^The current database 'gone' does not exist in catalog local/);
  });

  test('nothing close: no suggestion, message without did-you-mean', () => {
    const r = manager().resolveTable(['zzzzzzzz'], HERE);
    assert.ok(!r.ok);
    assert.deepEqual(r.error.suggestions, []);
    assert.equal(r.error.message, "Object 'zzzzzzzz' not found within 'local.default'");
  });

  test('databases resolve with one or two parts', () => {
    const m = manager();
    const one = m.resolveDatabase(['staging'], HERE);
    assert.ok(one.ok);
    assert.equal(one.value.database.info.name, 'staging');
    const two = m.resolveDatabase(['examples', 'nexmark'], HERE);
    assert.ok(two.ok);
    assert.equal(two.value.catalog.info.name, 'examples');
    const bad = m.resolveDatabase(['examples', 'nexmark', 'x'], HERE);
    assert.ok(!bad.ok);
    assert.equal(bad.error.kind, 'invalid-path');
  });
});

describe('listings for completion', () => {
  test('empty qualifier: current database objects, then databases, then catalogs', () => {
    const items = manager().tableNameCandidates([], HERE);
    assert.deepEqual(
      items.map((c) => `${c.kind}:${c.label}`),
      [
        'view:big_orders',
        'table:events',
        'table:orders',
        'table:Orders_Archive',
        'database:default',
        'database:Sales',
        'database:staging',
        'catalog:examples',
        'catalog:local',
      ],
    );
    assert.deepEqual(items[2].path, ['local', 'default', 'orders']);
  });

  test('one part: objects of that database of the current catalog, and databases of that catalog', () => {
    const m = manager();
    assert.deepEqual(
      m.tableNameCandidates(['staging'], HERE).map((c) => c.label),
      ['orders', 'raw'],
    );
    assert.deepEqual(
      m.tableNameCandidates(['examples'], HERE).map((c) => `${c.kind}:${c.label}`),
      ['database:marketplace', 'database:nexmark'],
    );
    // A case-insensitive fallback for the qualifier.
    assert.deepEqual(
      m.tableNameCandidates(['Examples'], HERE).map((c) => c.label),
      ['marketplace', 'nexmark'],
    );
    assert.deepEqual(m.tableNameCandidates(['nothing'], HERE), []);
  });

  test('two parts: objects of catalog.database; identifiers needing quotes are quoted', async () => {
    const p = new MemoryCatalogProvider('local', [LOCAL]);
    await p.createObject({ catalog: 'local', database: 'staging', name: 'my table' }, t('my table'));
    const m = new CatalogManager();
    m.register(p);
    const items = m.tableNameCandidates(['local', 'staging'], HERE);
    assert.deepEqual(
      items.map((c) => c.insertText),
      ['`my table`', 'orders', 'raw'],
    );
  });

  test('user-defined functions resolve by 1-3 part names', async () => {
    const p = new MemoryCatalogProvider('local', [LOCAL]);
    await p.createFunction('local', 'default', { name: 'to_upper', className: 'com.example.Upper', language: 'JAVA', provenance: mem });
    const m = new CatalogManager();
    m.register(p);
    assert.equal(m.resolveFunction(['to_upper'], HERE)?.className, 'com.example.Upper');
    assert.equal(m.resolveFunction(['local', 'default', 'to_upper'], { catalog: 'x', database: 'y' })?.name, 'to_upper');
    assert.equal(m.resolveFunction(['TO_UPPER'], HERE), undefined);
    await p.createFunction('local', 'default', { name: 'add_tax', className: 'com.example.Tax', language: 'JAVA', provenance: mem });
    assert.deepEqual(m.functionCandidates([], HERE).map((c) => c.label), ['add_tax', 'to_upper']);
    assert.deepEqual(m.functionCandidates(['local', 'default'], { catalog: 'examples', database: 'nexmark' }).map((c) => c.path.join('.')), ['local.default.add_tax', 'local.default.to_upper']);
    assert.deepEqual(m.functionCandidates(['staging'], HERE), []);
    assert.deepEqual(m.functionCandidates(['nope', 'x'], HERE), []);
  });
});

describe('merging providers', () => {
  test('the first registered provider wins a name; later ones fill in what it lacks', () => {
    const first = new MemoryCatalogProvider('first', [
      { info: { name: 'c', defaultDatabase: 'd' }, databases: [{ info: { name: 'd' }, objects: [table({ name: 'x', columns: [physical('a', T.int())], provenance: mem })] }] },
    ]);
    const second = new MemoryCatalogProvider('second', [
      {
        info: { name: 'c', defaultDatabase: 'other' },
        databases: [
          { info: { name: 'd' }, objects: [table({ name: 'x', columns: [physical('b', T.int())], provenance: mem }), t('y')] },
          { info: { name: 'e' }, objects: [t('z')] },
        ],
      },
    ]);
    const m = new CatalogManager();
    m.register(first);
    m.register(second);
    const x = m.resolveTable(['c', 'd', 'x'], HERE);
    assert.ok(x.ok);
    assert.equal(x.value.object.columns[0].name, 'a');
    assert.ok(m.resolveTable(['c', 'd', 'y'], HERE).ok);
    assert.ok(m.resolveTable(['c', 'e', 'z'], HERE).ok);
    assert.equal(m.defaultDatabaseOf('c'), 'd');
    assert.throws(() => m.register(new MemoryCatalogProvider('first')), /already registered/);
  });

  test('the merged view is rebuilt after a provider changes, and the manager re-fires the change', async () => {
    const p = new MemoryCatalogProvider('local', [LOCAL]);
    const m = new CatalogManager();
    m.register(p);
    const seen: unknown[] = [];
    m.onDidChange((e) => seen.push(e));
    assert.ok(!m.resolveTable(['fresh'], HERE).ok);
    await m.writerFor('local').createObject({ catalog: 'local', database: 'default', name: 'fresh' }, t('fresh'));
    assert.ok(m.resolveTable(['fresh'], HERE).ok);
    assert.deepEqual(seen, [{ provider: 'local', scope: { catalog: 'local', database: 'default' } }]);
  });
});

describe('temporary objects', () => {
  test('shadow permanent ones in an overlay view; the base view is untouched', () => {
    const m = manager();
    const base = m.view();
    const temp = table({ name: 'orders', columns: [physical('tmp', T.int())], provenance: mem });
    const overlay = withTemporaryObjects(base, [
      { path: { catalog: 'local', database: 'default', name: 'orders' }, object: temp },
      { path: { catalog: 'local', database: 'default', name: 'only_temp' }, object: t('only_temp') },
    ]);
    const r = resolveObject(overlay, ['orders'], HERE);
    assert.ok(r.ok);
    assert.equal(r.value.object.columns[0].name, 'tmp');
    assert.ok(resolveObject(overlay, ['only_temp'], HERE).ok);
    assert.ok(resolveObject(overlay, ['examples', 'nexmark', 'bid'], HERE).ok);
    const permanent = m.resolveTable(['orders'], HERE);
    assert.ok(permanent.ok);
    assert.equal(permanent.value.object.columns[0].name, 'id');
    assert.ok(!m.resolveTable(['only_temp'], HERE).ok);
    assert.equal(withTemporaryObjects(base, []), base);
  });
});
