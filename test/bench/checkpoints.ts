/**
 * Checkpoints: (1) the cost of one checkpoint of a GROUP BY holding 100,000 keys (snapshot of
 * the state, atomic write, size on disk, restore), against the time it took to build that
 * state from 1M rows in the same run; (2) an INSERT of a GROUP BY over 100,000 keys into a
 * local topic (exactly-once: rows held until each checkpoint commits them) with a checkpoint
 * every second, against the same INSERT without checkpoints, measured in the same run.
 *
 *   node out/test/bench/checkpoints.js [rows]     (default 1,000,000; --quick passes 200,000)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../engine/catalog/setup';
import { CheckpointStore } from '../../engine/job/checkpointing/checkpoint-store';
import type { ScriptOutput } from '../../engine/job/output';
import { runScript } from '../../engine/job/run-script';
import type { Row } from '../../engine/runtime/changelog';
import { DataflowGraph } from '../../engine/runtime/executor/graph';
import { Executor } from '../../engine/runtime/executor/executor';
import { ValuesSource } from '../../engine/runtime/executor/values-source';
import { GroupAggregateOperator } from '../../engine/runtime/operators/group-aggregate';
import { T } from '../../engine/types/logical-type';

const N = Number(process.argv[2] ?? 1_000_000);
const KEYS = 100_000;

function groupGraph(rows: Row[]): DataflowGraph {
  const g = new DataflowGraph();
  g.source('1-Source:src', new ValuesSource(rows));
  g.operator('2-GroupAggregate', new GroupAggregateOperator({ groupKeys: [0], aggs: [{ fn: 'COUNT', args: [], type: T.bigint(false) }, { fn: 'SUM', args: [1], type: T.int() }] }), ['1-Source:src']);
  g.sink('3-Sink:out', '2-GroupAggregate', () => {});
  return g;
}

async function stateCheckpoint(): Promise<void> {
  const rows: Row[] = new Array(N);
  for (let i = 0; i < N; i++) rows[i] = [`key-${(i * 7919) % KEYS}`, i % 1000];
  const dir = mkdtempSync(join(tmpdir(), 'tideline-bench-cp-'));
  let best = { build: Infinity, snapshot: Infinity, write: Infinity, restore: Infinity, bytes: 0 };
  for (let round = 0; round < 3; round++) {
    const ex = new Executor(groupGraph(rows), { batchSize: 4096, idleSleepMs: 0 });
    const t0 = performance.now();
    await ex.run();
    const t1 = performance.now();
    const cp = ex.checkpoint();
    const t2 = performance.now();
    const store = new CheckpointStore(dir);
    const id = store.nextId();
    await store.write({ ...cp, id, takenAt: Date.now(), fingerprint: 'bench', finished: false, sinks: {} });
    const t3 = performance.now();
    const bytes = statSync(join(dir, `chk-${String(id).padStart(8, '0')}.json`)).size;
    const t4 = performance.now();
    const restored = store.latest()!;
    const again = new Executor(groupGraph(rows), { batchSize: 4096, idleSleepMs: 0, restore: restored });
    await again.open();
    const t5 = performance.now();
    if (t2 - t1 + (t3 - t2) < best.snapshot + best.write) best = { build: t1 - t0, snapshot: t2 - t1, write: t3 - t2, restore: t5 - t4, bytes };
  }
  rmSync(dir, { recursive: true, force: true });
  const total = best.snapshot + best.write;
  console.log(`GROUP BY state of ${KEYS.toLocaleString('en')} keys, built from ${N.toLocaleString('en')} rows in ${best.build.toFixed(0)} ms (baseline)`);
  console.log(
    `  checkpoint: ${total.toFixed(0)} ms (snapshot ${best.snapshot.toFixed(0)} ms + atomic write ${best.write.toFixed(0)} ms), ` +
      `${(best.bytes / 2 ** 20).toFixed(1)} MB (${(best.bytes / KEYS).toFixed(0)} bytes/key); restore (read + open) ${best.restore.toFixed(0)} ms`,
  );
  console.log(`  ratio checkpoint / building the state: ${(total / best.build).toFixed(3)}; restore / building: ${(best.restore / best.build).toFixed(3)}`);
}

const quiet: ScriptOutput = { beginQuery() {}, changes() {}, endQuery() {}, message() {}, table() {}, text() {} };

async function insertRun(state: string, table: string, interval: string): Promise<number> {
  const { manager } = await openCatalogs({ stateDir: state });
  const text = `CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '${N}', 'rows-per-second' = '1000000000',
  'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '${N}');
CREATE TABLE ${table} (k BIGINT, n BIGINT, PRIMARY KEY (k) NOT ENFORCED);
SET 'execution.checkpointing.interval' = '${interval}';
INSERT INTO ${table} SELECT id % ${KEYS}, COUNT(*) FROM src GROUP BY id % ${KEYS};
`;
  const t0 = performance.now();
  const r = await runScript(text, { file: `${table}.sql`, catalog: manager, stateDir: state, output: quiet, checkpoints: { dir: join(state, 'checkpoints', table) } });
  const ms = performance.now() - t0;
  if (r.failed) throw new Error(r.failed.message);
  return ms;
}

async function throughput(): Promise<void> {
  const state = mkdtempSync(join(tmpdir(), 'tideline-bench-cpi-'));
  const times: Record<'none' | 'every1s', number[]> = { none: [], every1s: [] };
  for (let round = 0; round < 2; round++) {
    times.none.push(await insertRun(state, `agg_none_${round}`, '0'));
    times.every1s.push(await insertRun(state, `agg_cp_${round}`, '1 s'));
  }
  rmSync(state, { recursive: true, force: true });
  const none = Math.min(...times.none);
  const cp = Math.min(...times.every1s);
  const rate = (ms: number) => `${((N / ms) * 1000).toLocaleString('en', { maximumFractionDigits: 0 })} rows/s`;
  console.log(`INSERT INTO a local topic SELECT key, COUNT(*) ... GROUP BY over ${KEYS.toLocaleString('en')} keys, ${N.toLocaleString('en')} rows:`);
  console.log(`  without checkpoints (baseline): ${rate(none)} (${none.toFixed(0)} ms)`);
  console.log(`  checkpoint every 1 s (exactly-once): ${rate(cp)} (${cp.toFixed(0)} ms); ratio to baseline ${(none / cp).toFixed(2)}`);
}

async function main(): Promise<void> {
  await stateCheckpoint();
  await throughput();
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
