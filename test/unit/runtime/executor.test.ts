import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E } from '../../../engine/expr/expr';
import { T } from '../../../engine/types/logical-type';
import { CalcOperator } from '../../../engine/runtime/operators/calc';
import { UnionOperator } from '../../../engine/runtime/operators/union';
import { GroupAggregateOperator } from '../../../engine/runtime/operators/group-aggregate';
import { WindowAggregateOperator } from '../../../engine/runtime/operators/window-aggregate';
import { OverAggregateOperator } from '../../../engine/runtime/operators/over-aggregate';
import { BaseOperator } from '../../../engine/runtime/operators/operator';
import { Executor, QUIET_SPLIT_MS } from '../../../engine/runtime/executor/executor';
import { DataflowGraph } from '../../../engine/runtime/executor/graph';
import type { Row, RowKind } from '../../../engine/runtime/changelog';
import { buildPipeline, MemorySource, runPipeline, show } from './helpers/memory-source';

const count = { fn: 'COUNT', args: [], type: T.bigint(false) };

/** Records the watermarks it sees. */
class WatermarkProbe extends BaseOperator {
  readonly name = 'Probe';
  readonly seen: number[] = [];
  processBatch(_i: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    rows.forEach((r, i) => this.out.emit(kinds?.[i] ?? 0, r));
  }
  override processWatermark(wm: number): void {
    this.seen.push(wm);
  }
}

test('calc filters and projects in a pipeline; UNION ALL merges inputs', async () => {
  const calc = new CalcOperator([E.call('UPPER', T.string(), E.input(0, T.string()))], E.call('>', T.boolean(), E.input(1, T.int()), E.lit(1, T.int())));
  const out = await runPipeline({
    sources: {
      a: { splits: [{ id: 'a0', changes: [['x', 1], ['y', 2]] }] },
      b: { splits: [{ id: 'b0', changes: [['z', 3]] }] },
    },
    operators: [
      { id: 'u', op: new UnionOperator(), inputs: ['a', 'b'] },
      { id: 'calc', op: calc, inputs: ['u'] },
    ],
  });
  assert.deepEqual(out.sort(), ['+I(Y)', '+I(Z)']);
});

test('per-split watermarks combine by minimum; the final watermark ends bounded input', async () => {
  const probe = new WatermarkProbe();
  await runPipeline({
    sources: {
      src: {
        splits: [
          { id: 'p0', changes: [['a', 10], ['a', 30]] },
          { id: 'p1', changes: [['b', 20], ['b', 25], ['b', 40], ['b', 50]] },
        ],
        watermark: { column: 1 },
      },
    },
    operators: [{ id: 'probe', op: probe, inputs: ['src'] }],
    options: { batchSize: 1 },
  });
  // round 1: min(10, 20) = 10; round 2: min(30, 25) = 25 and p0 ends; p1 alone: 40; all ended: +Inf
  assert.deepEqual(probe.seen, [10, 25, 40, Infinity]);
});

test('an idle split holds the watermark back until the idle timeout', async () => {
  let now = 0;
  const probe = new WatermarkProbe();
  const g = new DataflowGraph();
  g.source(
    'src',
    new MemorySource(
      [
        { id: 'busy', changes: [['a', 10], ['a', 20], ['a', 30], ['a', 40]] },
        { id: 'quiet', changes: [['b', 5]] },
      ],
      false,
    ),
    { column: 1, idleTimeoutMs: 100 },
  );
  g.operator('probe', probe, ['src']);
  g.sink('sink', 'probe', () => {});
  const ex = new Executor(g, { batchSize: 1, idleSleepMs: 0, clock: () => now });
  await ex.step(); // busy 10, quiet 5
  assert.deepEqual(probe.seen, [5]);
  now = 50;
  await ex.step(); // busy 20, quiet empty but not yet idle
  assert.deepEqual(probe.seen, [5]);
  now = 150;
  await ex.step(); // quiet idle for 150 ms: excluded
  assert.deepEqual(probe.seen, [5, 30]);
});

