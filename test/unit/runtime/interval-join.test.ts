import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntervalJoinOperator } from '../../../engine/runtime/operators/interval-join';
import type { JoinType } from '../../../engine/runtime/operators/join';
import { drive } from './helpers/memory-source';

// Rows are (key, time, tag); l.time BETWEEN r.time - 5 AND r.time + 10, i.e. -5 <= l - r <= 10.
const op = (type: JoinType) =>
  new IntervalJoinOperator({ type, leftKeys: [0], rightKeys: [0], leftTime: 1, rightTime: 1, lowerMs: -5, upperMs: 10, leftArity: 3, rightArity: 3 });

test('rows join when their times are within the interval, in either arrival order', () => {
  const { out } = drive(op('INNER'), [
    [0, ['k', 100, 'l1']],
    [1, ['k', 95, 'r1']], // 100 - 95 = 5: match
    [1, ['k', 106, 'r2']], // -6: no match
    [1, ['j', 100, 'r3']], // other key
    [0, ['k', 110, 'l2']], // 110-95 = 15 no; 110-106 = 4 match
  ]);
  assert.deepEqual(out, ['+I(k, 100, l1, k, 95, r1)', '+I(k, 110, l2, k, 106, r2)']);
});

test('buffers expire with the watermark; rows whose range has closed are late', () => {
  const { out, metrics } = drive(op('INNER'), [
    [1, ['k', 100, 'r1']], // right rows wait while wm < 100 + 10
    { watermark: 111 },
    [0, ['k', 108, 'l1']], // would match r1, but r1 expired; l1 itself: 108 + 5 = 113 > 111, buffered
    [0, ['k', 105, 'l2']], // 105 + 5 = 110 <= 111: late
  ]);
  assert.deepEqual(out, []);
  assert.equal(metrics.lateDropped, 1);
});

test('LEFT interval join pads unmatched left rows when they expire', () => {
  const { out } = drive(op('LEFT'), [
    [0, ['k', 100, 'l1']],
    [0, ['k', 200, 'l2']],
    [1, ['k', 195, 'r1']],
    { watermark: 150 }, // l1 expires at 105 unmatched
    'end',
  ]);
  assert.deepEqual(out, ['+I(k, 200, l2, k, 195, r1)', '+I(k, 100, l1, null, null, null)']);
});
