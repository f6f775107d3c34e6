import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RankOperator } from '../../../engine/runtime/operators/rank';
import { DeduplicateOperator } from '../../../engine/runtime/operators/deduplicate';
import { D, drive, I, type Step } from './helpers/memory-source';

const steps = (...rows: unknown[][]): Step[] => rows.map((r) => [0, r as never]);

// Rows (category, item, price); top 2 by price DESC per category.
const top2 = (outputRank: boolean, inputRetracts = false) =>
  new RankOperator({ partitionKeys: [0], orderBy: [{ index: 2, descending: true }], n: 2, outputRank, inputRetracts });

test('Top-N with the rank column updates every rank that changed', () => {
  const { out } = drive(top2(true), steps(['c', 'a', 10], ['c', 'b', 20], ['c', 'x', 5], ['c', 'd', 15]));
  assert.deepEqual(out, [
    '+I(c, a, 10, 1)',
    '-U(c, a, 10, 1)',
    '+U(c, b, 20, 1)',
    '+I(c, a, 10, 2)',
    // x (5) does not enter; d (15) takes rank 2 and pushes a out
    '-U(c, a, 10, 2)',
    '+U(c, d, 15, 2)',
  ]);
});

test('Top-N without the rank column: -D for the row pushed out, +I for the newcomer', () => {
  const { out } = drive(top2(false), steps(['c', 'a', 10], ['c', 'b', 20], ['c', 'd', 15], ['z', 'q', 1]));
  assert.deepEqual(out, ['+I(c, a, 10)', '+I(c, b, 20)', '-D(c, a, 10)', '+I(c, d, 15)', '+I(z, q, 1)']);
});

test('Top-N over retracting input: a deleted winner lets the next row back in', () => {
  const { out } = drive(top2(true, true), [
    [0, I('c', 'a', 10)],
    [0, I('c', 'b', 20)],
    [0, I('c', 'x', 5)],
    [0, D('c', 'b', 20)],
  ]);
  assert.deepEqual(out, [
    '+I(c, a, 10, 1)',
    '-U(c, a, 10, 1)',
    '+U(c, b, 20, 1)',
    '+I(c, a, 10, 2)',
    '-U(c, b, 20, 1)',
    '+U(c, a, 10, 1)',
    '-U(c, a, 10, 2)',
    '+U(c, x, 5, 2)',
  ]);
});

test('dedup keep-first on proctime emits only the first row per key', () => {
  const { out } = drive(new DeduplicateOperator({ keys: [0], keepLast: false }), steps(['a', 1], ['a', 2], ['b', 3]));
  assert.deepEqual(out, ['+I(a, 1)', '+I(b, 3)']);
});

test('dedup keep-last on proctime emits -U/+U', () => {
  const { out } = drive(new DeduplicateOperator({ keys: [0], keepLast: true }), steps(['a', 1], ['a', 2]));
  assert.deepEqual(out, ['+I(a, 1)', '-U(a, 1)', '+U(a, 2)']);
});

test('dedup on rowtime keeps the earliest (first) or latest (last) time', () => {
  const first = drive(new DeduplicateOperator({ keys: [0], keepLast: false, rowtimeColumn: 1 }), steps(['a', 10], ['a', 5], ['a', 7]));
  assert.deepEqual(first.out, ['+I(a, 10)', '-U(a, 10)', '+U(a, 5)']);
  const last = drive(new DeduplicateOperator({ keys: [0], keepLast: true, rowtimeColumn: 1 }), steps(['a', 10], ['a', 5], ['a', 12]));
  assert.deepEqual(last.out, ['+I(a, 10)', '-U(a, 10)', '+U(a, 12)']);
});

test('Top-N with a rank range starting above 1', () => {
  const op = new RankOperator({ partitionKeys: [0], orderBy: [{ index: 2, descending: true }], n: 3, rankStart: 2, outputRank: true });
  const { out } = drive(op, steps(['c', 'a', 10], ['c', 'b', 20], ['c', 'd', 15]));
  assert.deepEqual(out, ['+I(c, a, 10, 2)', '-U(c, a, 10, 2)', '+U(c, d, 15, 2)', '+I(c, a, 10, 3)']);
});