test('metrics name a split that holds the watermark back (no data for QUIET_SPLIT_MS while another split has some)', async () => {
  let now = 0;
  const g = new DataflowGraph();
  const busy: Row[] = [];
  for (let i = 0; i < 20; i++) busy.push(['a', i * 1000]);
  g.source('src', new MemorySource([{ id: 'busy', changes: busy }, { id: 'quiet', changes: [['b', 5]] }], false), { column: 1 });
  g.sink('sink', 'src', () => {});
  const ex = new Executor(g, { batchSize: 1, idleSleepMs: 0, clock: () => now });
  await ex.step();
  assert.equal(ex.metrics().nodes['src']!.quietSplits, undefined);
  for (let t = 1000; t <= QUIET_SPLIT_MS + 1000; t += 1000) {
    now = t;
    await ex.step();
  }
  assert.deepEqual(ex.metrics().nodes['src']!.quietSplits, ['quiet']);
});

test('a window pipeline stops on request and resumes from a checkpoint with identical output', async () => {
  const rows: Row[] = [];
  for (let i = 0; i < 60; i++) rows.push([`k${i % 3}`, i * 3, i]);
  const mk = () => ({
    sources: { src: { splits: [{ id: 's', changes: rows.slice(0, 40) }, { id: 't', changes: rows.slice(40) }], watermark: { column: 1, delayMs: 4 } } },
    operators: [
      { id: 'agg', op: new GroupAggregateOperator({ groupKeys: [0], aggs: [count, { fn: 'MAX', args: [2], type: T.int() }] }), inputs: ['src'] },
    ],
    options: { batchSize: 7 },
  });
  const mkWin = () => ({
    ...mk(),
    operators: [
      { id: 'win', op: new WindowAggregateOperator({ window: { kind: 'TUMBLE', sizeMs: 20 }, timeColumn: 1, groupKeys: [0], aggs: [count] }), inputs: ['src'] },
    ],
  });
  for (const make of [mk, mkWin]) {
    const whole = await runPipeline(make());
    const first = buildPipeline(make());
    await first.executor.step();
    await first.executor.step();
    const cp = JSON.parse(JSON.stringify(first.executor.checkpoint()));
    const resumed = buildPipeline({ ...make(), options: { ...make().options, restore: cp } });
    await resumed.executor.run();
    assert.deepEqual([...first.out, ...resumed.out], whole);
    assert.ok(first.out.length > 0 && resumed.out.length > 0);
  }
});

test('async sinks are awaited; record errors fail or are skipped and counted', async () => {
  const g = new DataflowGraph();
  const bad = {
    bounded: true,
    changelogMode: 'insert-only' as const,
    splits: () => [{ id: 'x' }],
    open: () => ({ poll: () => ({ rows: [['ok']], end: true, errors: [{ location: 'f.csv:2', message: 'bad int' }] }), position: () => 0, close() {} }),
  };
  g.source('src', bad);
  const got: string[] = [];
  g.sink('sink', 'src', async (kinds, rows) => {
    await new Promise((r) => setTimeout(r, 1));
    rows.forEach((r, i) => got.push(show(kinds[i]!, r)));
  });
  await assert.rejects(new Executor(g, { idleSleepMs: 0 }).run(), /Malformed record in src at f.csv:2: bad int/);
  const ex = new Executor(g, { idleSleepMs: 0, recordErrors: 'skip' });
  await ex.run();
  assert.deepEqual(got, ['+I(ok)']);
  assert.equal(ex.metrics().nodes['src']!.errors, 1);
});

test('CURRENT_WATERMARK in a calc sees the watermark of the batch before', async () => {
  const calc = new CalcOperator([E.input(0, T.string()), E.call('CURRENT_WATERMARK', T.timestamp(3), E.input(1, T.timestamp(3)))]);
  const out = await runPipeline({
    sources: { src: { splits: [{ id: 's', changes: [['a', 10], ['b', 20]] }], watermark: { column: 1, delayMs: 5 } } },
    operators: [{ id: 'calc', op: calc, inputs: ['src'] }],
    options: { batchSize: 1 },
  });
  assert.deepEqual(out, ['+I(a, null)', '+I(b, 5)']);
});

