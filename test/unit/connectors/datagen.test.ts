import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { datagenConnector } from '../../../engine/connectors/datagen/datagen-connector';
import { DatagenSource } from '../../../engine/connectors/datagen/datagen-source';
import { T } from '../../../engine/types/logical-type';
import { drain, table } from './source-helpers';

const NOW = Date.UTC(2024, 0, 1, 12, 0, 0);

describe('datagen', () => {
  test('number-of-rows bounds the source; random values stay within min/max', async () => {
    const src = datagenConnector.createSource!(
      table([{ name: 'a', type: T.int() }, { name: 'b', type: T.double() }], {
        'number-of-rows': '500', 'rows-per-second': '0', seed: '1',
        'fields.a.min': '5', 'fields.a.max': '9', 'fields.b.min': '-1', 'fields.b.max': '1',
      }),
    );
    assert.equal(src.bounded, true);
    const { rows } = await drain(src);
    assert.equal(rows.length, 500);
    const as = new Set(rows.map((r) => r[0]));
    assert.deepEqual([...as].sort(), [5, 6, 7, 8, 9]);
    for (const r of rows) assert.ok((r[1] as number) >= -1 && (r[1] as number) <= 1);
  });

  test('the same seed gives the same rows; another seed other rows', async () => {
    const opts = (seed: string) => ({ 'number-of-rows': '50', 'rows-per-second': '0', seed });
    const cols = [{ name: 's', type: T.string() }, { name: 'n', type: T.bigint() }];
    const a = await drain(datagenConnector.createSource!(table(cols, opts('7'))));
    const b = await drain(datagenConnector.createSource!(table(cols, opts('7'))));
    const c = await drain(datagenConnector.createSource!(table(cols, opts('8'))));
    assert.deepEqual(a.rows, b.rows);
    assert.notDeepEqual(a.rows, c.rows);
    // Flink's random strings: hex of the default length 100
    assert.match(a.rows[0][0] as string, /^[0-9a-f]{100}$/);
  });

  test('sequences run from start to end, split contiguously over parallel splits, and bound the source', async () => {
    const src = datagenConnector.createSource!(
      table([{ name: 'id', type: T.bigint(false) }, { name: 's', type: T.string() }], {
        'fields.id.kind': 'sequence', 'fields.id.start': '1', 'fields.id.end': '10',
        'fields.s.kind': 'sequence', 'fields.s.start': '100', 'fields.s.end': '200',
        'scan.parallelism': '3', 'rows-per-second': '0',
      }),
    );
    assert.equal(src.bounded, true);
    assert.equal((await src.splits()).length, 3);
    const { rows } = await drain(src);
    assert.deepEqual(rows.map((r) => r[0]), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(rows.map((r) => r[1]).slice(0, 3), ['100', '101', '102']);
  });

  test('a split resumes from its position with the same rows', async () => {
    const ctx = table([{ name: 'x', type: T.int() }], { 'number-of-rows': '20', 'rows-per-second': '0', seed: '3' });
    const src = new DatagenSource(ctx);
    const [split] = src.splits();
    const r1 = src.open(split);
    const first = await r1.poll(8);
    const pos = r1.position();
    const rest = await src.open(split, pos).poll(100);
    const all = (await drain(new DatagenSource(ctx))).rows;
    assert.deepEqual([...first.rows, ...rest.rows], all);
    assert.equal(rest.end, true);
  });

  test('null-rate, var-len, max-past and nested types', async () => {
    const src = new DatagenSource(
      table(
        [
          { name: 'n', type: T.int() },
          { name: 'v', type: T.varchar(20) },
          { name: 'ts', type: T.timestamp(3) },
          { name: 'd', type: T.decimal(6, 2) },
          { name: 'arr', type: T.array(T.int()) },
          { name: 'm', type: T.map(T.string(), T.boolean()) },
          { name: 'r', type: T.row([{ name: 'x', type: T.smallint() }, { name: 'y', type: T.bytes() }]) },
        ],
        {
          'number-of-rows': '400', 'rows-per-second': '0', seed: '9',
          'fields.n.null-rate': '0.5', 'fields.v.var-len': 'true', 'fields.v.length': '10',
          'fields.ts.max-past': '1 h', 'fields.arr.length': '4', 'fields.m.length': '2', 'fields.m.var-len': 'false',
          'fields.r.x.min': '1', 'fields.r.x.max': '3', 'fields.r.y.length': '5',
        },
      ),
      () => NOW,
    );
    const { rows } = await drain(src);
    const nulls = rows.filter((r) => r[0] === null).length;
    assert.ok(nulls > 140 && nulls < 260, `about half null, got ${nulls}`);
    const lengths = new Set(rows.map((r) => (r[1] as string).length));
    assert.ok(lengths.size > 5 && Math.max(...lengths) <= 10);
    for (const r of rows) {
      assert.ok((r[2] as number) <= NOW && (r[2] as number) >= NOW - 3_600_000);
      const d = r[3] as number;
      assert.ok(Math.abs(d) < 10000 && Number(d.toFixed(2)) === d);
      assert.equal((r[4] as unknown[]).length, 4);
      assert.ok(r[5] instanceof Map && (r[5] as Map<unknown, unknown>).size <= 2);
      const nested = r[6] as [number, Uint8Array];
      assert.ok(nested[0] >= 1 && nested[0] <= 3);
      assert.equal(nested[1].length, 5);
    }
  });

  test('rate limiting returns idle batches instead of blocking', () => {
    let now = 1_000_000;
    const src = new DatagenSource(table([{ name: 'x', type: T.int() }], { 'rows-per-second': '10', seed: '1' }), () => now);
    assert.equal(src.bounded, false);
    const reader = src.open(src.splits()[0]);
    const first = reader.poll(100) as { rows: unknown[]; idle?: boolean };
    assert.equal(first.rows.length, 1);
    const second = reader.poll(100) as { rows: unknown[]; idle?: boolean };
    assert.equal(second.rows.length, 0);
    assert.equal(second.idle, true);
    now += 500;
    assert.equal((reader.poll(100) as { rows: unknown[] }).rows.length, 5);
  });

  test('bad options fail with the table and key named', () => {
    assert.throws(
      () => datagenConnector.createSource!(table([{ name: 'x', type: T.int() }], { 'fields.x.kind': 'sequence', 'fields.x.start': '1' })),
      /sequence field 'x' needs both 'fields.x.start' and 'fields.x.end'/,
    );
    assert.throws(
      () => datagenConnector.createSource!(table([{ name: 'x', type: T.int() }], { 'rows-per-second': 'fast' })),
      /test\.db\.t: option 'rows-per-second' = 'fast' is invalid/,
    );
    assert.throws(
      () => datagenConnector.createSource!(table([{ name: 'x', type: T.int(false) }], { 'fields.x.null-rate': '0.1' })),
      /NOT NULL/,
    );
  });
});
