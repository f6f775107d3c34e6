/**
 * The engine host's statement runner with the embedded pool's worker threads: a statement
 * granted 2 slots runs its keyed subtasks on two workers, rescaled while it runs, with the
 * table of one slot; one whose subtask throws ends FAILED with a reason naming the operator,
 * and the pool (and this process) go on, back to zero threads when idle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../../engine/catalog/setup';
import { EngineStatementRunner } from '../../../../engine/job/statement-runner';
import { WorkerPool } from '../../../../engine/pools/worker-pool';
import { ResultStore } from '../../../../engine/results/retained-results';
import { subtaskWorkerScript } from '../../../../engine/runtime/parallel/worker-script';
import { repoRoot } from '../../../support/repo-root';

const SCRIPT = subtaskWorkerScript(join(repoRoot(__dirname), 'dist'));
const clicks = "clicks /*+ OPTIONS('number-of-rows'='4000', 'time-mode'='simulated') */";
const orders = "orders /*+ OPTIONS('number-of-rows'='3000', 'time-mode'='simulated') */";
const GROUP_BY = `SELECT user_id, COUNT(*) AS n, MAX(url) AS last_url, SUM(view_time) AS t FROM ${clicks} GROUP BY user_id`;
const THROWS = `SELECT c.user_id, o.order_id FROM ${clicks} AS c JOIN ${orders} AS o ON c.user_id = o.customer_id AND CAST(CONCAT(c.url, o.order_id) AS INT) > 0`;

function newPool(): WorkerPool {
  assert.ok(SCRIPT, 'dist/subtask-worker.js is built (npm run build)');
  return new WorkerPool({ script: SCRIPT, maxWorkers: 4, idleMs: 100 });
}

/** A statement through the engine host's runner with the pool's workers: its final table, the reason it failed, the runner's log. */
async function statement(sql: string, parallelism: number, pool: WorkerPool | undefined, rescales: number[] = []) {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-workers-host-'));
  const { manager } = await openCatalogs({ stateDir });
  const { store } = ResultStore.open(stateDir, { persistEveryMs: 60_000 });
  const log: string[] = [];
  const r = new EngineStatementRunner({ catalog: manager, stateDir, results: store, log: (m) => log.push(m), ...(pool ? { workers: pool } : {}) });
  let failed: string | undefined;
  let done!: () => void;
  const ended = new Promise<void>((res) => (done = res));
  const handle = r.start(
    { name: 's', sql, pool: 'default', principal: 'a', parallelism, context: { catalog: 'examples', database: 'marketplace' } },
    { completed: () => done(), failed: (reason) => ((failed = reason), done()), degraded: () => undefined, recovered: () => undefined },
  );
  for (const p of rescales) await handle.rescale!(p);
  await ended;
  const rows = store.get('s')!.snapshot().tableRows.map((x) => JSON.stringify(x)).sort();
  await store.close();
  return { rows, failed, log };
}

test('the engine host runner: a statement at 2 slots runs its GROUP BY on two workers of the pool, rescaled 2 -> 1 -> 2, with the table of 1; a throwing one is FAILED naming the operator', async () => {
  const pool = newPool();
  try {
    const one = await statement(GROUP_BY, 1, undefined);
    const two = await statement(GROUP_BY, 2, pool, [1, 2]);
    assert.equal(two.failed, undefined);
    assert.ok(one.rows.length > 100);
    assert.deepEqual(two.rows, one.rows);
    assert.equal(pool.started, 2, 'two worker threads started for the statement');
    assert.equal(pool.busy, 0, 'given back when it ended');
    const bad = await statement(THROWS, 2, pool);
    assert.match(bad.failed ?? '', /Join\(INNER\) subtask [12]\/2 failed on worker thread \d+: Cannot cast/);
    await pool.whenIdle();
    assert.equal(pool.alive, 0);
  } finally {
    await pool.shutdown();
  }
});
