/**
 * Keyed stages say in their metrics how they run (what the plan view shows): a GROUP BY at
 * parallelism 2 reports parallelism 2 with its 2 subtasks on worker threads of a real pool, or
 * in process (0 worker threads) without one; after a rescale to 1 it reports 1 and no worker
 * thread. Executor metrics and the statement metrics of the engine API (StatementMeter) alike;
 * sources and sinks carry no parallelism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { prepareStatement } from '../../../engine/job/prepare-statement';
import { StatementMeter } from '../../../engine/job/statement-metrics';
import { buildGraph } from '../../../engine/planner/build-graph';
import { WorkerPool } from '../../../engine/pools/worker-pool';
import { Executor } from '../../../engine/runtime/executor/executor';
import { WorkerLease } from '../../../engine/runtime/parallel/worker-lease';
import { subtaskWorkerScript } from '../../../engine/runtime/parallel/worker-script';
import { repoRoot } from '../../support/repo-root';

const SQL = "SELECT user_id, COUNT(*) AS n FROM clicks /*+ OPTIONS('number-of-rows'='2000', 'time-mode'='simulated') */ GROUP BY user_id";

async function executor(parallelism: number, lease?: WorkerLease) {
  const { manager } = await openCatalogs({ stateDir: mkdtempSync(join(tmpdir(), 'tideline-keyed-metrics-')) });
  const prepared = prepareStatement(SQL, { catalog: 'examples', database: 'marketplace' }, manager);
  const { graph } = buildGraph(prepared.plans[0]!, { collect: () => undefined, parallelism, ...(lease ? { workers: lease } : {}) });
  return { ex: new Executor(graph, { idleSleepMs: 0, clock: () => 0, batchSize: 100 }), plans: prepared.plans };
}

function keyedOf(nodes: Executor['metrics'] extends () => infer M ? M : never) {
  return Object.entries(nodes.nodes).filter(([, m]) => m.parallelism !== undefined);
}

test('a GROUP BY at parallelism 2 reports its parallelism and its subtasks on worker threads, then 1 and none after a rescale', async () => {
  const script = subtaskWorkerScript(join(repoRoot(__dirname), 'dist'));
  assert.ok(script, 'dist/subtask-worker.js is built (npm run build)');
  const pool = new WorkerPool({ script, maxWorkers: 4, idleMs: 100 });
  const lease = new WorkerLease(pool);
  const { ex, plans } = await executor(2, lease);
  const meter = new StatementMeter(plans);
  try {
    await ex.step();
    const keyed = keyedOf(ex.metrics());
    assert.deepEqual(keyed.map(([id, m]) => [id.replace(/^\d+-/, ''), m.parallelism, m.workerThreads]), [['GroupAggregate', 2, 2]]);
    const sources = Object.entries(ex.metrics().nodes).filter(([id]) => /Source:/.test(id));
    assert.ok(sources.length > 0 && sources.every(([, m]) => m.parallelism === undefined), 'sources carry no parallelism');
    meter.update(ex.metrics().nodes);
    const view = meter.view().operators.find((o) => o.name === 'GroupAggregate');
    assert.equal(view?.parallelism, 2);
    assert.equal(view?.workerThreads, 2);

    ex.rescale(1);
    await ex.step();
    assert.deepEqual(keyedOf(ex.metrics()).map(([, m]) => [m.parallelism, m.workerThreads]), [[1, 0]]);
    meter.update(ex.metrics().nodes);
    const after = meter.view().operators.find((o) => o.name === 'GroupAggregate');
    assert.equal(after?.parallelism, 1);
    assert.equal(after?.workerThreads, 0);
  } finally {
    await ex.close();
    lease.close();
    await pool.shutdown();
  }
});

test('without worker threads the subtasks of parallelism 2 run in process: 0 worker threads', async () => {
  const { ex } = await executor(2);
  try {
    await ex.step();
    assert.deepEqual(keyedOf(ex.metrics()).map(([, m]) => [m.parallelism, m.workerThreads]), [[2, 0]]);
  } finally {
    await ex.close();
  }
});
