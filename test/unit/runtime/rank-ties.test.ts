import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RowKind } from '../../../engine/runtime/changelog';
import { RankOperator } from '../../../engine/runtime/operators/rank';
import { drive } from './helpers/memory-source';

const spec = { partitionKeys: [0], orderBy: [{ index: 1, descending: true, nullsFirst: false }], n: 2, outputRank: true, inputRetracts: true };

test('RANK() <= 2: ties share a rank and are all kept; a better row renumbers the rest', () => {
  const r = drive(new RankOperator({ ...spec, rankType: 'RANK' }), [
    [0, ['p', 5, 'a']],
    [0, ['p', 5, 'b']],
    [0, ['p', 4, 'c']],
    [0, ['p', 9, 'd']],
    [0, [RowKind.Delete, ['p', 9, 'd']]],
  ]);
  assert.deepEqual(r.out, [
    '+I(p, 5, a, 1)',
    '+I(p, 5, b, 1)',
    '-D(p, 5, a, 1)',
    '-D(p, 5, b, 1)',
    '+I(p, 9, d, 1)',
    '+I(p, 5, a, 2)',
    '+I(p, 5, b, 2)',
    '-D(p, 9, d, 1)',
    '-D(p, 5, a, 2)',
    '-D(p, 5, b, 2)',
    '+I(p, 5, a, 1)',
    '+I(p, 5, b, 1)',
  ]);
});

test('DENSE_RANK() <= 2 counts distinct sort keys', () => {
  const r = drive(new RankOperator({ ...spec, rankType: 'DENSE_RANK', outputRank: false }), [
    [0, ['p', 5, 'a']],
    [0, ['p', 5, 'b']],
    [0, ['p', 4, 'c']],
    [0, ['p', 3, 'd']],
  ]);
  assert.deepEqual(r.out, ['+I(p, 5, a)', '+I(p, 5, b)', '+I(p, 4, c)']);
});
