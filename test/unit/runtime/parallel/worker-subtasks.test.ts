/**
 * Keyed subtasks on real worker threads (engine/runtime/parallel/): a GROUP BY, a regular
 * join, TUMBLE and HOP window aggregations, a window Top-N, window and interval joins, a Top-N,
 * a dedup and an OVER aggregation at parallelism 2 on workers give the table and each key's
 * changelog of parallelism 1 in process; a GROUP BY and a window aggregation rescaled
 * 1 -> 2 -> 1 on workers, and a checkpoint taken at 2 and restored at 1, give the unscaled
 * result; late rows a window aggregation drops on workers count in its metrics; the subtasks
 * really ran on worker threads of the pool, which goes back to zero threads when idle; a
 * subtask that throws fails the run with a message naming the operator, and so does a worker
 * thread that ends; the process and the pool go on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { openCatalogs } from '../../../../engine/catalog/setup';
import { prepareStatement } from '../../../../engine/job/prepare-statement';
import { buildGraph } from '../../../../engine/planner/build-graph';
import { WorkerPool } from '../../../../engine/pools/worker-pool';
import { ROW_KIND_SYMBOLS, type Row, type RowKind } from '../../../../engine/runtime/changelog';
import type { Checkpoint } from '../../../../engine/runtime/executor/checkpoint';
import { Executor } from '../../../../engine/runtime/executor/executor';
import { KeyedParallelOperator } from '../../../../engine/runtime/operators/keyed-parallel';
import { Collector, MAX_WATERMARK } from '../../../../engine/runtime/operators/operator';
import { createStageOperator, stageKeys, type KeyedStageSpec } from '../../../../engine/runtime/parallel/stage-spec';
import { WorkerLease } from '../../../../engine/runtime/parallel/worker-lease';
import { subtaskWorkerScript } from '../../../../engine/runtime/parallel/worker-script';
import { repoRoot } from '../../../support/repo-root';

const SCRIPT = subtaskWorkerScript(join(repoRoot(__dirname), 'dist'));

const clicks = "clicks /*+ OPTIONS('number-of-rows'='4000', 'time-mode'='simulated') */";
const orders = "orders /*+ OPTIONS('number-of-rows'='3000', 'time-mode'='simulated') */";
const GROUP_BY = `SELECT user_id, COUNT(*) AS n, MAX(url) AS last_url, SUM(view_time) AS t FROM ${clicks} GROUP BY user_id`;
const JOIN = `SELECT c.user_id, c.url, o.order_id, o.price FROM ${clicks} AS c JOIN ${orders} AS o ON c.user_id = o.customer_id`;
const SEMI = `SELECT user_id, url FROM ${clicks} WHERE user_id IN (SELECT customer_id FROM ${orders} WHERE quantity > 2)`;
/** A semi join feeding an anti join whose other input comes straight from a source. */
const SEMI_ANTI = `${SEMI} AND user_id NOT IN (SELECT customer_id FROM ${orders} WHERE quantity = 1)`;
/** Window TVFs take a table name: the bounded clicks as a CTE. */
const CLICKS = `WITH c AS (SELECT * FROM ${clicks})`;
const TUMBLE_AGG = `${CLICKS} SELECT window_start, window_end, user_id, COUNT(*) AS n, SUM(view_time) AS vt, MAX(url) AS u FROM TABLE(TUMBLE(TABLE c, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, user_id`;
const HOP_AGG = `${CLICKS} SELECT window_start, window_end, user_id, COUNT(*) AS n, MAX(view_time) AS top FROM TABLE(HOP(TABLE c, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '15' SECOND)) GROUP BY window_start, window_end, user_id`;
const WINDOW_TOP_N = `${CLICKS} SELECT * FROM (SELECT window_start, window_end, user_id, url, view_time, ROW_NUMBER() OVER (PARTITION BY window_start, window_end, user_id ORDER BY view_time DESC) AS rn FROM TABLE(TUMBLE(TABLE c, DESCRIPTOR(ts), INTERVAL '20' SECOND))) WHERE rn <= 2`;
const WINDOW_JOIN = `${CLICKS}, o AS (SELECT * FROM ${orders}) SELECT l.window_start, l.user_id, l.url, r.order_id, r.price FROM (SELECT * FROM TABLE(TUMBLE(TABLE c, DESCRIPTOR(ts), INTERVAL '10' SECOND))) l JOIN (SELECT * FROM TABLE(TUMBLE(TABLE o, DESCRIPTOR(order_time), INTERVAL '10' SECOND))) r ON l.user_id = r.customer_id AND l.window_start = r.window_start AND l.window_end = r.window_end`;
const INTERVAL_JOIN = `SELECT c.user_id, c.url, o.order_id, o.price FROM ${clicks} AS c JOIN ${orders} AS o ON c.user_id = o.customer_id AND o.order_time BETWEEN c.ts - INTERVAL '2' SECOND AND c.ts + INTERVAL '1' SECOND`;
const DEDUP = `SELECT user_id, url, ts FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts ASC) AS rn FROM ${clicks}) WHERE rn = 1`;
const TOP_N = `SELECT user_id, url, view_time, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY view_time DESC) AS rn FROM ${clicks}) WHERE rn <= 3`;
const OVER = `SELECT user_id, ts, COUNT(*) OVER w AS n, SUM(view_time) OVER w AS vt FROM ${clicks} WINDOW w AS (PARTITION BY user_id ORDER BY ts ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)`;
const THROWS = `SELECT c.user_id, o.order_id FROM ${clicks} AS c JOIN ${orders} AS o ON c.user_id = o.customer_id AND CAST(CONCAT(c.url, o.order_id) AS INT) > 0`;

