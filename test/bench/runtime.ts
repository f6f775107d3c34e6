/**
 * Runtime throughput on one core: calc (filter + project), GROUP BY count over 1M rows with 10k
 * keys, a tumbling-window count, each through the executor with an in-memory source, and a
 * plain JS loop doing the same work as the baseline measured in the same run. Prints rows/s
 * and the ratio to the baseline. Run: node out/test/bench/runtime.js [rows]
 * Memory of a GROUP BY over N distinct keys: node --expose-gc out/test/bench/runtime.js N rss
 */
import { E } from '../../engine/expr/expr';
import { T } from '../../engine/types/logical-type';
import type { Source, SourceBatch } from '../../engine/connectors/api';
import type { Row } from '../../engine/runtime/changelog';
import { DataflowGraph } from '../../engine/runtime/executor/graph';
import { Executor } from '../../engine/runtime/executor/executor';
import { CalcOperator } from '../../engine/runtime/operators/calc';
import { GroupAggregateOperator } from '../../engine/runtime/operators/group-aggregate';
import { WindowAggregateOperator } from '../../engine/runtime/operators/window-aggregate';
import type { Operator } from '../../engine/runtime/operators/operator';

const N = Number(process.argv[2] ?? 1_000_000);
const ONLY = process.argv[3];
const KEYS = 10_000;

/** Rows (key STRING, ts BIGINT ms, amount INT, flag BOOLEAN), generated up front: 10 rows per ms, so 100 s of event time. */
function makeRows(): Row[] {
  const rows: Row[] = new Array(N);
  for (let i = 0; i < N; i++) rows[i] = [`k${(i * 7919) % KEYS}`, 1_700_000_000_000 + Math.floor(i / 10), i % 1000, i % 3 === 0];
  return rows;
}

function arraySource(rows: Row[]): Source {
  return {
    bounded: true,
    changelogMode: 'insert-only',
    splits: () => [{ id: '0' }],
    open: () => {
      let pos = 0;
      return {
        poll(max: number): SourceBatch {
          const b = rows.slice(pos, pos + max);
          pos += b.length;
          return { rows: b, end: pos >= rows.length };
        },
        position: () => pos,
        close() {},
      };
    },
  };
}

async function runGraph(rows: Row[], op: () => Operator, watermark: boolean): Promise<{ ms: number; out: number }> {
  const g = new DataflowGraph();
  g.source('src', arraySource(rows), watermark ? { column: 1 } : undefined);
  g.operator('op', op(), ['src']);
  let out = 0;
  g.sink('sink', 'op', (_k, r) => {
    out += r.length;
  });
  const t0 = performance.now();
  await new Executor(g, { batchSize: 4096, idleSleepMs: 0 }).run();
  return { ms: performance.now() - t0, out };
}

function time(fn: () => number): { ms: number; out: number } {
  let best = { ms: Infinity, out: 0 };
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    const out = fn();
    const ms = performance.now() - t0;
    if (ms < best.ms) best = { ms, out };
  }
  return best;
}

/** Best of two runs (the first warms the JIT). */
async function best(run: () => Promise<{ ms: number; out: number }>): Promise<{ ms: number; out: number }> {
  const a = await run();
  const b = await run();
  return a.ms < b.ms ? a : b;
}

function report(name: string, r: { ms: number; out: number }, base?: { ms: number }): void {
  const rate = (N / r.ms) * 1000;
  const ratio = base ? `  ${(r.ms / base.ms).toFixed(2)}x baseline time` : '';
  console.log(`${name.padEnd(34)} ${(rate / 1e6).toFixed(2).padStart(6)} M rows/s  (${r.ms.toFixed(0)} ms, ${r.out} out)${ratio}`);
}

