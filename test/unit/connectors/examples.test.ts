import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createExampleSource } from '../../../engine/connectors/examples/examples-connector';
import { EXAMPLE_TABLES, exampleTable } from '../../../engine/connectors/examples/example-tables';
import { CUSTOMER_COUNT, PRODUCT_COUNT } from '../../../engine/connectors/examples/marketplace/marketplace-world';
import { RowKind } from '../../../engine/runtime/changelog';
import { drain, table } from './source-helpers';

const START = Date.UTC(2024, 0, 1);
const simulated = (name: string, rows: number, extra: Record<string, string> = {}) =>
  createExampleSource(table([], { table: name, 'time-mode': 'simulated', 'number-of-rows': String(rows), ...extra }));

describe('examples catalog tables', () => {
  test('schemas as the catalog declares them', () => {
    assert.deepEqual(EXAMPLE_TABLES.map((t) => t.name), [
      'marketplace.clicks', 'marketplace.orders', 'marketplace.customers', 'marketplace.products',
      'nexmark.person', 'nexmark.auction', 'nexmark.bid',
    ]);
    const clicks = exampleTable('marketplace.clicks')!;
    assert.deepEqual(clicks.columns.map((c) => `${c.name}:${c.type.kind}${c.type.nullable ? '' : '!'}`), [
      'click_id:VARCHAR!', 'user_id:BIGINT!', 'url:VARCHAR', 'user_agent:VARCHAR', 'view_time:INTEGER', 'ts:TIMESTAMP!',
    ]);
    assert.deepEqual(exampleTable('marketplace.customers')!.primaryKey, ['customer_id']);
    assert.equal(exampleTable('nexmark.bid')!.watermark.delayMs, 4000);
    assert.equal(exampleTable('marketplace.orders')!.watermark.column, 'order_time');
  });

  test('clicks: bounded, deterministic, event time around the schedule', async () => {
    const a = await drain(simulated('marketplace.clicks', 200, { 'rows-per-second': '10' }));
    const b = await drain(simulated('marketplace.clicks', 200, { 'rows-per-second': '10' }));
    assert.equal(a.rows.length, 200);
    assert.deepEqual(a.rows, b.rows);
    a.rows.forEach((r, n) => {
      assert.match(r[0] as string, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.ok((r[1] as number) >= 1 && (r[1] as number) <= CUSTOMER_COUNT);
      const due = START + n * 100;
      assert.ok((r[5] as number) <= due && (r[5] as number) > due - 5000, 'within the watermark delay');
    });
  });

  test('orders reference customers and products that exist, with consistent prices', async () => {
    const customers = await drain(simulated('marketplace.customers', CUSTOMER_COUNT));
    const ids = new Set(customers.rows.map((r) => r[0]));
    assert.equal(ids.size, CUSTOMER_COUNT);
    const products = await drain(simulated('marketplace.products', PRODUCT_COUNT));
    const unitPrice = new Map(products.rows.map((r) => [r[0], r[4] as number]));
    const orders = await drain(simulated('marketplace.orders', 500));
    for (const o of orders.rows) {
      assert.ok(ids.has(o[1]), `customer ${o[1]} exists`);
      assert.ok(unitPrice.has(o[2]), `product ${o[2]} exists`);
      assert.equal(o[4], unitPrice.get(o[2]), 'the unit price of the product');
    }
  });

  test('customers: a snapshot of inserts, then upserts of existing keys that keep name and email', async () => {
    const { rows, kinds } = await drain(simulated('marketplace.customers', CUSTOMER_COUNT + 50));
    assert.ok(kinds.slice(0, CUSTOMER_COUNT).every((k) => k === RowKind.Insert));
    assert.ok(kinds.slice(CUSTOMER_COUNT).every((k) => k === RowKind.UpdateAfter));
    const byId = new Map(rows.slice(0, CUSTOMER_COUNT).map((r) => [r[0], r]));
    for (const u of rows.slice(CUSTOMER_COUNT)) {
      const first = byId.get(u[0])!;
      assert.ok(first, 'update of an existing customer');
      assert.equal(u[1], first[1]);
      assert.equal(u[2], first[2]);
      assert.ok((u[5] as number) > START);
    }
    assert.match(rows[0][2] as string, /^[a-z]+[._]?[a-z]+\d+@[a-z.]+$/);
  });

  test('wall-clock mode paces rows by the clock without blocking', () => {
    let now = 5_000_000;
    const src = createExampleSource(table([], { table: 'marketplace.orders', 'rows-per-second': '2' }), () => now);
    const reader = src.open(src.splits()[0]) as { poll(n: number): { rows: unknown[][]; idle?: boolean } };
    assert.equal(reader.poll(100).rows.length, 1);
    const idle = reader.poll(100);
    assert.equal(idle.rows.length, 0);
    assert.equal(idle.idle, true);
    now += 1000;
    const more = reader.poll(100);
    assert.equal(more.rows.length, 2);
    assert.ok((more.rows[1][5] as number) <= now);
  });

  test('a split resumes from its position with the same rows and event times', async () => {
    const auctions = () => createExampleSource(table([], { table: 'nexmark.auction', 'time-mode': 'simulated', 'number-of-events': '2000' }));
    const all = (await drain(auctions())).rows;
    const src = auctions();
    const [split] = await src.splits();
    const first = await (await src.open(split)).poll(7);
    const reader = await src.open(split);
    await reader.poll(7);
    const resumed = await src.open(split, reader.position());
    const rest = await resumed.poll(10_000);
    assert.deepEqual([...first.rows, ...rest.rows], all);
    assert.equal(rest.end, true);
  });

  test('options are checked', () => {
    assert.throws(() => createExampleSource(table([], { table: 'marketplace.click' })), /one of 'marketplace.clicks'/);
    assert.throws(() => createExampleSource(table([], { table: 'marketplace.customers', 'scan.parallelism': '2' })), /upsert/);
    assert.throws(
      () => createExampleSource(table([{ name: 'id', type: exampleTable('nexmark.bid')!.columns[0].type }], { table: 'nexmark.bid' })),
      /has the columns \(auction, bidder, price, channel, url, dateTime, extra\), not \(id\)/,
    );
    const same = createExampleSource(table([...exampleTable('nexmark.bid')!.columns], { table: 'nexmark.bid' }));
    assert.equal(same.changelogMode, 'insert-only');
  });
});
