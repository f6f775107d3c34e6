/**
 * Keyed parallelism and rescaling (figures only; never asserted).
 *
 * throughput: Nexmark q1 (no keyed stage), q4 (join + two GROUP BYs), q5 (window aggregates
 *   + a keyed join) and a plain GROUP BY over bids, over the nexmark generator (simulated time,
 *   bounded), at 1 keyed subtask, at 2 in process (runtime/operators/keyed-parallel.ts: the
 *   subtasks share one thread, so that ratio is the cost of the key-group exchange) and at 2 on
 *   worker threads of a WorkerPool (runtime/parallel/): events/s, median of 3 alternating runs,
 *   ratios against 1 subtask. The load average is printed: the figures are only as quiet as the
 *   machine was.
 * pause: a GROUP BY over bids rescaled 1 -> 2 -> 1 while it runs, at growing state sizes, in
 *   process and on workers: the pause (state snapshot, redistribution by key-group range,
 *   restore, and on workers the subtasks' outputs settled first) per rescale.
 * transfer: what moving rows to a worker thread costs: structuredClone (the serializer
 *   postMessage uses) and the binary batch codec (runtime/parallel/batch-codec.ts, encode +
 *   decode) of the bid batches, as a ratio of the GROUP BY's whole time per row.
 *
 * Run: node out/test/bench/rescale.js [events]   (default 400,000; needs dist/subtask-worker.js: npm run build)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../engine/catalog/setup';
import type { CatalogManager } from '../../engine/catalog/manager';
import { createExampleSource } from '../../engine/connectors/examples/examples-connector';
import type { ScriptOutput } from '../../engine/job/output';
import { prepareStatement } from '../../engine/job/prepare-statement';
import { RescaleRequests, type RescaleResult } from '../../engine/job/rescale-requests';
import { runQueryPlan } from '../../engine/job/run-plan';
import { runScript } from '../../engine/job/run-script';
import type { Row } from '../../engine/runtime/changelog';
import { WorkerPool } from '../../engine/pools/worker-pool';
import { BatchEncoder, decodeBatch } from '../../engine/runtime/parallel/batch-codec';
import { subtaskWorkerScript } from '../../engine/runtime/parallel/worker-script';
import { repoRoot } from '../support/repo-root';
import { NEXMARK_QUERIES, nexmarkTableDdl, type NexmarkTable } from './nexmark-queries';

const EVENTS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 400_000);
const GROUP_BY = { name: 'groupby', what: 'COUNT, MAX, SUM per auction', tables: ['bid'] as NexmarkTable[], select: 'SELECT auction, COUNT(*) AS n, MAX(price) AS top, SUM(price) AS total FROM bid GROUP BY auction' };
const QUERIES = [...NEXMARK_QUERIES.filter((q) => ['q1', 'q4', 'q5'].includes(q.name)), GROUP_BY];

const SCRIPT = subtaskWorkerScript(join(repoRoot(__dirname), 'dist'));
if (SCRIPT === undefined) throw new Error('dist/subtask-worker.js is missing: npm run build');
/** The keyed subtasks' worker threads (as the engine host's embedded pool). */
const workers = new WorkerPool({ script: SCRIPT, maxWorkers: 2, idleMs: 5000 });
const load = () => loadavg().map((x) => x.toFixed(1)).join(' / ');

const med = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function output(onChanges?: (rows: number) => void): ScriptOutput {
  let rows = 0;
  return {
    beginQuery() {},
    changes(_k, r) {
      rows += r.length;
      onChanges?.(rows);
    },
    endQuery() {},
    message() {},
    table() {},
    text() {},
  };
}

/** A fresh catalog with the nexmark tables over the generator, bounded at `events`. */
async function catalogWith(tables: readonly NexmarkTable[], events: number): Promise<{ manager: CatalogManager; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-bench-rescale-'));
  const { manager } = await openCatalogs({ stateDir: dir });
  const ddl = tables.map((t) => nexmarkTableDdl(t, { connector: 'examples', table: `nexmark.${t}`, 'time-mode': 'simulated', 'number-of-events': String(events) }).replace('TEMPORARY ', '')).join('\n');
  const r = await runScript(ddl, { file: 'tables.sql', catalog: manager, stateDir: dir, output: output() });
  if (r.failed) throw new Error(r.failed.message);
  return { manager, dir };
}

async function timeQuery(manager: CatalogManager, sql: string, scale: RescaleRequests, out: ScriptOutput, onWorkers = false): Promise<number> {
  const plan = prepareStatement(sql, undefined, manager).plans[0]!;
  const t0 = performance.now();
  await runQueryPlan(plan, out, { location: 'bench', snapshot: false, rescale: scale, ...(onWorkers ? { workers } : {}) });
  return (performance.now() - t0) / 1000;
}

