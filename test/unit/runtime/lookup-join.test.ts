import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LookupJoinOperator } from '../../../engine/runtime/operators/lookup-join';
import type { Row } from '../../../engine/runtime/changelog';
import { drive } from './helpers/memory-source';

test('lookup join sees the table as it is when each probe row arrives', () => {
  const dim = new Map<unknown, Row[]>([['a', [['a', 'Alice']]]]);
  const lookup = (k: readonly unknown[]) => dim.get(k[0]) ?? [];
  const left = drive(new LookupJoinOperator({ type: 'LEFT', leftKeys: [1], lookup, rightArity: 2 }), [
    [0, [1, 'a']],
    [0, [2, 'b']],
    [0, [3, null]],
  ]);
  assert.deepEqual(left.out, ['+I(1, a, a, Alice)', '+I(2, b, null, null)', '+I(3, null, null, null)']);
  dim.set('b', [['b', 'Bob']]);
  const inner = drive(new LookupJoinOperator({ type: 'INNER', leftKeys: [1], lookup, rightArity: 2 }), [[0, [4, 'b']], [0, [5, 'z']]]);
  assert.deepEqual(inner.out, ['+I(4, b, b, Bob)']);
});
