/**
 * Source splits spread over the job's parallelism (executor/split-assignment.ts): split i of a
 * source is read by subtask i mod p; each split keeps its watermark; a rescale moves splits
 * between subtasks with their readers, so every row is read once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitOwner } from '../../../engine/runtime/executor/split-assignment';
import { buildPipeline } from './helpers/memory-source';
import { CalcOperator } from '../../../engine/runtime/operators/calc';
import { E } from '../../../engine/expr/expr';
import { T } from '../../../engine/types/logical-type';

const pass = () => new CalcOperator([E.input(0, T.string()), E.input(1, T.int())], null);

const splits = (n: number, rows: number) =>
  Array.from({ length: n }, (_, s) => ({ id: `p${s}`, changes: Array.from({ length: rows }, (_, i) => [`s${s}`, s * 1000 + i]) }));

test('split i goes to subtask i mod p', () => {
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => splitOwner(i, 3)), [0, 1, 2, 0, 1]);
  assert.deepEqual([0, 1, 2].map((i) => splitOwner(i, 1)), [0, 0, 0]);
  assert.deepEqual([0, 1].map((i) => splitOwner(i, 4)), [0, 1]);
});

test('the executor reads 5 splits with 3 source subtasks, reports the assignment and each split watermark, and a rescale to 1 reads every row once', async () => {
  const { executor: ex, out } = buildPipeline({
    sources: { src: { splits: splits(5, 40), watermark: { column: 1 } } },
    operators: [{ id: 'calc', op: pass(), inputs: ['src'] }],
    options: { parallelism: 3, batchSize: 10, idleSleepMs: 0 },
  });
  await ex.open();
  await ex.step();
  const readers = () => ex.metrics().nodes['src']!.splitReaders!;
  assert.deepEqual(
    readers().map((r) => [r.split, r.subtask, r.watermark]),
    [
      ['p0', 0, 9],
      ['p3', 0, 3009],
      ['p1', 1, 1009],
      ['p2', 2, 2009],
      ['p4', 1, 4009],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)),
  );
  // The source's watermark is the minimum over its splits.
  assert.equal(ex.metrics().nodes['src']!.watermark, 9);
  ex.rescale(1);
  assert.deepEqual(
    readers().map((r) => [r.split, r.subtask]),
    [
      ['p0', 0],
      ['p1', 0],
      ['p2', 0],
      ['p3', 0],
      ['p4', 0],
    ],
  );
  while (await ex.step());
  assert.equal(out.length, 200);
  assert.equal(new Set(out).size, 200, 'no row read twice');
});
