import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createExamplesProvider, EXAMPLES_TABLES } from '../../../engine/catalog/providers/examples';
import { CatalogManager } from '../../../engine/catalog/manager';
import { T } from '../../../engine/types/logical-type';
import type { CatalogTable } from '../../../engine/catalog/model';

function examplesTable(database: string, name: string): CatalogTable {
  const m = new CatalogManager();
  m.register(createExamplesProvider());
  const r = m.resolveTable(['examples', database, name], { catalog: 'x', database: 'y' });
  assert.ok(r.ok, `examples.${database}.${name} resolves`);
  assert.equal(r.value.object.kind, 'table');
  return r.value.object as CatalogTable;
}

function columnTypes(t: CatalogTable): [string, unknown][] {
  return t.columns.map((c) => [c.name, c.type]);
}

describe('examples catalog', () => {
  test('lists its databases and tables', () => {
    const m = new CatalogManager();
    m.register(createExamplesProvider());
    assert.deepEqual(
      m.catalogs().map((c) => c.info.name),
      ['examples'],
    );
    assert.equal(m.defaultDatabaseOf('examples'), 'marketplace');
    assert.deepEqual(
      m.databases('examples').map((d) => d.info.name),
      ['marketplace', 'nexmark'],
    );
    assert.deepEqual(
      m.tableNameCandidates(['examples', 'marketplace'], { catalog: 'examples', database: 'marketplace' }).map((c) => c.label),
      ['clicks', 'customers', 'orders', 'products'],
    );
    assert.deepEqual(
      m.tableNameCandidates(['examples', 'nexmark'], { catalog: 'examples', database: 'marketplace' }).map((c) => c.label),
      ['auction', 'bid', 'person'],
    );
  });

  test('clicks: types, rowtime watermark, append-only, options', () => {
    const t = examplesTable('marketplace', 'clicks');
    assert.deepEqual(columnTypes(t), [
      ['click_id', T.string(false)],
      ['user_id', T.bigint(false)],
      ['url', T.string()],
      ['user_agent', T.string()],
      ['view_time', T.int()],
      ['ts', T.timestamp(3, false, 'rowtime')],
    ]);
    assert.deepEqual(t.watermark, { column: 'ts', expression: "ts - INTERVAL '5' SECOND", delayMs: 5000 });
    assert.equal(t.primaryKey, undefined);
    assert.equal(t.changelog, 'append-only');
    assert.deepEqual(t.options, { connector: 'examples', table: 'marketplace.clicks' });
    assert.deepEqual(t.provenance, { kind: 'examples' });
    assert.ok(t.comment && t.comment.length > 0);
    assert.ok(t.columns.every((c) => c.comment && c.comment.length > 0), 'every column has a comment');
  });

  test('orders: decimal price, order_time rowtime', () => {
    const t = examplesTable('marketplace', 'orders');
    assert.deepEqual(columnTypes(t), [
      ['order_id', T.string(false)],
      ['customer_id', T.bigint(false)],
      ['product_id', T.bigint(false)],
      ['quantity', T.int()],
      ['price', T.decimal(10, 2)],
      ['order_time', T.timestamp(3, false, 'rowtime')],
    ]);
    assert.equal(t.watermark?.delayMs, 5000);
    assert.equal(t.changelog, 'append-only');
    assert.equal(t.options['table'], 'marketplace.orders');
  });

  test('customers and products are upsert tables keyed by id', () => {
    const c = examplesTable('marketplace', 'customers');
    assert.deepEqual(c.primaryKey, { columns: ['customer_id'] });
    assert.equal(c.changelog, 'upsert');
    assert.deepEqual(columnTypes(c), [
      ['customer_id', T.bigint(false)],
      ['name', T.string()],
      ['email', T.string()],
      ['address', T.string()],
      ['state', T.string()],
      ['updated_at', T.timestamp(3, false, 'rowtime')],
    ]);
    assert.equal(c.watermark?.column, 'updated_at');
    const p = examplesTable('marketplace', 'products');
    assert.deepEqual(p.primaryKey, { columns: ['product_id'] });
    assert.equal(p.changelog, 'upsert');
    assert.deepEqual(columnTypes(p), [
      ['product_id', T.bigint(false)],
      ['name', T.string()],
      ['brand', T.string()],
      ['category', T.string()],
      ['price', T.decimal(10, 2)],
      ['updated_at', T.timestamp(3, false, 'rowtime')],
    ]);
    assert.equal(p.watermark?.delayMs, 5000);
  });

  test('nexmark tables: Nexmark schemas, dateTime watermark of 4 seconds', () => {
    const person = examplesTable('nexmark', 'person');
    assert.deepEqual(columnTypes(person), [
      ['id', T.bigint()],
      ['name', T.string()],
      ['emailAddress', T.string()],
      ['creditCard', T.string()],
      ['city', T.string()],
      ['state', T.string()],
      ['dateTime', T.timestamp(3, true, 'rowtime')],
      ['extra', T.string()],
    ]);
    const auction = examplesTable('nexmark', 'auction');
    assert.deepEqual(columnTypes(auction), [
      ['id', T.bigint()],
      ['itemName', T.string()],
      ['description', T.string()],
      ['initialBid', T.bigint()],
      ['reserve', T.bigint()],
      ['dateTime', T.timestamp(3, true, 'rowtime')],
      ['expires', T.timestamp(3)],
      ['seller', T.bigint()],
      ['category', T.bigint()],
      ['extra', T.string()],
    ]);
    const bid = examplesTable('nexmark', 'bid');
    assert.deepEqual(columnTypes(bid), [
      ['auction', T.bigint()],
      ['bidder', T.bigint()],
      ['price', T.bigint()],
      ['channel', T.string()],
      ['url', T.string()],
      ['dateTime', T.timestamp(3, true, 'rowtime')],
      ['extra', T.string()],
    ]);
    for (const t of [person, auction, bid]) {
      assert.equal(t.watermark?.column, 'dateTime');
      assert.equal(t.watermark?.delayMs, 4000);
      assert.equal(t.changelog, 'append-only');
      assert.equal(t.options['connector'], 'examples');
      assert.equal(t.options['table'], `nexmark.${t.name}`);
    }
  });

  test('every watermark column and key column exists; only the watermark column is a time attribute', () => {
    for (const tables of Object.values(EXAMPLES_TABLES)) {
      for (const t of tables) {
        const names = t.columns.map((c) => c.name);
        assert.ok(t.watermark && names.includes(t.watermark.column), `${t.name} watermark column`);
        for (const k of t.primaryKey?.columns ?? []) assert.ok(names.includes(k), `${t.name} key ${k}`);
        const rowtimes = t.columns.filter((c) => 'timeAttribute' in c.type).map((c) => c.name);
        assert.deepEqual(rowtimes, [t.watermark!.column]);
        assert.ok(t.comment && t.comment.length > 0, `${t.name} has a comment`);
        for (const c of t.columns) assert.ok(c.comment && c.comment.length > 0, `${t.name}.${c.name} has a comment`);
      }
    }
  });

  test('is read-only', async () => {
    const p = createExamplesProvider();
    await assert.rejects(
      p.createDatabase('examples', { name: 'mine' }),
      (e: Error & { code?: string }) => e.code === 'catalog-read-only' && /read-only/.test(e.message),
    );
    const m = new CatalogManager();
    m.register(p);
    assert.throws(() => m.writerFor('examples'), /read-only/);
  });
});
