/**
 * Keyed stages beyond GROUP BY and regular joins: window aggregation, window Top-N and window
 * dedup, window join, interval join, Top-N, dedup and OVER aggregation run as keyed subtasks at
 * parallelism > 1 (build-graph.ts wraps them in KeyedParallelOperator) and give, at
 * parallelism 2, the changelog of parallelism 1 (each key's changes in the same order; keys
 * interleaved differently). Their state splits and merges by key-group range, so a checkpoint
 * taken at 2 restores at 1 and 3 with the same result.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { prepareStatement } from '../../../engine/job/prepare-statement';
import { buildGraph } from '../../../engine/planner/build-graph';
import type { Row, RowKind } from '../../../engine/runtime/changelog';
import { Executor } from '../../../engine/runtime/executor/executor';
import { isRescalable } from '../../../engine/runtime/operators/keyed-parallel';
import { runScriptLines } from './script-lines';

const dir = mkdtempSync(join(tmpdir(), 'tideline-keyed-ops-'));
const T0 = Date.UTC(2024, 0, 1);
const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
// Rows a little out of order (within the watermark's 2 s), 40 users, 3 minutes.
const clicks: string[] = [];
const orders: string[] = [];
for (let i = 0; i < 2400; i++) {
  const t = T0 + i * 75 - ((i * 7919) % 1500);
  clicks.push(`${(i * 31) % 40},/p/${i % 13},${(i * 17) % 100},${stamp(t)}`);
  if (i % 2 === 0) orders.push(`${(i * 13) % 40},${(i * 29) % 500},${stamp(t + ((i * 11) % 900))}`);
}
writeFileSync(join(dir, 'clicks.csv'), clicks.join('\n') + '\n');
writeFileSync(join(dir, 'orders.csv'), orders.join('\n') + '\n');
const DDL = `CREATE TABLE clicks (user_id INT, url STRING, view_time INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '2' SECOND)
WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'clicks.csv')}', 'format' = 'csv');
CREATE TABLE orders (customer_id INT, amount INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '2' SECOND)
WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'orders.csv')}', 'format' = 'csv');
`;

/** Each query with the graph node of the operator that must be a keyed stage. */
const QUERIES: ReadonlyArray<{ name: string; node: string; sql: string }> = [
  {
    name: 'window aggregation',
    node: 'WindowAggregate',
    sql: `SELECT window_start, window_end, user_id, COUNT(*) AS n, SUM(view_time) AS vt FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, user_id`,
  },
  {
    name: 'HOP window aggregation',
    node: 'WindowAggregate',
    sql: `SELECT window_start, window_end, user_id, COUNT(*) AS n, MAX(view_time) AS top FROM TABLE(HOP(TABLE clicks, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '15' SECOND)) GROUP BY window_start, window_end, user_id`,
  },
  {
    name: 'CUMULATE window aggregation',
    node: 'WindowAggregate',
    sql: `SELECT window_start, window_end, user_id, COUNT(*) AS n, SUM(view_time) AS vt FROM TABLE(CUMULATE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '20' SECOND)) GROUP BY window_start, window_end, user_id`,
  },
  {
    name: 'window Top-N',
    node: 'WindowRank',
    sql: `SELECT * FROM (SELECT window_start, window_end, user_id, url, view_time, ROW_NUMBER() OVER (PARTITION BY window_start, window_end, user_id ORDER BY view_time DESC) AS rn FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '20' SECOND))) WHERE rn <= 2`,
  },
  {
    name: 'window dedup',
    node: 'WindowRank',
    sql: `SELECT * FROM (SELECT window_start, window_end, user_id, url, ts, ROW_NUMBER() OVER (PARTITION BY window_start, window_end, user_id ORDER BY ts DESC) AS rn FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '20' SECOND))) WHERE rn = 1`,
  },
  {
    name: 'window join',
    node: 'WindowJoin',
    sql: `SELECT l.window_start, l.user_id, l.url, r.amount FROM (SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '10' SECOND))) l JOIN (SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND))) r ON l.user_id = r.customer_id AND l.window_start = r.window_start AND l.window_end = r.window_end`,
  },
  {
    name: 'interval join',
    node: 'IntervalJoin',
    sql: `SELECT c.user_id, c.url, o.amount FROM clicks c JOIN orders o ON c.user_id = o.customer_id AND o.ts BETWEEN c.ts - INTERVAL '2' SECOND AND c.ts + INTERVAL '1' SECOND`,
  },
  {
    name: 'Top-N',
    node: 'Rank',
    sql: `SELECT user_id, url, view_time, rn FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY view_time DESC) AS rn FROM clicks) WHERE rn <= 3`,
  },
  {
    name: 'dedup',
    node: 'Deduplicate',
    sql: `SELECT user_id, url, ts FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts ASC) AS rn FROM clicks) WHERE rn = 1`,
  },
  {
    name: 'OVER aggregation',
    node: 'OverAggregate',
    sql: `SELECT user_id, ts, COUNT(*) OVER w AS n, SUM(view_time) OVER w AS vt FROM clicks WINDOW w AS (PARTITION BY user_id ORDER BY ts ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)`,
  },
];