async function planOf(sql: string) {
  const { manager } = await openCatalogs({ stateDir: mkdtempSync(join(tmpdir(), 'tideline-workers-')) });
  return prepareStatement(sql, { catalog: 'examples', database: 'marketplace' }, manager).plans[0]!;
}

function newPool(): WorkerPool {
  assert.ok(SCRIPT, 'dist/subtask-worker.js is built (npm run build)');
  return new WorkerPool({ script: SCRIPT, maxWorkers: 4, idleMs: 100 });
}

interface Run {
  readonly changes: string[];
  readonly table: Map<string, number>;
  /** Threads the keyed subtasks answered from, seen at any round. */
  readonly threads: Set<number>;
  /** Workers the job held at its widest. */
  readonly maxLeased: number;
}

/**
 * Runs `sql` starting at `start` subtasks (on the pool's workers when given); before round i a
 * rescale to `at[i]`, in place or (`viaCheckpoint`) through a JSON checkpoint restored by a new executor.
 */
async function run(sql: string, start: number, pool?: WorkerPool, at: Record<number, number> = {}, viaCheckpoint = false): Promise<Run> {
  const plan = await planOf(sql);
  const changes: string[] = [];
  const table = new Map<string, number>();
  const collect = (kinds: RowKind[], rows: Row[]) => {
    rows.forEach((r, i) => {
      const k = kinds[i]!;
      const text = JSON.stringify(r);
      changes.push(`${ROW_KIND_SYMBOLS[k]}${text}`);
      table.set(text, (table.get(text) ?? 0) + (k === 0 || k === 2 ? 1 : -1));
      if (table.get(text) === 0) table.delete(text);
    });
  };
  const threads = new Set<number>();
  let maxLeased = 0;
  let lease = pool ? new WorkerLease(pool) : undefined;
  const build = (parallelism: number, restore?: Checkpoint) => {
    const { graph } = buildGraph(plan, { collect, parallelism, ...(lease ? { workers: lease } : {}) });
    const keyed = graph.nodes.flatMap((n) => (n.kind === 'operator' && n.operator instanceof KeyedParallelOperator ? [n.operator] : []));
    return { ex: new Executor(graph, { idleSleepMs: 0, clock: () => 0, batchSize: 100, ...(restore ? { restore } : {}) }), keyed };
  };
  let { ex, keyed } = build(start);
  assert.ok(keyed.length > 0, 'the plan has a keyed stage');
  try {
    for (let round = 1; ; round++) {
      const to = at[round];
      if (to !== undefined) {
        // Everything sent so far answered: the threads that answered are seen before the subtasks move.
        await ex.settle();
        for (const k of keyed) for (const t of k.workerThreads) if (t >= 0) threads.add(t);
        if (viaCheckpoint) {
          const cp = JSON.parse(JSON.stringify(ex.checkpoint())) as Checkpoint;
          await ex.close();
          lease?.close();
          lease = pool ? new WorkerLease(pool) : undefined;
          ({ ex, keyed } = build(to, cp));
        } else ex.rescale(to);
      }
      const more = await ex.step();
      for (const k of keyed) for (const t of k.workerThreads) if (t >= 0) threads.add(t); // -1: not answered yet
      maxLeased = Math.max(maxLeased, lease?.size ?? 0);
      if (!more) break;
    }
  } finally {
    await ex.close();
    lease?.close();
  }
  return { changes, table, threads, maxLeased };
}

