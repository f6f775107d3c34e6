import { test } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { OverAggregateOperator, type OverFrame } from '../../../engine/runtime/operators/over-aggregate';
import { drive, type Step } from './helpers/memory-source';

const over = (frame: OverFrame) =>
  new OverAggregateOperator({
    partitionKeys: [0],
    timeColumn: 1,
    frame,
    aggs: [
      { fn: 'SUM', args: [2], type: T.int() },
      { fn: 'COUNT', args: [], type: T.bigint(false) },
    ],
  });

// (key, time, amount), arriving out of order; the watermark releases them in time order.
const input: Step[] = [
  [0, ['a', 3, 30]],
  [0, ['a', 1, 10]],
  [0, ['a', 2, 20]],
  [0, ['a', 2, 21]],
  [0, ['b', 2, 5]],
  { watermark: 2 },
  [0, ['a', 2, 99]], // late
  [0, ['a', 10, 40]],
  'end',
];

test('ROWS BETWEEN 1 PRECEDING AND CURRENT ROW, fired by the watermark in time order', () => {
  const { out, metrics } = drive(over({ unit: 'ROWS', preceding: 1 }), input);
  assert.deepEqual(out, [
    '+I(a, 1, 10, 10, 1)',
    '+I(a, 2, 20, 30, 2)',
    '+I(a, 2, 21, 41, 2)',
    '+I(b, 2, 5, 5, 1)',
    '+I(a, 3, 30, 51, 2)',
    '+I(a, 10, 40, 70, 2)',
  ]);
  assert.equal(metrics.lateDropped, 1);
});

test('RANGE BETWEEN 1 PRECEDING: rows of one time share values; older rows leave the frame', () => {
  const { out } = drive(over({ unit: 'RANGE', preceding: 1 }), input);
  assert.deepEqual(out, [
    '+I(a, 1, 10, 10, 1)',
    '+I(a, 2, 20, 51, 3)',
    '+I(a, 2, 21, 51, 3)',
    '+I(b, 2, 5, 5, 1)',
    '+I(a, 3, 30, 71, 3)',
    '+I(a, 10, 40, 40, 1)',
  ]);
});

test('UNBOUNDED PRECEDING accumulates the whole partition', () => {
  const { out } = drive(over({ unit: 'ROWS', preceding: null }), input);
  assert.deepEqual(out.slice(-1), ['+I(a, 10, 40, 121, 5)']);
});

test('processing-time OVER aggregates rows as they arrive', () => {
  const op = new OverAggregateOperator({
    partitionKeys: [0],
    timeColumn: 1,
    frame: { unit: 'ROWS', preceding: 1 },
    aggs: [{ fn: 'SUM', args: [2], type: T.int() }],
    timeKind: 'proctime',
  });
  const { out } = drive(op, [[0, ['a', 100, 1]], [0, ['a', 100, 2]], [0, ['a', 101, 3]]]);
  assert.deepEqual(out, ['+I(a, 100, 1, 1)', '+I(a, 100, 2, 3)', '+I(a, 101, 3, 5)']);
});
