/**
 * The host's periodic autoscaler loop: its period and idle time come from the environment
 * (bad values are said and replaced by the defaults), and each round applies the policy's
 * decision to running statements within the pool's cap, with the reason on the statement.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { housekeepingSettings, startHousekeeping } from '../../../engine/host/housekeeping';
import { DEFAULT_AUTOSCALER } from '../../../engine/pools/autoscaler';
import { PoolService } from '../../../engine/pools/pool-service';
import { reasonOf } from '../../../engine/pools/statement-store';
import { FakeRunner } from '../pools/fake-runner';

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 2));
}

test('housekeeping settings from the environment', () => {
  const said: string[] = [];
  assert.deepEqual(housekeepingSettings({}, (m) => said.push(m)), { intervalMs: 5000, autoscaler: DEFAULT_AUTOSCALER });
  const s = housekeepingSettings({ TIDELINE_AUTOSCALE_INTERVAL_MS: '250', TIDELINE_AUTOSCALE_IDLE_MS: '2000', TIDELINE_AUTOSCALE_DRAIN_MS: '500' }, (m) => said.push(m));
  assert.equal(s.intervalMs, 250);
  assert.equal(s.autoscaler.idleMs, 2000);
  assert.equal(s.autoscaler.drainSeconds, 0.5);
  assert.equal(said.length, 0);
  assert.equal(housekeepingSettings({ TIDELINE_AUTOSCALE_INTERVAL_MS: 'soon' }, (m) => said.push(m)).intervalMs, 5000);
  assert.match(said[0]!, /^TIDELINE_AUTOSCALE_INTERVAL_MS=soon is not a whole number of milliseconds from 10 to 86400000; using 5000$/);
});

test('the loop grows a loaded statement to the cap (never above), then scales it to zero when idle; the reason is on the statement', async () => {
  const runner = new FakeRunner();
  const svc = await PoolService.open(mkdtempSync(join(tmpdir(), 'tideline-hk-')), runner);
  await svc.createPool({ name: 'p', maxCfu: 3 });
  await svc.submit({ name: 's', pool: 'p', principal: 'a', sql: 'SELECT 1 /* splits=1 */' });
  runner.loads.set('s', { inputRate: 100, backlog: 1_000_000, throughputPerSlot: 1000, idleForMs: 0, splits: 8 });
  const seen = new Set<number>();
  const stop = startHousekeeping(svc, { intervalMs: 10, autoscaler: { ...DEFAULT_AUTOSCALER, idleMs: 1000 } }, () => undefined);
  try {
    await until(() => {
      seen.add(svc.allocator('p').inUse);
      return svc.slotsOf('s') === 3 && runner.parallelism.get('s') === 3;
    });
    assert.ok(Math.max(...seen) <= 3);
    assert.equal(runner.parallelism.get('s'), 3);
    assert.match(reasonOf(svc.statements.require('s'))!, /^autoscaler: 1 -> 3 CFU \(grow: need 34 for 33433 rec\/s at 1000 rec\/s per slot \(capped at 3\)\)$/);
    assert.deepEqual(svc.scalingOf('s')?.parallelism, 3);
    runner.loads.set('s', { inputRate: 0, backlog: 0, throughputPerSlot: 1000, idleForMs: 1000, splits: 8 });
    await until(() => svc.allocator('p').inUse === 0 && runner.parallelism.get('s') === 1);
    assert.equal(runner.parallelism.get('s'), 1);
    assert.match(reasonOf(svc.statements.require('s'))!, /^scaled to zero: idle for 1 s: scale to zero$/);
  } finally {
    stop();
  }
  await svc.stop('s');
  await svc.close();
});
