/**
 * The autoscaler fed with what a running statement really measures: a GROUP BY over a local
 * topic with 8 partitions reports 8 splits and the records waiting in them (SplitReader.backlog),
 * its arrival rate and what a slot processes while busy. Under a growing backlog it grows to
 * the pool's cap and never above it; once nothing arrives and nothing waits for the idle period
 * it holds no slot (scaled to zero, the pool's CFU in use back to 0), and it wakes up when
 * records arrive again. Each change is the reason of the statement's phase.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { openTopic } from '../../../engine/connectors/local/local-topic';
import { EngineStatementRunner } from '../../../engine/job/statement-runner';
import type { AutoscalerConfig } from '../../../engine/pools/autoscaler';
import { PoolService } from '../../../engine/pools/pool-service';
import type { RunHandle, RunLoad, StatementRunner } from '../../../engine/pools/runner';
import { phaseOf, reasonOf } from '../../../engine/pools/statement-store';
import { ResultStore } from '../../../engine/results/retained-results';

/** Polls `cond` every 5 ms; fails naming `what` after 30 s (a hang is a failure that says where). */
async function until(what: string, cond: () => boolean): Promise<void> {
  const end = Date.now() + 30_000;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

// A backlog counts as demand within a millisecond (the default's 30 s would need millions of records).
const CONFIG: AutoscalerConfig = { drainSeconds: 0.001, shrinkBelow: 0.5, idleMs: 300 };
const CAP = 3;

test('a GROUP BY over an 8-partition local topic grows to the cap under a growing backlog, never above it, and holds no slot when idle', { timeout: 180_000 }, async () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-autoscale-load-'));
  const { manager } = await openCatalogs({ stateDir });
  const { store } = ResultStore.open(stateDir, { persistEveryMs: 60_000 });
  const engine = new EngineStatementRunner({ catalog: manager, stateDir, results: store });
  const handles = new Map<string, RunHandle>();
  const subtasks = new Map<string, number>();
  const runner: StatementRunner = {
    describe: (sql, context) => engine.describe(sql, context),
    start: (spec, callbacks) => {
      const h = engine.start(spec, callbacks);
      subtasks.set(spec.name, spec.parallelism);
      const wrapped: RunHandle = {
        ...h,
        rescale: async (p) => {
          await h.rescale!(p);
          subtasks.set(spec.name, p);
        },
      };
      handles.set(spec.name, wrapped);
      return wrapped;
    },
  };
  const svc = await PoolService.open(join(stateDir, 'pools'), runner);
  await svc.createPool({ name: 'p', maxCfu: CAP });
  const here = { catalog: 'local', database: 'default' };
  await svc.submit({ name: 'ddl', pool: 'p', principal: 'a', sql: "CREATE TABLE load (k BIGINT, v BIGINT) WITH ('connector' = 'local', 'topic' = 'load', 'partitions' = '8')", context: here });
  await until('the DDL to complete', () => phaseOf(svc.statements.require('ddl')) === 'COMPLETED');

  const topic = openTopic(stateDir, 'load', 8);
  assert.equal(topic.logs.length, 8);
  let produced = 0;
  const produce = (n: number) => {
    for (let p = 0; p < 8; p++) {
      const batch = [];
      for (let i = 0; i < n / 8; i++, produced++) batch.push({ key: null, value: Buffer.from(JSON.stringify({ k: produced % 1000, v: produced })), timestamp: 0 });
      topic.logs[p]!.append(batch);
    }
  };
  /**
   * Produces `n` records, and more (doubling) until `measured` gives a positive figure: on a
   * quiet machine a round may read a whole batch before a poll looks (no backlog left), or
   * before the first look (nothing read since, so no throughput measured).
   */
  const produceUntil = async (what: string, n: number, measured: () => number): Promise<number> => {
    for (let size = n; ; size *= 2) {
      produce(size);
      const end = Date.now() + 250;
      while (Date.now() < end) {
        const figure = measured();
        if (figure > 0) return figure;
        await new Promise((r) => setTimeout(r, 2));
      }
      if (size >= 1_024_000) throw new Error(`no ${what} reported after producing ${produced} records`);
    }
  };
  const backlog = () => load()?.backlog ?? 0;
  produce(8_000);
  await svc.submit({ name: 's', pool: 'p', principal: 'a', sql: 'SELECT k, COUNT(*) AS n, SUM(v) AS total FROM load GROUP BY k', context: here });
  assert.equal(phaseOf(svc.statements.require('s')), 'RUNNING');
  const load = (): RunLoad | undefined => handles.get('s')!.load!();
  // it has read some rows, so a slot's throughput is measured
  await produceUntil('throughput per slot', 8_000, () => load()?.throughputPerSlot ?? 0);
  assert.equal(load()!.splits, 8, 'the splits of its source, not the number of sources');

  const held: number[] = [];
  let backlogSeen = 0;
  for (let round = 1; svc.slotsOf('s') < CAP; round++) {
    // more arrives every round than a round reads: the backlog grows
    backlogSeen = Math.max(backlogSeen, await produceUntil('backlog', 8_000 * round, backlog));
    await svc.autoscaleOnce(CONFIG);
    held.push(svc.slotsOf('s'));
    assert.ok(svc.allocator('p').inUse <= CAP, `pool at ${svc.allocator('p').inUse} of ${CAP} CFU`);
    assert.equal(subtasks.get('s'), Math.max(1, svc.slotsOf('s')), 'the statement runs with the slots it holds');
  }
  assert.ok(backlogSeen > 0);
  assert.equal(svc.slotsOf('s'), CAP);
  assert.match(reasonOf(svc.statements.require('s'))!, /^autoscaler: \d -> 3 CFU \(grow: need \d+ for \d+ rec\/s .*\(capped at 3\)\)$/);
  // still under load: it stays at the cap
  await produceUntil('backlog', 16_000, backlog);
  await svc.autoscaleOnce(CONFIG);
  assert.equal(svc.slotsOf('s'), CAP, 'never above the cap');
  assert.equal(svc.scalingOf('s')!.parallelism, 3);

  // nothing arrives any more: once all is read and the idle period passed, no slot is held
  await until('all read and idle', () => load()!.backlog === 0 && load()!.idleForMs >= CONFIG.idleMs);
  const changes = await svc.autoscaleOnce(CONFIG);
  assert.deepEqual(changes.map((c) => [c.statement, c.from, c.to]), [['s', CAP, 0]]);
  assert.equal(svc.allocator('p').inUse, 0, 'scaled to zero');
  assert.equal(subtasks.get('s'), 1, 'one subtask keeps polling its sources in the host');
  assert.equal(phaseOf(svc.statements.require('s')), 'RUNNING');
  assert.match(reasonOf(svc.statements.require('s'))!, /^scaled to zero: idle for \d+ s: scale to zero$/);

  // records arrive again: it wakes up
  produce(8_000);
  await until('new records read', () => load()!.idleForMs < CONFIG.idleMs);
  await svc.autoscaleOnce(CONFIG);
  assert.ok(svc.slotsOf('s') >= 1, 'woke up');
  assert.match(reasonOf(svc.statements.require('s'))!, /^autoscaler: 0 -> \d CFU \(wake up at \d\)$/);

  // the result is every record produced, whatever the parallelism was on the way
  await until('every record counted', () => {
    const rows = store.get('s')?.snapshot().tableRows ?? [];
    return rows.reduce((n, r) => n + Number((r as unknown[])[1]), 0) === produced;
  });
  await svc.stop('s');
  await svc.close();
  await store.close();
});
