import { test } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { WindowAggregateOperator } from '../../../engine/runtime/operators/window-aggregate';
import { WindowTableFunctionOperator } from '../../../engine/runtime/operators/window-table-function';
import type { WindowSpec } from '../../../engine/runtime/operators/window-assigner';
import { buildPipeline, runOne } from './helpers/memory-source';
import { Collector } from '../../../engine/runtime/operators/operator';

const count = { fn: 'COUNT', args: [], type: T.bigint(false) };
const sum = { fn: 'SUM', args: [2], type: T.int() };

function agg(window: WindowSpec) {
  return new WindowAggregateOperator({ window, timeColumn: 1, groupKeys: [0], aggs: [count, sum] });
}

test('tumbling windows fire once, insert-only, when the watermark passes window_end', async () => {
  const op = agg({ kind: 'TUMBLE', sizeMs: 10 });
  const out = await runOne(op, [['a', 1, 1], ['b', 3, 2], ['a', 9, 3], ['a', 10, 4], ['a', 25, 5]], { column: 1 });
  assert.deepEqual(out, [
    // watermark 10 >= end - 1 = 9: [0, 10) fires
    '+I(a, 2, 4, 0, 10, 9)',
    '+I(b, 1, 2, 0, 10, 9)',
    // watermark 25 fires [10, 20); the final watermark fires [20, 30)
    '+I(a, 1, 4, 10, 20, 19)',
    '+I(a, 1, 5, 20, 30, 29)',
  ]);
});

test('late rows are dropped and counted', async () => {
  const op = agg({ kind: 'TUMBLE', sizeMs: 10 });
  const { executor, out } = buildPipeline({
    sources: { src: { splits: [{ id: 's', changes: [['a', 12, 1], ['a', 5, 100], ['a', 15, 2]] }], watermark: { column: 1 } } },
    operators: [{ id: 'w', op, inputs: ['src'] }],
    options: { batchSize: 1 },
  });
  await executor.run();
  assert.deepEqual(out, ['+I(a, 2, 3, 10, 20, 19)']);
  assert.equal(executor.metrics().nodes['w']!.lateDropped, 1);
});

test('a watermark delay keeps a window open for out-of-order rows', async () => {
  const op = agg({ kind: 'TUMBLE', sizeMs: 10 });
  const out = await runOne(op, [['a', 12, 1], ['a', 5, 100], ['a', 21, 2]], { column: 1, delayMs: 5 });
  assert.deepEqual(out, ['+I(a, 1, 100, 0, 10, 9)', '+I(a, 1, 1, 10, 20, 19)', '+I(a, 1, 2, 20, 30, 29)']);
});

test('hopping windows: each row in size/slide windows', async () => {
  const op = agg({ kind: 'HOP', sizeMs: 10, slideMs: 5 });
  const out = await runOne(op, [['a', 7, 1], ['a', 12, 2]], { column: 1 });
  assert.deepEqual(out, [
    '+I(a, 1, 1, 0, 10, 9)',
    '+I(a, 2, 3, 5, 15, 14)',
    '+I(a, 1, 2, 10, 20, 19)',
  ]);
});

test('cumulating windows emit each step of the growing window', async () => {
  const op = agg({ kind: 'CUMULATE', maxSizeMs: 10, stepMs: 5 });
  const out = await runOne(op, [['a', 1, 1], ['a', 6, 2], ['a', 11, 4]], { column: 1 });
  assert.deepEqual(out, [
    '+I(a, 1, 1, 0, 5, 4)',
    '+I(a, 2, 3, 0, 10, 9)',
    '+I(a, 1, 4, 10, 15, 14)',
    '+I(a, 1, 4, 10, 20, 19)',
  ]);
});

test('session windows merge while rows fall within the gap', async () => {
  const op = agg({ kind: 'SESSION', gapMs: 5 });
  const out = await runOne(op, [['a', 1, 1], ['b', 2, 10], ['a', 4, 2], ['a', 20, 3], ['a', 8, 4]], { column: 1, delayMs: 100 });
  // all fire at the final watermark, by window end
  assert.deepEqual(out, ['+I(b, 1, 10, 2, 7, 6)', '+I(a, 3, 7, 1, 13, 12)', '+I(a, 1, 3, 20, 25, 24)']);
});

test('the window TVF alone appends window_start, window_end, window_time', async () => {
  const op = new WindowTableFunctionOperator({ kind: 'HOP', sizeMs: 10, slideMs: 5 }, 1);
  const out = await runOne(op, [['a', 7]]);
  assert.deepEqual(out, ['+I(a, 7, 0, 10, 9)', '+I(a, 7, 5, 15, 14)']);
});

test('processing-time windows fire when the clock passes their end', async () => {
  const op = new WindowAggregateOperator({ window: { kind: 'TUMBLE', sizeMs: 1000 }, timeColumn: 1, groupKeys: [0], aggs: [count], timeKind: 'proctime' });
  const c = new Collector();
  op.open({ out: c, metrics: { recordsIn: 0, recordsOut: 0, lateDropped: 0 }, now: () => 0 });
  op.processBatch(0, undefined, [['a', 100, 1], ['a', 900, 1], ['b', 1200, 1]]);
  op.processWatermark(5000); // event-time watermarks do not fire processing-time windows
  assert.equal(c.size, 0);
  op.onProcessingTime(1000);
  assert.deepEqual(c.drain().rows, [['a', 2, 0, 1000, 999]]);
  op.processWatermark(Infinity);
  assert.deepEqual(c.drain().rows, [['b', 1, 1000, 2000, 1999]]);
});

test('FIRST_VALUE / LAST_VALUE over append-only windows keep one value each', async () => {
  const op = new WindowAggregateOperator({
    window: { kind: 'TUMBLE', sizeMs: 10 },
    timeColumn: 1,
    groupKeys: [0],
    aggs: [
      { fn: 'FIRST_VALUE', args: [2], type: T.int() },
      { fn: 'LAST_VALUE', args: [2], type: T.int() },
    ],
  });
  const out = await runOne(op, [['a', 1, 5], ['a', 2, null], ['a', 3, 7], ['a', 4, 6]], { column: 1 });
  assert.deepEqual(out, ['+I(a, 5, 6, 0, 10, 9)']);
});
