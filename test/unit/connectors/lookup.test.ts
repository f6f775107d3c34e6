import { test, describe, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LookupSource } from '../../../engine/connectors/api';
import { cachedLookup } from '../../../engine/connectors/lookup/lookup-cache';
import { closeAllTopics } from '../../../engine/connectors/local/local-topic';
import { localConnector } from '../../../engine/connectors/local/local-connector';
import type { Row } from '../../../engine/runtime/changelog';
import { RowKind } from '../../../engine/runtime/changelog';
import type { Value } from '../../../engine/types/values';
import { T } from '../../../engine/types/logical-type';
import { table } from './source-helpers';

afterEach(() => closeAllTopics());

const cols = [{ name: 'id', type: T.bigint() }, { name: 'name', type: T.string() }];

describe('lookups on local topics', () => {
  test('each lookup sees the topic as it is then: appends, upserts and tombstones', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'tideline-lookup-'));
    const ctx = table(cols, { partitions: '2', 'scan.startup.mode': 'latest-offset' }, { stateDir, tableName: 'local.db.users', primaryKey: ['id'] });
    const sink = localConnector.createSink!(ctx);
    await sink.write([[1, 'a'], [2, 'b']]);
    const l = localConnector.createLookup!(ctx, [0]);
    assert.deepEqual(l.lookup([1]), [[1, 'a']], 'reads from the earliest offset whatever scan.startup.mode says');
    assert.deepEqual(l.lookup([3]), []);
    await sink.write([[1, 'a'], [1, 'a2'], [2, 'b'], [3, 'c']], [RowKind.UpdateBefore, RowKind.UpdateAfter, RowKind.Delete, RowKind.Insert]);
    assert.deepEqual(l.lookup([1]), [[1, 'a2']]);
    assert.deepEqual(l.lookup([2]), []);
    assert.deepEqual(l.lookup([3]), [[3, 'c']]);
  });

  test('a lookup on a non-key column of an append-only topic returns every copy', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'tideline-lookup-'));
    const ctx = table(cols, {}, { stateDir, tableName: 'local.db.log' });
    await localConnector.createSink!(ctx).write([[1, 'x'], [2, 'x'], [1, 'x'], [3, 'y']]);
    const rows = localConnector.createLookup!(ctx, [1]).lookup(['x']);
    assert.deepEqual([...rows].sort(), [[1, 'x'], [1, 'x'], [2, 'x']]);
  });

  test("lookup.cache = 'FULL' answers from the table as loaded until the reload interval passes", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'tideline-lookup-'));
    const ctx = table(cols, { 'lookup.cache': 'FULL', 'lookup.full-cache.periodic-reload.interval': '10 s' }, { stateDir, tableName: 'local.db.full', primaryKey: ['id'] });
    const sink = localConnector.createSink!(ctx);
    await sink.write([[1, 'a']]);
    let now = 1000;
    const l = cachedLookup(ctx, () => localConnector.createLookup!(ctx, [0]), () => now);
    assert.deepEqual(l.lookup([1]), [[1, 'a']]);
    await sink.write([[1, 'a'], [1, 'b']], [RowKind.UpdateBefore, RowKind.UpdateAfter]);
    now += 9_999;
    assert.deepEqual(l.lookup([1]), [[1, 'a']], 'still the loaded copy');
    now += 1;
    assert.deepEqual(l.lookup([1]), [[1, 'b']], 'reloaded');
  });
});

describe('lookup.cache PARTIAL', () => {
  /** A table whose rows change under the cache, counting the lookups that reach it. */
  function fake(): { source: LookupSource; rows: Map<Value, Row[]>; calls: number[] } {
    const rows = new Map<Value, Row[]>();
    const calls: number[] = [];
    return { rows, calls, source: { lookup: (k) => (calls.push(k[0] as number), rows.get(k[0]!) ?? []) } };
  }
  const ctx = (o: Record<string, string>) => table(cols, { 'lookup.cache': 'PARTIAL', ...o });

  test('cached keys (and missing ones) are not looked up again; max-rows evicts the least recently used', () => {
    const f = fake();
    f.rows.set(1, [[1, 'a']]);
    const l = cachedLookup(ctx({ 'lookup.partial-cache.max-rows': '2' }), () => f.source, () => 0);
    l.lookup([1]);
    l.lookup([2]);
    f.rows.set(2, [[2, 'b']]);
    assert.deepEqual(l.lookup([2]), [], 'the missing key is cached');
    l.lookup([1]); // 1 is now the most recently used
    l.lookup([3]); // evicts 2
    assert.deepEqual(l.lookup([2]), [[2, 'b']]);
    assert.deepEqual(f.calls, [1, 2, 3, 2]);
  });

  test('expire-after-write and cache-missing-key = false', () => {
    const f = fake();
    let now = 0;
    const l = cachedLookup(ctx({ 'lookup.partial-cache.expire-after-write': '1 s', 'lookup.partial-cache.cache-missing-key': 'false' }), () => f.source, () => now);
    l.lookup([1]);
    l.lookup([1]);
    f.rows.set(5, [[5, 'e']]);
    l.lookup([5]);
    now = 999;
    l.lookup([5]);
    now = 1000;
    assert.deepEqual(l.lookup([5]), [[5, 'e']]);
    assert.deepEqual(f.calls, [1, 1, 5, 5]);
  });

  test('FULL needs a reload interval, as in Flink', () => {
    assert.throws(() => cachedLookup(table(cols, { 'lookup.cache': 'FULL' }, { tableName: 'c.d.t' }), () => fake().source), /needs 'lookup.full-cache.periodic-reload.interval'/);
  });
});
