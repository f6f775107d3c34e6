/**
 * Queries are checkpointed in the host: the built host (dist/engine-host.js) runs a GROUP BY
 * query over a local topic read from its latest offset (rows written after the query started
 * only) while an INSERT keeps writing into that topic, and is SIGKILLed once the query has
 * checkpointed. Started again, the query resumes from its checkpoint (state, source positions
 * and retained result together) and its retained result ends equal to one uninterrupted run
 * over the same rows. Run from the start instead, it would have missed the rows written before
 * the crash (they are before the latest offset); resumed without its retained result rolled
 * back to the checkpoint's, it would lack the keys (most seen once) only counted before it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HostProcess, call, startHost, until } from '../../support/host-process';

const ROWS = 3000;

interface Statement {
  phase: string;
  metrics?: { operators: unknown[] };
}

interface Snapshot {
  phase: string;
  tableRows: unknown[][];
}

const get = (h: HostProcess, name: string) => call<Statement>(h, 'statements/get', { name });
const result = (h: HostProcess, name: string) => call<Snapshot>(h, 'results/subscribe', { name });
/** The table as [k, n, total] rows in key order. */
const table = (s: Snapshot) => s.tableRows.map((r) => r.map(Number)).sort((a, b) => a[0]! - b[0]!);
const counted = (s: Snapshot) => table(s).reduce((n, r) => n + r[1]!, 0);

const checkpointed = (state: string, name: string) => {
  const dir = join(state, 'checkpoints', name);
  return existsSync(dir) && readdirSync(dir).some((f) => /^chk-\d+\.json$/.test(f));
};

const AGG = 'SELECT k, COUNT(*) AS n, SUM(v) AS total FROM src';

test('SIGKILL during a running GROUP BY query, restart: it resumes from its checkpoint and its retained result equals an uninterrupted run', async () => {
  const state = mkdtempSync(join(tmpdir(), 'tideline-query-crash-'));
  const first = startHost(state);
  let before = 0;
  try {
    for (const [name, sql] of [
      ['make-src', "CREATE TABLE src (k BIGINT, v BIGINT) WITH ('connector' = 'local', 'topic' = 'qsrc', 'partitions' = '2')"],
      [
        'make-gen',
        `CREATE TABLE gen (k BIGINT, v BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '${ROWS}', 'rows-per-second' = '1000', 'fields.k.min' = '1', 'fields.k.max' = '5000', 'fields.v.kind' = 'sequence', 'fields.v.start' = '1', 'fields.v.end' = '${ROWS}')`,
      ],
    ]) {
      await call(first, 'statements/submit', { name, sql });
      await until(`${name} COMPLETED`, async () => (await get(first, name!)).phase === 'COMPLETED');
    }
    await call(first, 'statements/submit', {
      name: 'agg',
      sql: `${AGG} /*+ OPTIONS('scan.startup.mode' = 'latest-offset') */ GROUP BY k`,
      context: { settings: { 'execution.checkpointing.interval': '100 ms' } },
    });
    // its readers are open at the latest offset before anything is written
    await until('agg reading', async () => ((await get(first, 'agg')).metrics?.operators.length ?? 0) > 0);
    await call(first, 'statements/submit', { name: 'fill', sql: 'INSERT INTO src SELECT k, v FROM gen', context: { settings: { 'execution.checkpointing.interval': '100 ms' } } });
    await until('agg checkpointed with rows', async () => checkpointed(state, 'agg') && counted(await result(first, 'agg')) > 200);
    before = counted(await result(first, 'agg'));
    assert.ok(before < ROWS, 'killed while rows still arrive');
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
  } finally {
    if (first.child.exitCode === null && first.child.signalCode === null) {
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');
    }
  }

  const second = startHost(state);
  try {
    await until('fill COMPLETED', async () => (await get(second, 'fill')).phase === 'COMPLETED');
    assert.equal((await get(second, 'agg')).phase, 'RUNNING');
    assert.match(second.stderr(), /statement agg: resuming from checkpoint \d+/);
    // every row written reaches the resumed query once
    await until('agg counted every row', async () => counted(await result(second, 'agg')) >= ROWS);
    await new Promise((r) => setTimeout(r, 300));
    const resumed = await result(second, 'agg');
    assert.equal(counted(resumed), ROWS);
    // one uninterrupted run over the same rows
    await call(second, 'statements/submit', { name: 'ref', sql: `${AGG} /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */ GROUP BY k` });
    await until('ref COMPLETED', async () => (await get(second, 'ref')).phase === 'COMPLETED');
    const reference = await result(second, 'ref');
    assert.equal(counted(reference), ROWS);
    assert.deepEqual(table(resumed), table(reference));
    await call(second, 'statements/stop', { name: 'agg' });
  } finally {
    second.child.stdin!.end();
    await once(second.child, 'exit');
  }
});