/** The changes of each key (the first `keyArity` columns), in order. */
function perKey(changes: readonly string[], keyArity: number): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const c of changes) {
    const row = JSON.parse(c.slice(2)) as unknown[];
    const k = JSON.stringify(row.slice(0, keyArity));
    (m.get(k) ?? m.set(k, []).get(k)!).push(c);
  }
  return m;
}

test('a GROUP BY at parallelism 2 on worker threads: the table and each key\'s changelog of parallelism 1; the pool goes back to zero threads', async () => {
  const pool = newPool();
  try {
    const one = await run(GROUP_BY, 1);
    const two = await run(GROUP_BY, 2, pool);
    assert.ok(one.table.size > 100, `${one.table.size} groups`);
    assert.deepEqual(two.table, one.table);
    assert.deepEqual(perKey(two.changes, 1), perKey(one.changes, 1));
    // Really on two worker threads of the pool, not on this one.
    assert.equal(two.maxLeased, 2);
    assert.equal(two.threads.size, 2, `threads ${[...two.threads].join(', ')}`);
    assert.ok(!two.threads.has(threadId));
    assert.equal(pool.started, 2);
    // Released when the job ended, stopped after the idle time.
    assert.equal(pool.busy, 0);
    await pool.whenIdle();
    assert.equal(pool.alive, 0);
  } finally {
    await pool.shutdown();
  }
});

test('a regular join at parallelism 2 on worker threads: the table and each key\'s changelog of parallelism 1', async () => {
  const pool = newPool();
  try {
    const one = await run(JOIN, 1);
    const two = await run(JOIN, 2, pool);
    assert.ok(one.table.size > 100, `${one.table.size} joined rows`);
    assert.deepEqual(two.table, one.table);
    assert.deepEqual(perKey(two.changes, 1), perKey(one.changes, 1));
    assert.equal(two.threads.size, 2);
  } finally {
    await pool.shutdown();
  }
});

test('a semi join (IN) at parallelism 2 on worker threads: the table and each key\'s changelog of parallelism 1; chained with an anti join (NOT IN), the table', async () => {
  const pool = newPool();
  try {
    const one = await run(SEMI, 1);
    const two = await run(SEMI, 2, pool);
    assert.ok(one.table.size > 10, `${one.table.size} rows`);
    assert.deepEqual(two.table, one.table);
    assert.deepEqual(perKey(two.changes, 1), perKey(one.changes, 1));
    assert.equal(two.threads.size, 2);
    // Chained, the anti join sees the semi join's rows later than its other input's (they come
    // back from the workers), so as in Flink only its final result is the same.
    const chainOne = await run(SEMI_ANTI, 1);
    const chainTwo = await run(SEMI_ANTI, 2, pool);
    assert.ok(chainOne.table.size > 10 && chainOne.table.size < one.table.size);
    assert.deepEqual(chainTwo.table, chainOne.table);
  } finally {
    await pool.shutdown();
  }
});

