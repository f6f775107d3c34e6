/**
 * Keyed parallelism: a GROUP BY (and a join) run with N subtasks behind a key-group exchange,
 * and rescaled mid-stream by redistributing state by key-group ranges, gives the same final
 * table as one subtask, and the same changelog per key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { prepareStatement } from '../../../engine/job/prepare-statement';
import { buildGraph } from '../../../engine/planner/build-graph';
import { ROW_KIND_SYMBOLS, type Row, type RowKind } from '../../../engine/runtime/changelog';
import { Executor } from '../../../engine/runtime/executor/executor';
import type { Checkpoint } from '../../../engine/runtime/executor/checkpoint';
import { KeyedParallelOperator } from '../../../engine/runtime/operators/keyed-parallel';

const clicks = "clicks /*+ OPTIONS('number-of-rows'='4000', 'time-mode'='simulated') */";
const orders = "orders /*+ OPTIONS('number-of-rows'='3000', 'time-mode'='simulated') */";
/** Two keyed stages; the second reads the first's retractions. */
const NESTED = `SELECT n, COUNT(*) AS users, MAX(user_id) AS top_user FROM (SELECT user_id, COUNT(*) AS n FROM ${clicks} GROUP BY user_id) GROUP BY n`;
const GROUP_BY = `SELECT user_id, COUNT(*) AS n, MAX(url) AS last_url FROM ${clicks} GROUP BY user_id`;
const JOIN = `SELECT c.user_id, COUNT(*) AS n FROM ${clicks} AS c JOIN ${orders} AS o ON c.user_id = o.customer_id GROUP BY c.user_id`;

async function planOf(sql: string) {
  const { manager } = await openCatalogs({ stateDir: mkdtempSync(join(tmpdir(), 'tideline-keyed-')) });
  const p = prepareStatement(sql, { catalog: 'examples', database: 'marketplace' }, manager);
  return p.plans[0]!;
}

interface Run {
  /** Changes as `+I[...]` lines in arrival order. */
  readonly changes: string[];
  /** Final table: rows with their multiplicity. */
  readonly table: Map<string, number>;
}

/**
 * Runs the plan with `start` subtasks; before round i (1-based) a rescale to `at[i]` is applied,
 * and with `viaCheckpoint` the job is stopped there, checkpointed to JSON and restored at the new parallelism.
 */
async function run(sql: string, start: number, at: Record<number, number> = {}, viaCheckpoint = false): Promise<Run & { rescaled: number }> {
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
  let parallelism = start;
  let ex = new Executor(buildGraph(plan, { collect, parallelism }).graph, { idleSleepMs: 0, clock: () => 0, batchSize: 100 });
  let rescaled = 0;
  for (let round = 1; ; round++) {
    const to = at[round];
    if (to !== undefined) {
      if (viaCheckpoint) {
        const cp = JSON.parse(JSON.stringify(ex.checkpoint())) as Checkpoint;
        await ex.close();
        ex = new Executor(buildGraph(plan, { collect, parallelism: to }).graph, { idleSleepMs: 0, clock: () => 0, batchSize: 100, restore: cp });
        rescaled++;
      } else rescaled += ex.rescale(to);
      parallelism = to;
    }
    if (!(await ex.step())) break;
  }
  await ex.close();
  return { changes, table, rescaled };
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

test('a GROUP BY at parallelism 1, at 3 and rescaled 1 -> 3 -> 2 mid-stream: the same final table and the same changelog per key', async () => {
  const one = await run(GROUP_BY, 1);
  const three = await run(GROUP_BY, 3);
  const rescaled = await run(GROUP_BY, 1, { 10: 3, 25: 2 });
  assert.ok(one.table.size > 100, `${one.table.size} groups`);
  assert.equal(rescaled.rescaled, 2);
  assert.deepEqual(three.table, one.table);
  assert.deepEqual(rescaled.table, one.table);
  // Each key's changelog is exactly the unscaled one; only keys interleave differently.
  assert.deepEqual(perKey(three.changes, 1), perKey(one.changes, 1));
  assert.deepEqual(perKey(rescaled.changes, 1), perKey(one.changes, 1));
  assert.notDeepEqual(three.changes, one.changes, 'three subtasks interleave keys differently');
});

test('two keyed stages (the second reading retractions) rescaled 1 -> 3 -> 2, in memory and through a JSON checkpoint', async () => {
  const one = await run(NESTED, 1);
  const inMemory = await run(NESTED, 1, { 8: 3, 20: 2 });
  const viaCheckpoint = await run(NESTED, 1, { 8: 3, 20: 2 }, true);
  assert.ok(one.changes.some((c) => c.startsWith('-U')), 'the outer GROUP BY sees and emits retractions');
  assert.equal(inMemory.rescaled, 4, 'both GROUP BYs rescaled twice');
  assert.deepEqual(inMemory.table, one.table);
  assert.deepEqual(viaCheckpoint.table, one.table);
  // The outer stage's input interleaves the inner keys differently at another parallelism, so
  // (as in Flink) only its final result is the same, not its intermediate updates.
});

test('a regular join feeding a GROUP BY, at 1 and rescaled 2 -> 4 -> 1: the same final table', async () => {
  const one = await run(JOIN, 1);
  const rescaled = await run(JOIN, 2, { 5: 4, 15: 1 });
  assert.ok(one.table.size > 10);
  assert.equal(rescaled.rescaled, 4, 'the join and the GROUP BY rescaled twice');
  assert.deepEqual(rescaled.table, one.table);
  assert.deepEqual(perKey(rescaled.changes, 1), perKey(one.changes, 1));
});

test('the keyed stages of a plan are built as subtasks behind a key-group exchange; a keyless aggregate is not', async () => {
  const nodes = (sql: string, parallelism: number) =>
    planOf(sql).then((p) => buildGraph(p, { collect: () => undefined, parallelism, dryRun: true }).graph.nodes.flatMap((n) => (n.kind === 'operator' ? [n.operator] : [])));
  const keyed = (await nodes(GROUP_BY, 3)).filter((o) => o instanceof KeyedParallelOperator);
  assert.deepEqual(keyed.map((o) => (o as KeyedParallelOperator).parallelism), [3]);
  assert.equal((await nodes(`SELECT COUNT(*) FROM ${clicks}`, 3)).filter((o) => o instanceof KeyedParallelOperator).length, 0);
});
