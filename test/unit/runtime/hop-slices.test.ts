/**
 * Sliced HOP window aggregation (hop-slices.ts, behind WindowAggregateOperator for HOP) against
 * a naive per-window reference on random inputs: out-of-order and late rows (Flink drops a row
 * only once the last window containing it has fired), window sizes that are not a multiple of
 * the slide, offsets, retractions, and snapshot / restore (whole and split by key group).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { RowKind, type Row } from '../../../engine/runtime/changelog';
import { WindowAggregateOperator } from '../../../engine/runtime/operators/window-aggregate';
import { HopSlices, type KeySlices } from '../../../engine/runtime/operators/hop-slices';
import { AggsHandle } from '../../../engine/runtime/aggregates/aggs-handle';
import { Collector } from '../../../engine/runtime/operators/operator';
import { decodeState, encodeState } from '../../../engine/runtime/state/codec';
import type { KeyedSnapshot } from '../../../engine/runtime/state/keyed-state';
import { keyGroupRange } from '../../../engine/runtime/state/key-groups';

interface Hop {
  sizeMs: number;
  slideMs: number;
  offsetMs?: number;
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Steps of a run: a batch of (kind, [key, ts, value]) or a watermark. */
type Step = { rows: [RowKind, Row][] } | { wm: number };

function randomSteps(seed: number, retract: boolean): Step[] {
  const r = rng(seed);
  const steps: Step[] = [];
  const live: Row[] = [];
  let t = 0;
  let wm = -1;
  for (let b = 0; b < 40; b++) {
    const rows: [RowKind, Row][] = [];
    const n = 1 + Math.floor(r() * 6);
    for (let i = 0; i < n; i++) {
      if (retract && live.length > 0 && r() < 0.2) {
        const row = live.splice(Math.floor(r() * live.length), 1)[0]!;
        rows.push([RowKind.Delete, row]);
        continue;
      }
      t += Math.floor(r() * 4);
      // mostly in order; some rows up to 25 ms behind (late for some or all of their windows)
      const ts = r() < 0.25 ? t - Math.floor(r() * 25) : t;
      const row: Row = [`k${Math.floor(r() * 4)}`, ts, Math.floor(r() * 100)];
      rows.push([RowKind.Insert, row]);
      live.push(row);
    }
    steps.push({ rows });
    if (r() < 0.5) {
      wm = Math.max(wm, t - Math.floor(r() * 8));
      steps.push({ wm });
    }
  }
  steps.push({ wm: Infinity });
  return steps;
}

/** Window ends (ascending) of the windows containing ts. */
function windowEnds(h: Hop, ts: number): number[] {
  const off = h.offsetMs ?? 0;
  const ends: number[] = [];
  // window starts are off + k * slide; a window [s, s + size) contains ts
  let s = off + Math.floor((ts - off) / h.slideMs) * h.slideMs;
  while (s + h.sizeMs > ts) {
    ends.unshift(s + h.sizeMs);
    s -= h.slideMs;
  }
  return ends;
}

/**
 * The naive reference: a window per (key, end), every row applied to each of its windows not
 * fired yet; a row none of whose windows is still open is late. Output per watermark: rows
 * [key, count, sum, window_start, window_end, window_time] (plus MAX when `max`).
 */
function reference(h: Hop, steps: Step[], max: boolean): { emitted: Row[][]; late: number } {
  const windows = new Map<number, Map<string, { n: number; sum: number; max: number | null }>>();
  let wm = -Infinity;
  let late = 0;
  const emitted: Row[][] = [];
  for (const step of steps) {
    if ('rows' in step) {
      for (const [kind, row] of step.rows) {
        const ts = row[1] as number;
        const all = windowEnds(h, ts);
        if (all.length === 0) continue; // in a gap between windows
        const open = all.filter((e) => e - 1 > wm);
        if (open.length === 0) {
          late++;
          continue;
        }
        const sign = kind === RowKind.Insert ? 1 : -1;
        for (const e of open) {
          let w = windows.get(e);
          if (!w) windows.set(e, (w = new Map()));
          const key = row[0] as string;
          const a = w.get(key) ?? { n: 0, sum: 0, max: null };
          a.n += sign;
          a.sum += sign * (row[2] as number);
          if (sign > 0) a.max = a.max === null ? (row[2] as number) : Math.max(a.max, row[2] as number);
          w.set(key, a);
        }
      }
    } else {
      if (step.wm <= wm) {
        emitted.push([]);
        continue;
      }
      wm = step.wm;
      const out: Row[] = [];
      for (const e of [...windows.keys()].sort((a, b) => a - b)) {
        if (e - 1 > wm) continue;
        for (const [key, a] of windows.get(e)!) {
          if (a.n > 0) out.push(max ? [key, a.n, a.sum, a.max, e - h.sizeMs, e, e - 1] : [key, a.n, a.sum, e - h.sizeMs, e, e - 1]);
        }
        windows.delete(e);
      }
      emitted.push(out);
    }
  }
  return { emitted, late };
}

const count = { fn: 'COUNT', args: [], type: T.bigint(false) };
const sum = { fn: 'SUM', args: [2], type: T.int() };
const maxAgg = { fn: 'MAX', args: [2], type: T.int() };

function operator(h: Hop, retract: boolean): WindowAggregateOperator {
  return new WindowAggregateOperator({
    window: { kind: 'HOP', ...h },
    timeColumn: 1,
    groupKeys: [0],
    aggs: retract ? [count, sum] : [count, sum, maxAgg],
    inputRetracts: retract,
  });
}