test('a GROUP BY rescaled 1 -> 2 -> 1 on worker threads while it runs: the result of an unscaled run', async () => {
  const pool = newPool();
  try {
    const one = await run(GROUP_BY, 1);
    const rescaled = await run(GROUP_BY, 1, pool, { 10: 2, 25: 1 });
    assert.deepEqual(rescaled.table, one.table);
    assert.deepEqual(perKey(rescaled.changes, 1), perKey(one.changes, 1));
    assert.equal(rescaled.threads.size, 2, 'ran on two workers between the rescales');
    assert.equal(rescaled.maxLeased, 2);
    // Back at 1 the stage runs in process: the workers went back to the pool before the end.
    assert.equal(pool.busy, 0);
  } finally {
    await pool.shutdown();
  }
});

test('a checkpoint taken at parallelism 2 on worker threads restores at parallelism 1 (and back at 2)', async () => {
  const pool = newPool();
  try {
    const one = await run(GROUP_BY, 1);
    const down = await run(GROUP_BY, 2, pool, { 12: 1 }, true);
    const up = await run(GROUP_BY, 1, pool, { 12: 2 }, true);
    assert.deepEqual(down.table, one.table);
    assert.deepEqual(perKey(down.changes, 1), perKey(one.changes, 1));
    assert.deepEqual(up.table, one.table);
    assert.equal(down.threads.size, 2);
    assert.equal(up.threads.size, 2);
  } finally {
    await pool.shutdown();
  }
});

test('a subtask that throws on a worker fails the run with the operator named; the process and the pool go on', async () => {
  const pool = newPool();
  try {
    await assert.rejects(run(THROWS, 2, pool), (e: Error) => {
      assert.match(e.message, /^Join\(INNER\) subtask [12]\/2 failed on worker thread \d+: Cannot cast '.*' to INT/);
      return true;
    });
    assert.equal(pool.busy, 0, 'the failed job gave its workers back');
    const again = await run(GROUP_BY, 2, pool);
    const one = await run(GROUP_BY, 1);
    assert.deepEqual(again.table, one.table);
  } finally {
    await pool.shutdown();
  }
});

test('a worker thread that ends while the statement runs fails it, naming the operator; the process goes on', async () => {
  const pool = newPool();
  try {
    const plan = await planOf(GROUP_BY);
    const lease = new WorkerLease(pool);
    const { graph } = buildGraph(plan, { collect: () => undefined, parallelism: 2, workers: lease });
    const ex = new Executor(graph, { idleSleepMs: 0, clock: () => 0, batchSize: 100 });
    for (let i = 0; i < 5; i++) assert.ok(await ex.step());
    assert.equal(lease.workers.length, 2);
    const victim = lease.workers[1]!;
    const exited = new Promise((resolve) => victim.once('exit', resolve));
    await victim.terminate();
    await exited;
    await assert.rejects(
      (async () => {
        while (await ex.step());
      })(),
      /GroupAggregate subtask 2\/2 failed: its worker thread ended \(exit code \d+\)/,
    );
    await ex.close();
    lease.close();
    assert.equal(pool.busy, 0);
    assert.equal(pool.alive, 1, 'the other worker lives on, idle');
  } finally {
    await pool.shutdown();
  }
});


/**
 * Stages that emit on watermarks and processing time (windows, timers): each key's changelog
 * (the first `keyArity` columns) at 2 on two worker threads, not this one, is that of 1.
 */