const STATE = join(dir, 'state');
const HERE = { catalog: 'local', database: 'default' };
const ready = runScriptLines(DDL, { stateDir: STATE });

const run = async (sql: string) => {
  await ready;
  return runScriptLines(sql, { stateDir: STATE });
};

/**
 * Runs the query's graph in rounds of 64-row polls: `steps` in turn, each at a parallelism for
 * some rounds (the last to the end of input), moving between them in memory (Executor.rescale)
 * or through a JSON checkpoint restored by a new executor. Returns the changes as lines.
 */
async function runScaled(sql: string, steps: ReadonlyArray<{ p: number; rounds: number; via?: 'rescale' | 'checkpoint' }>): Promise<string[]> {
  await ready;
  const { manager } = await openCatalogs({ stateDir: STATE });
  const plan = prepareStatement(sql, HERE, manager).plans[0]!;
  const out: string[] = [];
  const collect = (kinds: RowKind[], rows: Row[]) => rows.forEach((r, i) => out.push(`${kinds[i] ?? 0} ${JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`));
  const build = (p: number) => buildGraph(plan, { collect, parallelism: p, stateDir: STATE }).graph;
  let ex = new Executor(build(steps[0]!.p), { batchSize: 64, idleSleepMs: 0 });
  await ex.open();
  let more = true;
  for (const [i, step] of steps.entries()) {
    if (i > 0) {
      if (step.via === 'checkpoint') {
        const cp = JSON.parse(JSON.stringify(ex.checkpoint())) as ReturnType<Executor['checkpoint']>;
        await ex.close();
        ex = new Executor(build(step.p), { batchSize: 64, idleSleepMs: 0, restore: cp });
        await ex.open();
      } else assert.ok(ex.rescale(step.p) >= 1, 'a keyed stage moved');
    }
    for (let round = 0; more && (i === steps.length - 1 || round < step.rounds); round++) more = await ex.step();
  }
  await ex.close();
  return out;
}

describe('keyed stages: window, join, Top-N, dedup and OVER operators by key group', () => {
  for (const q of QUERIES) {
    test(`${q.name}: a keyed stage at parallelism 2 with the changelog of parallelism 1`, async () => {
      await ready;
      const { manager } = await openCatalogs({ stateDir: STATE });
      const plan = prepareStatement(q.sql, HERE, manager).plans[0]!;
      const { graph } = buildGraph(plan, { collect: () => undefined, parallelism: 2, dryRun: true });
      const node = graph.nodes.find((n) => n.kind === 'operator' && n.id.endsWith(`-${q.node}`));
      assert.ok(node && node.kind === 'operator', `a ${q.node} node in ${graph.nodes.map((n) => n.id).join(', ')}`);
      assert.ok(isRescalable(node.operator) && node.operator.parallelism === 2, `${q.node} runs as 2 keyed subtasks`);

      const one = await run(`${q.sql};`);
      const two = await run(`SET 'parallelism.default' = '2';\n${q.sql};`);
      assert.ok(one.length > 20, `${q.name}: ${one.length} changes`);
      assert.deepEqual([...two].sort(), [...one].sort());
    });

    test(`${q.name}: rescaled while it runs (2 -> 3 -> 1) and restored from checkpoints at other parallelisms, the changes of an unscaled run`, async () => {
      const unscaled = await runScaled(q.sql, [{ p: 1, rounds: 0 }]);
      const rescaled = await runScaled(q.sql, [
        { p: 2, rounds: 8 },
        { p: 3, rounds: 8 },
        { p: 1, rounds: 0 },
      ]);
      const restored = await runScaled(q.sql, [
        { p: 2, rounds: 8 },
        { p: 3, rounds: 8, via: 'checkpoint' },
        { p: 1, rounds: 0, via: 'checkpoint' },
      ]);
      assert.ok(unscaled.length > 20);
      assert.deepEqual([...rescaled].sort(), [...unscaled].sort());
      assert.deepEqual([...restored].sort(), [...unscaled].sort());
    });
  }
});
