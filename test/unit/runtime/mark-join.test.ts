/** Mark join: IN / EXISTS as a value, the appended BOOLEAN with three-valued logic, updated as the right side changes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E } from '../../../engine/expr/expr';
import { T } from '../../../engine/types/logical-type';
import { RowKind } from '../../../engine/runtime/changelog';
import { SemiAntiJoinOperator } from '../../../engine/runtime/operators/semi-anti-join';
import { drive } from './helpers/memory-source';

test('EXISTS (correlated by key): FALSE until a match arrives, TRUE while one is held, FALSE again after the last leaves', () => {
  const r = drive(new SemiAntiJoinOperator({ anti: false, mark: {}, leftKeys: [1], rightKeys: [0], leftArity: 2 }), [
    [0, [1, 'a']],
    [1, ['a']],
    [1, ['a']],
    [1, [RowKind.Delete, ['a']]],
    [1, [RowKind.Delete, ['a']]],
    [0, [2, null]],
    [1, [null]],
    [0, [RowKind.Delete, [1, 'a']]],
  ]);
  assert.deepEqual(r.out, ['+I(1, a, false)', '-U(1, a, false)', '+U(1, a, true)', '-U(1, a, true)', '+U(1, a, false)', '+I(2, null, false)', '-D(1, a, false)']);
});

test('IN (uncorrelated): TRUE on an equal value, NULL when only NULL comparisons, FALSE over no rows; NOT IN is NOT over it', () => {
  // left (id, x) ++ right (y): mark x = y
  const mark = E.call('=', T.boolean(), E.input(1, T.int()), E.input(2, T.int()));
  const r = drive(new SemiAntiJoinOperator({ anti: false, mark: { test: mark }, leftKeys: [], rightKeys: [], leftArity: 2 }), [
    [0, [1, 5]],
    [0, [2, null]],
    [1, [7]],
    [1, [null]],
    [1, [5]],
    [1, [RowKind.Delete, [null]]],
  ]);
  assert.deepEqual(r.out, [
    '+I(1, 5, false)',
    '+I(2, null, false)', // over no rows: FALSE, even for a NULL x
    '-U(2, null, false)',
    '+U(2, null, null)', // 7 arrived: NULL = 7 is NULL
    '-U(1, 5, false)',
    '+U(1, 5, null)', // NULL arrived: 5 = NULL is NULL
    '-U(1, 5, null)',
    '+U(1, 5, true)', // 5 arrived
  ]);
});

test('the correlated condition decides which rows count; the mark is tested only on them', () => {
  // left (id, x, k) ++ right (y, k2): condition k2 > k, mark x = y
  const condition = E.call('>', T.boolean(), E.input(4, T.int()), E.input(2, T.int()));
  const mark = E.call('=', T.boolean(), E.input(1, T.int()), E.input(3, T.int()));
  const r = drive(new SemiAntiJoinOperator({ anti: false, mark: { test: mark }, leftKeys: [], rightKeys: [], leftArity: 3, condition }), [
    [0, [1, 5, 10]],
    [1, [5, 3]], // k2 <= k: does not count
    [1, [null, 11]], // counts, NULL comparison
    [1, [5, 12]],
  ]);
  assert.deepEqual(r.out, ['+I(1, 5, 10, false)', '-U(1, 5, 10, false)', '+U(1, 5, 10, null)', '-U(1, 5, 10, null)', '+U(1, 5, 10, true)']);
});
