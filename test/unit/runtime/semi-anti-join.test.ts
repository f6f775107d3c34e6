import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E } from '../../../engine/expr/expr';
import { T } from '../../../engine/types/logical-type';
import { RowKind } from '../../../engine/runtime/changelog';
import { SemiAntiJoinOperator } from '../../../engine/runtime/operators/semi-anti-join';
import { drive } from './helpers/memory-source';

const keys = { leftKeys: [1], rightKeys: [0], leftArity: 2 };

test('semi join: a left row appears with its first match and is retracted with its last', () => {
  const r = drive(new SemiAntiJoinOperator({ anti: false, ...keys }), [
    [0, [1, 'a']],
    [1, ['a']],
    [1, ['a']],
    [0, [2, 'a']],
    [1, [RowKind.Delete, ['a']]],
    [1, [RowKind.Delete, ['a']]],
    [0, [3, null]],
    [1, [null]],
  ]);
  assert.deepEqual(r.out, ['+I(1, a)', '+I(2, a)', '-D(1, a)', '-D(2, a)']);
});

test('anti join: a left row is shown while nothing matches, a left retraction passes only when shown', () => {
  const r = drive(new SemiAntiJoinOperator({ anti: true, ...keys }), [
    [0, [1, 'a']],
    [0, [1, 'a']],
    [1, ['a']],
    [0, [RowKind.Delete, [1, 'a']]],
    [1, [RowKind.Delete, ['a']]],
    [0, [2, null]],
  ]);
  assert.deepEqual(r.out, ['+I(1, a)', '+I(1, a)', '-D(1, a)', '-D(1, a)', '+I(1, a)', '+I(2, null)']);
});

test('anti join with a condition and no keys: NOT IN is null-aware (a NULL on the right rules every row out)', () => {
  // left (id, x) ++ right (y): x = y OR (x = y) IS NULL
  const x = E.input(1, T.int());
  const y = E.input(2, T.int());
  const eq = E.call('=', T.boolean(), x, y);
  const condition = E.call('OR', T.boolean(false), eq, E.call('IS NULL', T.boolean(false), eq));
  const r = drive(new SemiAntiJoinOperator({ anti: true, leftKeys: [], rightKeys: [], leftArity: 2, condition }), [
    [0, [1, 5]],
    [0, [2, 6]],
    [1, [5]],
    [1, [null]],
    [1, [RowKind.Delete, [null]]],
  ]);
  assert.deepEqual(r.out, ['+I(1, 5)', '+I(2, 6)', '-D(1, 5)', '-D(2, 6)', '+I(2, 6)']);
});
