/**
 * The engine host's statement runner runs a statement at its granted parallelism and rescales
 * it through RunHandle.rescale (what PoolService.autoscaleOnce calls): the result is the
 * unscaled one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { EngineStatementRunner } from '../../../engine/job/statement-runner';
import { ResultStore } from '../../../engine/results/retained-results';

const SQL =
  "SELECT user_id, COUNT(*) AS n, MAX(url) AS last_url FROM clicks /*+ OPTIONS('number-of-rows'='6000', 'time-mode'='simulated') */ GROUP BY user_id";

async function runner(log: string[] = []) {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-rescale-'));
  const { manager } = await openCatalogs({ stateDir });
  const { store } = ResultStore.open(stateDir, { persistEveryMs: 60_000 });
  return { r: new EngineStatementRunner({ catalog: manager, stateDir, results: store, log: (m) => log.push(m) }), store };
}

/** Runs SQL to its end with `parallelism`, making `rescales` one after the other; the final table and what each rescale moved. */
async function run(parallelism: number, rescales: number[]) {
  const log: string[] = [];
  const { r, store } = await runner(log);
  let done!: () => void;
  const completed = new Promise<void>((res) => (done = res));
  const handle = r.start(
    { name: 's', sql: SQL, pool: 'default', principal: 'a', parallelism, context: { catalog: 'examples', database: 'marketplace' } },
    { completed: () => done(), failed: (reason) => assert.fail(reason), degraded: () => undefined, recovered: () => undefined },
  );
  for (const p of rescales) await handle.rescale!(p);
  await completed;
  const rows = store.get('s')!.snapshot().tableRows.map((x) => JSON.stringify(x)).sort();
  await store.close();
  return { rows, log };
}

test('a running GROUP BY statement started at 3 and rescaled to 2 then 1 by its handle ends with the same table as one run at 1', async () => {
  const one = await run(1, []);
  const scaled = await run(3, [2, 1]);
  assert.ok(one.rows.length > 100);
  assert.deepEqual(scaled.rows, one.rows);
  // Both rescales moved the GROUP BY's state while it ran.
  assert.deepEqual(
    scaled.log.map((m) => m.replace(/paused [\d.]+ ms/, 'paused _ ms')),
    ['statement s: parallelism 3 -> 2 (1 keyed operator moved, paused _ ms)', 'statement s: parallelism 2 -> 1 (1 keyed operator moved, paused _ ms)'],
  );
});

test('rescale rejects a parallelism that is not a positive integer', async () => {
  const { r, store } = await runner();
  const handle = r.start(
    { name: 's', sql: SQL, pool: 'default', principal: 'a', parallelism: 1, context: { catalog: 'examples', database: 'marketplace' } },
    { completed: () => undefined, failed: () => undefined, degraded: () => undefined, recovered: () => undefined },
  );
  await assert.rejects(handle.rescale!(0), /positive integer/);
  await handle.stop();
  await store.close();
});

test('a rescale of a statement that never runs a dataflow (SHOW TABLES) resolves once it ended, moving nothing', async () => {
  const log: string[] = [];
  const { r, store } = await runner(log);
  let done!: () => void;
  const completed = new Promise<void>((res) => (done = res));
  const handle = r.start(
    { name: 'ddl', sql: 'SHOW TABLES', pool: 'default', principal: 'a', parallelism: 1, context: { catalog: 'examples', database: 'marketplace' } },
    { completed: () => done(), failed: () => done(), degraded: () => undefined, recovered: () => undefined },
  );
  await handle.rescale!(2);
  await completed;
  assert.deepEqual(log.filter((m) => m.includes('parallelism')), ['statement ddl: parallelism 1 -> 2 (0 keyed operators moved, paused 0.0 ms)']);
  await store.close();
});
