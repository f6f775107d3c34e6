import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WindowJoinOperator, type WindowJoinSpec } from '../../../engine/runtime/operators/window-join';
import { drive, type Step } from './helpers/memory-source';

// Rows after a TUMBLE(10) TVF: (key, ts, window_start, window_end).
const spec = (type: WindowJoinSpec['type']): WindowJoinSpec => ({
  type,
  leftKeys: [0],
  rightKeys: [0],
  leftWindowEnd: 3,
  rightWindowEnd: 3,
  leftArity: 4,
  rightArity: 4,
});

const steps: Step[] = [
  [0, ['a', 1, 0, 10]],
  [1, ['a', 2, 0, 10]],
  [0, ['b', 3, 0, 10]],
  [1, ['c', 4, 0, 10]],
  [1, ['a', 12, 10, 20]], // same key, other window: no match with the first window
  [0, [null, 5, 0, 10]],
  [1, [null, 6, 0, 10]],
  { watermark: 9 },
  [0, ['a', 8, 0, 10]], // late
  'end',
];

test('INNER window join matches keys within the same window when it closes', () => {
  const { out, metrics } = drive(new WindowJoinOperator(spec('INNER')), steps);
  assert.deepEqual(out, ['+I(a, 1, 0, 10, a, 2, 0, 10)']);
  assert.equal(metrics.lateDropped, 1);
});

test('FULL window join pads both sides; NULL keys never match', () => {
  const { out } = drive(new WindowJoinOperator(spec('FULL')), steps);
  assert.deepEqual(out, [
    '+I(a, 1, 0, 10, a, 2, 0, 10)',
    '+I(b, 3, 0, 10, null, null, null, null)',
    '+I(null, null, null, null, c, 4, 0, 10)',
    '+I(null, 5, 0, 10, null, null, null, null)',
    '+I(null, null, null, null, null, 6, 0, 10)',
    '+I(null, null, null, null, a, 12, 10, 20)',
  ]);
});

test('SEMI and ANTI window joins emit left rows', () => {
  assert.deepEqual(drive(new WindowJoinOperator(spec('SEMI')), steps).out, ['+I(a, 1, 0, 10)']);
  assert.deepEqual(drive(new WindowJoinOperator(spec('ANTI')), steps).out, ['+I(b, 3, 0, 10)', '+I(null, 5, 0, 10)']);
});
