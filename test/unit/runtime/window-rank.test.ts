import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WindowRankOperator } from '../../../engine/runtime/operators/window-rank';
import { WindowTableFunctionOperator } from '../../../engine/runtime/operators/window-table-function';
import { runPipeline } from './helpers/memory-source';

// Rows (supplier, ts, price) -> TUMBLE(10) appends window_start (3), window_end (4), window_time (5).
const rows = [
  ['s1', 1, 30],
  ['s2', 2, 50],
  ['s1', 4, 40],
  ['s2', 9, 10],
  ['s1', 12, 5],
  ['s1', 3, 99], // late once the watermark passed 9
];

async function run(rank: WindowRankOperator): Promise<{ out: string[] }> {
  const out = await runPipeline({
    sources: { src: { splits: [{ id: 's', changes: rows }], watermark: { column: 1 } } },
    operators: [
      { id: 'tvf', op: new WindowTableFunctionOperator({ kind: 'TUMBLE', sizeMs: 10 }, 1), inputs: ['src'] },
      { id: 'rank', op: rank, inputs: ['tvf'] },
    ],
    options: { batchSize: 1 },
  });
  return { out };
}

test('window Top-N emits each window’s best rows once, when the window closes', async () => {
  const { out } = await run(new WindowRankOperator({ windowEndColumn: 4, partitionKeys: [], orderBy: [{ index: 2, descending: true }], n: 2, outputRank: true }));
  assert.deepEqual(out, ['+I(s2, 2, 50, 0, 10, 9, 1)', '+I(s1, 4, 40, 0, 10, 9, 2)', '+I(s1, 12, 5, 10, 20, 19, 1)']);
});

test('window deduplication keeps the first or the last row per key and window', async () => {
  const first = await run(new WindowRankOperator({ windowEndColumn: 4, partitionKeys: [0], orderBy: [{ index: 1 }], n: 1, outputRank: false }));
  assert.deepEqual(first.out, ['+I(s1, 1, 30, 0, 10, 9)', '+I(s2, 2, 50, 0, 10, 9)', '+I(s1, 12, 5, 10, 20, 19)']);
  const last = await run(
    new WindowRankOperator({ windowEndColumn: 4, partitionKeys: [0], orderBy: [{ index: 1, descending: true }], n: 1, outputRank: false, latestWinsTies: true }),
  );
  assert.deepEqual(last.out, ['+I(s1, 4, 40, 0, 10, 9)', '+I(s2, 9, 10, 0, 10, 9)', '+I(s1, 12, 5, 10, 20, 19)']);
});
