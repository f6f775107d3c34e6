import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LimitOperator, SortOperator } from '../../../engine/runtime/operators/sort-limit';
import { D, drive, I } from './helpers/memory-source';

test('bounded ORDER BY ... LIMIT ... OFFSET emits the sorted final rows at the end', () => {
  const op = new SortOperator({ orderBy: [{ index: 1, descending: true }, { index: 0 }], offset: 1, limit: 2 });
  const { out } = drive(op, [[0, I('a', 1)], [0, I('b', 5)], [0, I('c', 3)], [0, I('d', 5)], [0, D('b', 5)], [0, I('e', 0)], 'end']);
  assert.deepEqual(out, ['+I(c, 3)', '+I(a, 1)']);
});

test('streaming LIMIT passes the first rows after OFFSET', () => {
  const op = new LimitOperator(2, 1);
  const { out } = drive(op, [[0, ['a']], [0, ['b']], [0, ['c']], [0, ['d']]]);
  assert.deepEqual(out, ['+I(b)', '+I(c)']);
  assert.ok(op.exhausted);
});