test('late rows inside one batch are dropped: the watermark advances per row as in Flink', async () => {
  // test/fixtures/differential/data/events_late.csv in seconds after 10:00, all in one batch:
  // k2@20 s comes after k1@125 s and k2@119 s after k1@210 s, so both are late.
  const s = (sec: number) => sec * 1000;
  const changes: Row[] = [['k1', s(0), 1], ['k1', s(30), 2], ['k2', s(70), 3], ['k1', s(125), 4], ['k2', s(20), 5], ['k1', s(210), 6], ['k2', s(119), 7], ['k2', s(240), 8]];
  const run = (op: WindowAggregateOperator | OverAggregateOperator) =>
    runPipeline({ sources: { src: { splits: [{ id: 's', changes }], watermark: { column: 1 } } }, operators: [{ id: 'op', op, inputs: ['src'] }] });
  const win = new WindowAggregateOperator({ window: { kind: 'TUMBLE', sizeMs: 60_000 }, timeColumn: 1, groupKeys: [0], aggs: [count, { fn: 'SUM', args: [2], type: T.int() }] });
  const windows = await run(win);
  assert.deepEqual(windows.filter((r) => r.startsWith('+I(k2')), ['+I(k2, 1, 3, 60000, 120000, 119999)', '+I(k2, 1, 8, 240000, 300000, 299999)']);
  assert.equal(win['metrics'].lateDropped, 2);
  const over = new OverAggregateOperator({ partitionKeys: [0], timeColumn: 1, frame: { unit: 'ROWS', preceding: null }, aggs: [{ fn: 'SUM', args: [2], type: T.int() }] });
  const overOut = await run(over);
  assert.deepEqual(overOut.filter((r) => r.startsWith('+I(k2')), ['+I(k2, 70000, 3, 3)', '+I(k2, 240000, 8, 11)']);
  // A row at the watermark is late; one behind the newest row by no more than the interval is
  // not (the watermark has not moved yet).
  const near: Row[] = [['a', 1000, 1], ['a', 1000, 2], ['a', 1100, 3], ['a', 1050, 4]];
  const over2 = new OverAggregateOperator({ partitionKeys: [0], timeColumn: 1, frame: { unit: 'ROWS', preceding: null }, aggs: [{ fn: 'SUM', args: [2], type: T.int() }] });
  const out2 = await runPipeline({ sources: { src: { splits: [{ id: 's', changes: near }], watermark: { column: 1 } } }, operators: [{ id: 'op', op: over2, inputs: ['src'] }] });
  assert.deepEqual(out2, ['+I(a, 1000, 1, 1)', '+I(a, 1050, 4, 5)', '+I(a, 1100, 3, 8)']);
});

test('stop() ends an unbounded run after the current round', async () => {
  const g = new DataflowGraph();
  g.source('src', new MemorySource([{ id: 's', changes: [['a'], ['b']] }], false));
  const got: string[] = [];
  g.sink('sink', 'src', (k, rows) => rows.forEach((r, i) => got.push(show(k[i]!, r))));
  const ex = new Executor(g, { batchSize: 1, idleSleepMs: 1 });
  const running = ex.run();
  await new Promise((r) => setTimeout(r, 30));
  ex.stop();
  await running;
  assert.deepEqual(got, ['+I(a)', '+I(b)']);
  assert.equal(ex.isFinished, false);
});

test('a source without splits does not hold back the watermark of a join', async () => {
  const probe = new WatermarkProbe();
  const g = new DataflowGraph();
  g.source('busy', new MemorySource([{ id: 'b', changes: [['a', 10], ['a', 20]] }], false), { column: 1 });
  g.source('empty', new MemorySource([], false), { column: 1 });
  g.operator('u', new UnionOperator(), ['busy', 'empty']);
  g.operator('probe', probe, ['u']);
  g.sink('sink', 'probe', () => {});
  const ex = new Executor(g, { batchSize: 1, idleSleepMs: 0 });
  await ex.step();
  await ex.step();
  assert.deepEqual(probe.seen, [10, 20]);
  // Alone, an unbounded source without splits never claims the end of time.
  const alone = new WatermarkProbe();
  const g2 = new DataflowGraph();
  g2.source('empty', new MemorySource([], false), { column: 1 });
  g2.operator('probe', alone, ['empty']);
  g2.sink('sink', 'probe', () => {});
  const ex2 = new Executor(g2, { idleSleepMs: 0 });
  await ex2.step();
  assert.deepEqual(alone.seen, []);
});