/** Runs the steps; the output per watermark step. `restoreAt`: snapshot there and continue on a restored operator. */
function run(h: Hop, steps: Step[], retract: boolean, restoreAt = -1): { emitted: Row[][]; late: number } {
  const c = new Collector();
  const metrics = { recordsIn: 0, recordsOut: 0, lateDropped: 0 };
  let op = operator(h, retract);
  op.open({ out: c, metrics, now: () => 0 });
  const emitted: Row[][] = [];
  steps.forEach((step, i) => {
    if (i === restoreAt) {
      const snap = decodeState(JSON.parse(JSON.stringify(encodeState(op.snapshotState()))));
      op = operator(h, retract);
      op.open({ out: c, metrics, now: () => 0 });
      op.restoreState(snap);
    }
    if ('rows' in step) {
      op.processBatch(0, step.rows.map(([k]) => k), step.rows.map(([, r]) => r));
      assert.equal(c.size, 0, 'rows alone never fire a window');
    } else {
      op.processWatermark(step.wm);
      const { kinds, rows } = c.drain();
      assert.ok(kinds.every((k) => k === RowKind.Insert));
      emitted.push(rows);
    }
  });
  return { emitted, late: metrics.lateDropped };
}

/** Rows of one watermark step: window ends must ascend; compared as a sorted list. */
function normalized(emitted: Row[][]): string[][] {
  return emitted.map((rows) => {
    const ends = rows.map((r) => r[r.length - 2] as number);
    for (let i = 1; i < ends.length; i++) assert.ok(ends[i - 1]! <= ends[i]!, `windows emit by ascending end: ${ends.join(', ')}`);
    return rows.map((r) => JSON.stringify(r)).sort();
  });
}

const shapes: Hop[] = [
  { sizeMs: 10, slideMs: 5 },
  { sizeMs: 10, slideMs: 2 },
  { sizeMs: 10, slideMs: 4 }, // size not a multiple of the slide: slices of 2 ms
  { sizeMs: 9, slideMs: 6, offsetMs: 1 },
  { sizeMs: 5, slideMs: 5 }, // a HOP that is a tumble
  { sizeMs: 4, slideMs: 10 }, // gaps between windows
];

test('sliced HOP equals the naive per-window result on random append-only input with late rows', () => {
  let lateSeen = 0;
  for (const h of shapes) {
    for (let seed = 1; seed <= 30; seed++) {
      const steps = randomSteps(seed, false);
      const want = reference(h, steps, true);
      const got = run(h, steps, false);
      assert.deepEqual(normalized(got.emitted), normalized(want.emitted), `${JSON.stringify(h)} seed ${seed}`);
      assert.equal(got.late, want.late, `late rows, ${JSON.stringify(h)} seed ${seed}`);
      lateSeen += got.late;
    }
  }
  assert.ok(lateSeen > 0, 'the inputs have late rows');
});

test('a row late for its first window but not its last still counts in the open windows (as Flink slices)', () => {
  const h = { sizeMs: 10, slideMs: 5 };
  const got = run(h, [{ rows: [[RowKind.Insert, ['a', 12, 1]]] }, { wm: 10 }, { rows: [[RowKind.Insert, ['a', 7, 2]]] }, { wm: Infinity }], false);
  // [0, 10) fired at watermark 10 before the row at 7 arrived; [5, 15) is still open and takes it
  assert.deepEqual(got.emitted, [[], [['a', 2, 3, 2, 5, 15, 14], ['a', 1, 1, 1, 10, 20, 19]]]);
  assert.equal(got.late, 0);
  const dropped = run(h, [{ rows: [[RowKind.Insert, ['a', 17, 1]]] }, { wm: 15 }, { rows: [[RowKind.Insert, ['a', 7, 2]]] }, { wm: Infinity }], false);
  assert.equal(dropped.late, 1, 'both windows of the row at 7 have fired');
});

test('sliced HOP equals the naive result with retractions accumulated into the slices', () => {
  for (const h of shapes) {
    for (let seed = 100; seed < 120; seed++) {
      const steps = randomSteps(seed, true);
      const want = reference(h, steps, false);
      const got = run(h, steps, true);
      assert.deepEqual(normalized(got.emitted), normalized(want.emitted), `${JSON.stringify(h)} seed ${seed}`);
    }
  }
});

test('a snapshot restored (through the JSON codec) mid-stream gives the same windows', () => {
  for (const h of shapes) {
    for (let seed = 200; seed < 210; seed++) {
      const steps = randomSteps(seed, false);
      const whole = run(h, steps, false);
      for (const at of [5, 20, 41]) {
        const restored = run(h, steps, false, at);
        assert.deepEqual(restored.emitted, whole.emitted, `${JSON.stringify(h)} seed ${seed} restored at step ${at}`);
      }
    }
  }
});

test('a snapshot split by key-group range restores each key in exactly one part', () => {
  const h = { sizeMs: 10, slideMs: 2 };
  const handle = new AggsHandle([count, sum], false);
  const full = new HopSlices(h, 1, [0], handle, false);
  const rows: Row[] = Array.from({ length: 200 }, (_, i) => [`k${i % 17}`, i % 30, i]);
  full.add(undefined, rows, -Infinity);
  const snap = decodeState(JSON.parse(JSON.stringify(encodeState(full.snapshot())))) as KeyedSnapshot<KeySlices>;
  const fire = (s: HopSlices) => {
    const out: string[] = [];
    s.fire(Infinity, (r) => out.push(JSON.stringify(r)));
    return out.sort();
  };
  const parts = [0, 1, 2].map((i) => {
    const s = new HopSlices(h, 1, [0], handle, false);
    s.restore(snap, -Infinity, keyGroupRange(i, 3));
    return fire(s);
  });
  assert.ok(parts.every((p) => p.length > 0), 'every part holds some keys');
  assert.deepEqual(parts.flat().sort(), fire(full));
});
