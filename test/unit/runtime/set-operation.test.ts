import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RowKind } from '../../../engine/runtime/changelog';
import { SetOperationOperator } from '../../../engine/runtime/operators/set-operation';
import { drive } from './helpers/memory-source';

test('INTERSECT ALL emits min(left, right) copies and follows retractions; NULLs compare equal', () => {
  const r = drive(new SetOperationOperator({ op: 'INTERSECT', all: true }), [
    [0, ['a', null]],
    [0, ['a', null]],
    [1, ['a', null]],
    [1, ['a', null]],
    [1, ['a', null]],
    [0, [RowKind.Delete, ['a', null]]],
  ]);
  assert.deepEqual(r.out, ['+I(a, null)', '+I(a, null)', '-D(a, null)']);
});

test('EXCEPT (distinct) shows a left row only while the right side has none of it', () => {
  const r = drive(new SetOperationOperator({ op: 'EXCEPT', all: false }), [
    [0, ['a']],
    [0, ['a']],
    [1, ['a']],
    [1, [RowKind.Delete, ['a']]],
  ]);
  assert.deepEqual(r.out, ['+I(a)', '-D(a)', '+I(a)']);
});

test('EXCEPT ALL emits max(left - right, 0) copies', () => {
  const r = drive(new SetOperationOperator({ op: 'EXCEPT', all: true }), [[1, ['b']], [0, ['b']], [0, ['b']], [0, ['b']]]);
  assert.deepEqual(r.out, ['+I(b)', '+I(b)']);
});