async function throughput(): Promise<void> {
  console.log(`throughput at 1 keyed subtask, 2 in process and 2 on worker threads, ${EVENTS.toLocaleString('en-US')} nexmark events, median of 3 alternating runs (load average ${load()} on ${availableParallelism()} cores)`);
  const modes = [
    { name: 'p=1', p: 1, onWorkers: false },
    { name: 'p=2 in process', p: 2, onWorkers: false },
    { name: 'p=2 workers', p: 2, onWorkers: true },
  ];
  for (const q of QUERIES) {
    const { manager, dir } = await catalogWith(q.tables, EVENTS);
    const s: number[][] = modes.map(() => []);
    await timeQuery(manager, q.select, new RescaleRequests(1), output()); // warm-up
    await timeQuery(manager, q.select, new RescaleRequests(2), output(), true); // workers started and warm
    for (let i = 0; i < 3; i++) for (const [m, mode] of modes.entries()) s[m]!.push(await timeQuery(manager, q.select, new RescaleRequests(mode.p), output(), mode.onWorkers));
    const rate = s.map((xs) => EVENTS / med(xs));
    const cols = modes.map((mode, m) => `${mode.name} ${Math.round(rate[m]!).toLocaleString('en-US').padStart(9)} ev/s`).join('   ');
    console.log(`  ${q.name.padEnd(8)} ${q.what.slice(0, 40).padEnd(40)} ${cols}   ratios to p=1: in process ${(rate[1]! / rate[0]!).toFixed(2)}, workers ${(rate[2]! / rate[0]!).toFixed(2)}`);
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`  (load average after: ${load()})`);
}

async function pause(): Promise<void> {
  console.log(`\npause of a running GROUP BY rescaled 1 -> 2 -> 1 (per auction; state grows with the events read; load average ${load()})`);
  for (const events of [EVENTS / 4, EVENTS, EVENTS * 4]) {
    const { manager, dir } = await catalogWith(['bid'], events);
    const keys = await countKeys(manager, events);
    for (const onWorkers of [false, true]) {
      const scale = new RescaleRequests(1);
      const results: Promise<RescaleResult>[] = [];
      let asked = false;
      const out = output((rows) => {
        // Halfway through the GROUP BY's first changes: once up, then (when applied) down again.
        if (!asked && rows > events * 0.4) {
          asked = true;
          results.push(scale.request(2).then((r) => (results.push(scale.request(1)), r)));
        }
      });
      const total = await timeQuery(manager, GROUP_BY.select, scale, out, onWorkers);
      const [up, down] = [await results[0]!, await results[1]!];
      console.log(
        `  ${events.toLocaleString('en-US').padStart(10)} events (${keys.toLocaleString('en-US')} auctions at the end), ${onWorkers ? 'on workers ' : 'in process '}: 1 -> 2 ${up.pauseMs.toFixed(1)} ms, 2 -> 1 ${down.pauseMs.toFixed(1)} ms; ` +
          `the whole run ${(total * 1000).toFixed(0)} ms (pause / run ${((up.pauseMs + down.pauseMs) / (total * 1000)).toFixed(4)})`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

async function countKeys(manager: CatalogManager, _events: number): Promise<number> {
  let n = 0;
  const plan = prepareStatement('SELECT COUNT(DISTINCT auction) FROM bid', undefined, manager).plans[0]!;
  await runQueryPlan(plan, { ...output(), changes: (_k, r) => (n = Number(r.at(-1)![0])) }, { location: 'bench', snapshot: true });
  return n;
}

async function transfer(): Promise<void> {
  const { manager, dir } = await catalogWith(['bid'], EVENTS);
  const secs = med([
    await timeQuery(manager, GROUP_BY.select, new RescaleRequests(1), output()),
    await timeQuery(manager, GROUP_BY.select, new RescaleRequests(1), output()),
    await timeQuery(manager, GROUP_BY.select, new RescaleRequests(1), output()),
  ]);
  const batches: Row[][] = [];
  const source = createExampleSource({ tableName: 'bench.bid', columns: [], options: { connector: 'examples', table: 'nexmark.bid', 'time-mode': 'simulated', 'number-of-events': String(EVENTS) } });
  for (const split of await source.splits()) {
    const reader = await source.open(split);
    for (;;) {
      const b = await reader.poll(1024);
      if (b.rows.length > 0) batches.push(b.rows);
      if (b.end) break;
    }
  }
  const rows = batches.reduce((n, b) => n + b.length, 0);
  const t0 = performance.now();
  for (const b of batches) structuredClone(b);
  const cloneS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  let decoded = 0;
  for (const b of batches) decoded += decodeBatch(BatchEncoder.encode(undefined, b).buffer, () => undefined);
  const codecS = (performance.now() - t1) / 1000;
  if (decoded !== rows) throw new Error('codec lost rows');
  const perEvent = secs / EVENTS;
  console.log(
    `\nrow transfer to a worker: ${rows.toLocaleString('en-US')} bid rows one way; the GROUP BY ${(secs * 1e9 / EVENTS).toFixed(0)} ns/event whole (source included)\n` +
      `  structuredClone ${(cloneS * 1e9 / rows).toFixed(0)} ns/row, clone / GROUP BY ${(cloneS / rows / perEvent).toFixed(2)}\n` +
      `  batch codec encode + decode ${(codecS * 1e9 / rows).toFixed(0)} ns/row, codec / GROUP BY ${(codecS / rows / perEvent).toFixed(2)}, codec / clone ${(codecS / cloneS).toFixed(2)}`,
  );
  rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  try {
    await throughput();
    await pause();
    await transfer();
  } finally {
    await workers.shutdown();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
