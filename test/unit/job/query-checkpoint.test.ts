/**
 * A query in the engine host checkpoints with its retained result: stopped and started again
 * on its checkpoint folder, a `LIMIT n` over a stream continues its count where it was (the
 * rows it already has count towards n) and completes once the result has n rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { openTopic } from '../../../engine/connectors/local/local-topic';
import { EngineStatementRunner } from '../../../engine/job/statement-runner';
import type { RunCallbacks } from '../../../engine/pools/runner';
import { ResultStore } from '../../../engine/results/retained-results';
import { runScriptLines } from './script-lines';

async function until(what: string, cond: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('a LIMIT query stopped after some rows and started again from its checkpoint completes with exactly n rows', async () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-query-cp-'));
  await runScriptLines("CREATE TABLE ev (id BIGINT) WITH ('connector' = 'local', 'topic' = 'ev');", { stateDir });
  const topic = openTopic(stateDir, 'ev', 1);
  let next = 1;
  const produce = (n: number) => topic.logs[0]!.append(Array.from({ length: n }, () => ({ key: null, value: Buffer.from(JSON.stringify({ id: next++ })), timestamp: 0 })));
  const { manager } = await openCatalogs({ stateDir });
  const { store } = ResultStore.open(stateDir, { persistEveryMs: 60_000 });
  const runner = new EngineStatementRunner({ catalog: manager, stateDir, results: store });
  const spec = {
    name: 'firsts',
    sql: 'SELECT id FROM ev LIMIT 50',
    pool: 'default',
    principal: 'a',
    parallelism: 1,
    checkpointDir: join(stateDir, 'checkpoints', 'firsts'),
    context: { catalog: 'local', database: 'default', settings: { 'execution.checkpointing.interval': '100 ms' } },
  };
  let completed = false;
  const callbacks: RunCallbacks = { completed: () => (completed = true), failed: (r) => assert.fail(r), degraded: () => undefined, recovered: () => undefined };
  const rows = () => store.get('firsts')?.snapshot().tableRows.length ?? 0;

  produce(30);
  const first = runner.start(spec, callbacks);
  await until('30 rows', () => rows() === 30);
  await first.stop();
  assert.equal(completed, false);

  produce(40);
  runner.start(spec, callbacks);
  await until('the query completed', () => completed);
  const ids = store.get('firsts')!.snapshot().tableRows.map((r) => Number(r[0]));
  assert.deepEqual(ids.sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i + 1), 'the 30 rows it had, then 20 more');
  await store.close();
});