for (const { name, sql, keyArity } of [
  { name: 'a TUMBLE window aggregation', sql: TUMBLE_AGG, keyArity: 3 },
  { name: 'a HOP window aggregation', sql: HOP_AGG, keyArity: 3 },
  { name: 'a Top-N', sql: TOP_N, keyArity: 1 },
  { name: 'an OVER aggregation', sql: OVER, keyArity: 1 },
  { name: 'a window Top-N', sql: WINDOW_TOP_N, keyArity: 3 },
  { name: 'a window join', sql: WINDOW_JOIN, keyArity: 2 },
  { name: 'an interval join', sql: INTERVAL_JOIN, keyArity: 1 },
  { name: 'a dedup', sql: DEDUP, keyArity: 1 },
]) {
  test(`${name} at parallelism 2 on worker threads: the table and each key's changelog of parallelism 1`, async () => {
    const pool = newPool();
    try {
      const one = await run(sql, 1);
      const two = await run(sql, 2, pool);
      assert.ok(one.changes.length > 100, `${one.changes.length} changes`);
      assert.deepEqual(two.table, one.table);
      const sorted = (m: Map<string, string[]>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      assert.deepEqual(sorted(perKey(two.changes, keyArity)), sorted(perKey(one.changes, keyArity)));
      assert.equal(two.maxLeased, 2);
      assert.equal(two.threads.size, 2, `threads ${[...two.threads].join(', ')}`);
      assert.ok(!two.threads.has(threadId));
    } finally {
      await pool.shutdown();
    }
  });
}

test('a TUMBLE window aggregation rescaled 1 -> 2 -> 1 on worker threads while it runs: the result of an unscaled run', async () => {
  const pool = newPool();
  try {
    const one = await run(TUMBLE_AGG, 1);
    const rescaled = await run(TUMBLE_AGG, 1, pool, { 10: 2, 25: 1 });
    assert.ok(one.table.size > 100, `${one.table.size} windows`);
    assert.deepEqual(rescaled.table, one.table);
    assert.deepEqual(perKey(rescaled.changes, 3), perKey(one.changes, 3));
    assert.equal(rescaled.threads.size, 2, 'ran on two workers between the rescales');
    assert.ok(!rescaled.threads.has(threadId));
    assert.equal(pool.busy, 0);
  } finally {
    await pool.shutdown();
  }
});

test('late rows a window aggregation drops on worker threads count in the stage metrics, as at parallelism 1', async () => {
  const spec: KeyedStageSpec = {
    op: 'windowAggregate',
    spec: { window: { kind: 'TUMBLE', sizeMs: 10_000 }, timeColumn: 1, groupKeys: [0], aggs: [{ fn: 'COUNT', args: [], type: { kind: 'BIGINT', nullable: false } }] },
  };
  const users = Array.from({ length: 20 }, (_, u) => u);
  const feed = (op: KeyedParallelOperator) => {
    const out = new Collector();
    const metrics = { recordsIn: 0, recordsOut: 0, lateDropped: 0 };
    op.open({ out, metrics, now: () => 0 });
    op.processBatch(0, undefined, users.flatMap((u) => [[u, 1_000 + u], [u, 9_000 + u]]));
    op.processWatermark(10_000); // the window [0, 10 s) fires
    op.processBatch(0, undefined, users.map((u) => [u, 500])); // late: its window fired
    op.processBatch(0, undefined, users.map((u) => [u, 12_000]));
    op.processWatermark(MAX_WATERMARK);
    op.endInput();
    const threads = op.workerThreads;
    op.close();
    const rows = out.drain().rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).sort();
    return { rows, late: metrics.lateDropped, threads };
  };
  const pool = newPool();
  const lease = new WorkerLease(pool);
  try {
    const one = feed(new KeyedParallelOperator(() => createStageOperator(spec), stageKeys(spec), 1));
    const two = feed(new KeyedParallelOperator(() => createStageOperator(spec), stageKeys(spec), 2, { spec, lease, timedOutput: true }));
    assert.equal(one.late, 20);
    assert.equal(two.late, 20);
    assert.equal(one.rows.length, 40);
    assert.deepEqual(two.rows, one.rows);
    assert.equal(new Set(two.threads).size, 2);
    assert.ok(!two.threads.includes(threadId));
  } finally {
    lease.close();
    await pool.shutdown();
  }
});
