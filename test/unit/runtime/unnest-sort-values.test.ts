import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnnestOperator } from '../../../engine/runtime/operators/unnest';
import { TemporalSortOperator } from '../../../engine/runtime/operators/temporal-sort';
import { ValuesSource } from '../../../engine/runtime/executor/values-source';
import { DataflowGraph } from '../../../engine/runtime/executor/graph';
import { Executor } from '../../../engine/runtime/executor/executor';
import { D, drive, type Step } from './helpers/memory-source';

test('CROSS JOIN UNNEST of an array, a map and a multiset; retractions unnest too', () => {
  const arr = drive(new UnnestOperator({ column: 1, collection: 'ARRAY', elementArity: 1, withOrdinality: true }), [
    [0, ['a', ['x', 'y']]],
    [0, ['b', []]],
    [0, D('a', ['x'])],
  ]);
  assert.deepEqual(arr.out, ['+I(a, x,y, x, 1)', '+I(a, x,y, y, 2)', '-D(a, x, x, 1)']);
  const map = drive(new UnnestOperator({ column: 0, collection: 'MAP', elementArity: 2 }), [[0, [new Map([['k', 1]])]]]);
  assert.equal(map.out.length, 1);
  assert.match(map.out[0]!, /, k, 1\)$/);
  const ms = drive(new UnnestOperator({ column: 0, collection: 'MULTISET', elementArity: 1 }), [[0, [new Map([['z', 2]])]]]);
  assert.equal(ms.out.length, 2);
});

test('LEFT JOIN UNNEST pads empty and NULL collections', () => {
  const { out } = drive(new UnnestOperator({ column: 1, collection: 'ARRAY', elementArity: 1, left: true }), [
    [0, ['a', null]],
    [0, ['b', []]],
  ]);
  assert.deepEqual(out, ['+I(a, null, null)', '+I(b, , null)']);
});

test('ORDER BY rowtime releases rows in time order as the watermark passes', () => {
  const steps: Step[] = [[0, ['c', 3]], [0, ['a', 1]], [0, ['b', 1]], { watermark: 2 }, [0, ['late', 2]], [0, ['d', 5]], 'end'];
  const { out, metrics } = drive(new TemporalSortOperator({ timeColumn: 1, thenBy: [{ index: 0, descending: true }] }), steps);
  assert.deepEqual(out, ['+I(b, 1)', '+I(a, 1)', '+I(c, 3)', '+I(d, 5)']);
  assert.equal(metrics.lateDropped, 1);
});

test('VALUES source feeds a graph and ends it', async () => {
  const g = new DataflowGraph();
  g.source('v', new ValuesSource([[1], [2], [3]]));
  const got: unknown[] = [];
  g.sink('out', 'v', (_k, rows) => void got.push(...rows));
  const ex = new Executor(g, { batchSize: 2, idleSleepMs: 0 });
  await ex.run();
  assert.deepEqual(got, [[1], [2], [3]]);
  assert.ok(ex.isFinished);
});
