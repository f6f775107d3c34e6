/**
 * The host's autoscaler path end to end: PoolService.autoscaleOnce decides from a statement's
 * load and rescales a running engine statement through its RunHandle, which moves the keyed
 * state of its join and GROUP BY to the new parallelism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { EngineStatementRunner } from '../../../engine/job/statement-runner';
import { PoolService } from '../../../engine/pools/pool-service';
import type { RunLoad, StatementRunner } from '../../../engine/pools/runner';
import { phaseOf } from '../../../engine/pools/statement-store';
import { ResultStore } from '../../../engine/results/retained-results';

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
}

test('autoscaleOnce shrinks a running two-source statement from 2 to 1 subtasks through the engine runner', async () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-autoscale-'));
  const { manager } = await openCatalogs({ stateDir });
  const { store } = ResultStore.open(stateDir, { persistEveryMs: 60_000 });
  const log: string[] = [];
  const engine = new EngineStatementRunner({ catalog: manager, stateDir, results: store, log: (m) => log.push(m) });
  // The engine's own measurement, replaced by a load one slot handles easily (the policy is tested on its own).
  const light: RunLoad = { inputRate: 100, backlog: 0, throughputPerSlot: 10_000, idleForMs: 0 };
  const runner: StatementRunner = {
    describe: (sql, context) => engine.describe(sql, context),
    start: (spec, callbacks) => ({ ...engine.start(spec, callbacks), load: () => light }),
  };
  const svc = await PoolService.open(join(stateDir, 'pools'), runner);
  await svc.createPool({ name: 'p', maxCfu: 4 });
  const sql =
    "SELECT c.user_id, COUNT(*) AS n FROM clicks /*+ OPTIONS('time-mode'='simulated') */ AS c JOIN orders /*+ OPTIONS('time-mode'='simulated') */ AS o ON c.user_id = o.customer_id GROUP BY c.user_id";
  await svc.submit({ name: 's', pool: 'p', principal: 'a', sql, context: { catalog: 'examples', database: 'marketplace' } });
  await until(() => phaseOf(svc.statements.require('s')) === 'RUNNING' && (engine.metrics('s')?.rows ?? 0) > 0);
  assert.equal(svc.allocator('p').slotsOf('s'), 2, 'two sources: started at 2');
  const changes = await svc.autoscaleOnce();
  assert.deepEqual(changes.map((c) => [c.statement, c.from, c.to]), [['s', 2, 1]]);
  assert.equal(svc.allocator('p').slotsOf('s'), 1);
  // a query in the host is checkpointed, its retained result with it: the rescale writes a checkpoint first
  assert.match(log.join('\n'), /statement s: parallelism 2 -> 1 \(checkpoint \d+ first, 2 keyed operators moved, paused [\d.]+ ms\)/);
  await svc.stop('s');
  await svc.close();
  await store.close();
});