/** GROUP BY over `n` distinct keys from a generating source (input never held): RSS after. */
async function rssOfDistinctKeys(n: number): Promise<void> {
  let i = 0;
  const source: Source = {
    bounded: true,
    changelogMode: 'insert-only',
    splits: () => [{ id: '0' }],
    open: () => ({
      poll(max: number): SourceBatch {
        const rows: Row[] = [];
        for (let k = 0; k < max && i < n; k++, i++) rows.push([`user-${i}`, i % 1000]);
        return { rows, end: i >= n };
      },
      position: () => i,
      close() {},
    }),
  };
  const g = new DataflowGraph();
  g.source('src', source);
  g.operator('agg', new GroupAggregateOperator({ groupKeys: [0], aggs: [{ fn: 'COUNT', args: [], type: T.bigint(false) }, { fn: 'SUM', args: [1], type: T.int() }] }), ['src']);
  g.sink('sink', 'agg', () => {});
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const ex = new Executor(g, { batchSize: 4096, idleSleepMs: 0 });
  await ex.run();
  const ms = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.log(
    `GROUP BY ${n} distinct keys: ${((n / ms) * 1000 / 1e6).toFixed(2)} M rows/s, RSS ${(m.rss / 2 ** 20).toFixed(0)} MB ` +
      `(was ${(before / 2 ** 20).toFixed(0)} MB), heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
  // Baseline in the same run (after the measurement): a plain Map count over the same keys.
  const b0 = performance.now();
  const plain = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const key = `user-${k}`;
    plain.set(key, (plain.get(key) ?? 0) + 1);
  }
  const bms = performance.now() - b0;
  console.log(`baseline plain Map count: ${((n / bms) * 1000 / 1e6).toFixed(2)} M rows/s; engine takes ${(ms / bms).toFixed(2)}x its time`);
}

async function main(): Promise<void> {
  if (ONLY === 'rss') return rssOfDistinctKeys(N);
  const rows = makeRows();
  console.log(`runtime benchmark: ${N} rows, ${KEYS} keys`);

  // Baselines: hand-written loops doing the same work.
  const calcBase = time(() => {
    // Same shape as the engine's work: 4096-row batches in, a fresh output batch per batch.
    let n = 0;
    for (let b = 0; b < rows.length; b += 4096) {
      const out: Row[] = [];
      const end = Math.min(rows.length, b + 4096);
      for (let i = b; i < end; i++) {
        const r = rows[i]!;
        if ((r[2] as number) > 500) out.push([r[0]!, (r[2] as number) * 2 + 1]);
      }
      n += out.length;
    }
    return n;
  });
  const groupBase = time(() => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(r[0] as string, (m.get(r[0] as string) ?? 0) + 1);
    return m.size;
  });
  const windowBase = time(() => {
    const windows = new Map<number, Map<string, number>>();
    let n = 0;
    for (const r of rows) {
      const w = Math.floor((r[1] as number) / 10_000) * 10_000;
      let m = windows.get(w);
      if (m === undefined) windows.set(w, (m = new Map()));
      m.set(r[0] as string, (m.get(r[0] as string) ?? 0) + 1);
    }
    for (const m of windows.values()) n += m.size;
    return n;
  });

  const calc = await best(() => runGraph(
    rows,
    () =>
      new CalcOperator(
        [E.input(0, T.string()), E.call('+', T.int(), E.call('*', T.int(), E.input(2, T.int()), E.lit(2, T.int())), E.lit(1, T.int()))],
        E.call('>', T.boolean(), E.input(2, T.int()), E.lit(500, T.int())),
      ),
    false,
  ));
  const group = await best(() => runGraph(rows, () => new GroupAggregateOperator({ groupKeys: [0], aggs: [{ fn: 'COUNT', args: [], type: T.bigint(false) }] }), false));
  const window = await best(() => runGraph(
    rows,
    () =>
      new WindowAggregateOperator({
        window: { kind: 'TUMBLE', sizeMs: 10_000 },
        timeColumn: 1,
        groupKeys: [0],
        aggs: [{ fn: 'COUNT', args: [], type: T.bigint(false) }],
      }),
    true,
  ));

  if (ONLY === 'window') return report('TUMBLE 10s window count', window, windowBase);
  report('baseline loop: filter+project', calcBase);
  report('calc (filter + project)', calc, calcBase);
  report('baseline loop: Map count', groupBase);
  report('GROUP BY count (+I/-U/+U out)', group, groupBase);
  report('baseline loop: window Map count', windowBase);
  report('TUMBLE 10s window count', window, windowBase);
}

void main();
