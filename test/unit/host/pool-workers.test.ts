/**
 * pools/get and pools/list say how many worker threads a pool's statements hold and how many
 * the host has alive: the built host (dist/engine-host.js, autoscaler rounds a day apart so the
 * statement keeps the parallelism it started with) runs a self-join over a 4-partition local
 * topic in a 2-CFU pool: it starts at 2 slots, its keyed stages report parallelism 2 on 2 worker
 * threads, its sources spread their partitions over subtasks 0 and 1, and the pool holds 2
 * threads; stopped, the pool holds none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, startHost } from '../../support/host-process';


async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface PoolAnswer {
  name: string;
  cfuInUse: number;
  workerThreads: number;
  workerThreadsAlive: number;
}

interface Operator {
  id: string;
  parallelism?: number;
  workerThreads?: number;
  splitReaders?: { split: string; subtask: number }[];
}

interface Statement {
  phase: string;
  cfu: number;
  metrics?: { operators: Operator[] };
}

test('a pool says how many worker threads its running statements hold and how many the host has alive', async () => {
  const host = startHost(mkdtempSync(join(tmpdir(), 'tideline-pool-workers-')), { TIDELINE_AUTOSCALE_INTERVAL_MS: '86400000' });
  try {
    await call(host, 'pools/create', { name: 'p', maxCfu: 2 });
    for (const [name, sql] of [
      ['make-src', "CREATE TABLE src (id BIGINT, v STRING) WITH ('connector' = 'local', 'topic' = 'src', 'partitions' = '4')"],
      ['make-gen', "CREATE TABLE gen (id BIGINT, v STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '2000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '2000')"],
      ['fill', 'INSERT INTO src SELECT id, v FROM gen'],
    ]) {
      await call(host, 'statements/submit', { name, sql, pool: 'p' });
      await until(`${name} COMPLETED`, async () => ((await call<Statement>(host, 'statements/get', { name })).phase === 'COMPLETED' ? true : undefined));
    }
    const idle = await call<PoolAnswer>(host, 'pools/get', { name: 'p' });
    assert.equal(idle.workerThreads, 0);

    // Two sources: it starts at 2 slots, the pool's cap.
    await call(host, 'statements/submit', { name: 'joined', pool: 'p', sql: 'SELECT a.id, COUNT(*) AS n FROM src AS a JOIN src AS b ON a.id = b.id GROUP BY a.id' });
    const s = await until('the keyed stages on worker threads', async () => {
      const got = await call<Statement>(host, 'statements/get', { name: 'joined' });
      const keyed = got.metrics?.operators.filter((o) => o.parallelism !== undefined) ?? [];
      return keyed.length > 0 && keyed.every((o) => o.workerThreads === 2) ? got : undefined;
    });
    assert.equal(s.cfu, 2);
    assert.deepEqual(s.metrics!.operators.filter((o) => o.parallelism !== undefined).map((o) => o.parallelism), [2, 2], 'the join and the GROUP BY at 2');
    const sources = s.metrics!.operators.filter((o) => o.splitReaders !== undefined);
    assert.equal(sources.length, 2);
    for (const src of sources) assert.deepEqual(src.splitReaders!.map((r) => `${r.split}@${r.subtask}`).sort(), ['partition-0@0', 'partition-1@1', 'partition-2@0', 'partition-3@1']);

    const pool = await call<PoolAnswer>(host, 'pools/get', { name: 'p' });
    assert.equal(pool.cfuInUse, 2);
    assert.equal(pool.workerThreads, 2, 'two worker threads held by the statement');
    assert.ok(pool.workerThreadsAlive >= 2, `${pool.workerThreadsAlive} alive`);
    const listed = (await call<{ pools: PoolAnswer[] }>(host, 'pools/list')).pools;
    assert.equal(listed.find((x) => x.name === 'p')?.workerThreads, 2);
    assert.equal(listed.find((x) => x.name === 'default')?.workerThreads, 0, 'threads are counted in the pool of the statement that holds them');

    await call(host, 'statements/stop', { name: 'joined' });
    await until('joined STOPPED', async () => ((await call<Statement>(host, 'statements/get', { name: 'joined' })).phase === 'STOPPED' ? true : undefined));
    assert.equal((await call<PoolAnswer>(host, 'pools/get', { name: 'p' })).workerThreads, 0);
  } finally {
    host.child.kill('SIGKILL');
    await once(host.child, 'exit');
  }
});
