/**
 * HOP window aggregation by slices, as Flink's SliceSharedWindowAggProcessor: time is cut into
 * slices of gcd(size, slide); each row is accumulated once, into its key's accumulators of its
 * slice, and a window's result merges the size / slice slices it covers when the watermark
 * reaches its last millisecond (end - 1). No per-window work per row, and a key costs one
 * accumulator per slice it has rows in, not one per window.
 *
 * As in Flink, a row is late (dropped and counted) only once the last window containing it has
 * fired; a row whose first windows have fired still counts in the later ones. Windows emit in
 * ascending end; within a window, keys in the order of their first slice, then of their first
 * row in it. Retractions are accumulated into the slice as well (Flink does the same).
 */
import type { Value } from '../../types/values';
import { isAccumulate, RowKind, type Row } from '../changelog';
import type { AggsHandle, GroupAccumulators } from '../aggregates/aggs-handle';
import { keySelector, type StateKey } from '../row/key';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import type { KeyGroupRange } from '../state/key-groups';
import { kindAt } from './operator';
import { alignedStart, isFired } from './window-assigner';

interface SliceEntry {
  readonly key: Value[];
  readonly accs: GroupAccumulators;
  /** Creation order (so a restore keeps the order keys emit in). */
  readonly seq: number;
  /** The window end being emitted that has already merged this entry. */
  stamp: number;
}

type Slice = Map<StateKey, SliceEntry>;

/** A key's slices in a snapshot: [slice end, creation order, key values, accumulators]. */
export type KeySlices = [number, number, Value[], GroupAccumulators][];

export interface HopSpec {
  readonly sizeMs: number;
  readonly slideMs: number;
  readonly offsetMs?: number;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The smallest y >= x with y = phase (mod period). */
function alignUp(x: number, period: number, phase: number): number {
  return x + ((((phase - x) % period) + period) % period);
}

export class HopSlices {
  private readonly size: number;
  private readonly slide: number;
  private readonly offset: number;
  /** Slice length: gcd(size, slide). */
  private readonly slice: number;
  /** Window ends are congruent to this modulo the slide. */
  private readonly endPhase: number;
  private readonly keyOf: (row: Row) => StateKey;
  /** Slice end -> the keys with rows in it. */
  private readonly slices = new Map<number, Slice>();
  /** The slice ends of `slices`, ascending. */
  private ends: number[] = [];
  /** The slice the previous row went to: [curEnd - slice, curEnd). */
  private curEnd = Number.NaN;
  private cur: Slice | undefined;
  /** Windows ending before this have fired. */
  private nextEnd = Number.NEGATIVE_INFINITY;
  private seq = 0;
  private readonly scratch: GroupAccumulators;
  private readonly gaps: boolean;

  constructor(
    spec: HopSpec,
    private readonly timeColumn: number,
    private readonly groupKeys: readonly number[],
    private readonly handle: AggsHandle,
    private readonly proctime: boolean,
  ) {
    this.size = spec.sizeMs;
    this.slide = spec.slideMs;
    this.offset = spec.offsetMs ?? 0;
    this.slice = gcd(this.size, this.slide);
    this.endPhase = (((this.offset + this.size) % this.slide) + this.slide) % this.slide;
    this.keyOf = keySelector(groupKeys);
    this.scratch = handle.create();
    this.gaps = this.size < this.slide;
  }

  /** The first window end at or after slice end `s` (the first window containing the slice). */
  private firstWindowEnd(s: number): number {
    return alignUp(s, this.slide, this.endPhase);
  }

  /** The last window end containing the slice that ends at `s`. */
  private lastWindowEnd(s: number): number {
    return alignUp(s - this.slice + this.size - this.slide + 1, this.slide, this.endPhase);
  }

  /** Accumulates a batch at watermark `wm`; returns how many rows were late. */
  add(kinds: readonly RowKind[] | undefined, rows: readonly Row[], wm: number): number {
    let late = 0;
    const tc = this.timeColumn;
    const g = this.slice;
    const handle = this.handle;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const ts = row[tc];
      if (typeof ts !== 'number') continue;
      let s = this.cur;
      if (!(ts < this.curEnd && ts >= this.curEnd - g)) {
        const end = alignedStart(ts, g, this.offset) + g;
        // a size below the slide leaves gaps between windows: a row there is in no window
        if (this.gaps && this.firstWindowEnd(end) - this.size > end - g) continue;
        if (!this.proctime && isFired(this.lastWindowEnd(end), wm)) {
          late++;
          continue;
        }
        s = this.sliceAt(end);
        this.cur = s;
        this.curEnd = end;
      }
      const key = this.keyOf(row);
      let e = s!.get(key);
      if (e === undefined) {
        const kv = new Array<Value>(this.groupKeys.length);
        for (let k = 0; k < kv.length; k++) kv[k] = row[this.groupKeys[k]!]!;
        e = { key: kv, accs: handle.create(), seq: this.seq++, stamp: Number.NaN };
        s!.set(key, e);
      }
      if (kinds === undefined || isAccumulate(kindAt(kinds, i))) handle.accumulate(e.accs, row);
      else handle.retract(e.accs, row);
    }
    return late;
  }

  private sliceAt(end: number): Slice {
    let s = this.slices.get(end);
    if (s !== undefined) return s;
    s = new Map();
    this.slices.set(end, s);
    const ends = this.ends;
    let i = ends.length;
    while (i > 0 && ends[i - 1]! > end) i--;
    ends.splice(i, 0, end);
    return s;
  }

  /** Emits every window whose last millisecond is at or before `wm`, by ascending end. */
  fire(wm: number, emit: (row: Row) => void): void {
    this.cur = undefined;
    this.curEnd = Number.NaN;
    while (this.ends.length > 0) {
      const end = Math.max(this.nextEnd, this.firstWindowEnd(this.ends[0]!));
      if (!isFired(end, wm)) break;
      this.fireWindow(end, emit);
      this.nextEnd = end + this.slide;
      // Slices no later window covers: their last window ends at or before `end`.
      const limit = end + this.slide - this.size;
      let k = 0;
      while (k < this.ends.length && this.ends[k]! <= limit) this.slices.delete(this.ends[k++]!);
      if (k > 0) this.ends.splice(0, k);
    }
    // Windows up to the watermark are done even where they had no rows to fire.
    this.nextEnd = Math.max(this.nextEnd, this.firstOpenEnd(wm));
  }

  /** The first window end not fired at watermark `wm`. */
  private firstOpenEnd(wm: number): number {
    if (wm === Number.NEGATIVE_INFINITY || wm === Number.POSITIVE_INFINITY) return wm;
    return alignUp(Math.floor(wm) + 2, this.slide, this.endPhase);
  }

  private fireWindow(end: number, emit: (row: Row) => void): void {
    const covered: Slice[] = [];
    for (const s of this.ends) {
      if (s > end) break;
      if (s > end - this.size) covered.push(this.slices.get(s)!);
    }
    const handle = this.handle;
    const acc = this.scratch;
    const nk = this.groupKeys.length;
    const na = handle.size;
    for (let i = 0; i < covered.length; i++) {
      for (const [key, e] of covered[i]!) {
        if (e.stamp === end) continue;
        e.stamp = end;
        handle.init(acc, 0);
        handle.merge(acc, e.accs);
        for (let j = i + 1; j < covered.length; j++) {
          const o = covered[j]!.get(key);
          if (o !== undefined) {
            o.stamp = end;
            handle.merge(acc, o.accs);
          }
        }
        if (handle.rows(acc) <= 0) continue;
        const out: Row = new Array(nk + na + 3);
        for (let k = 0; k < nk; k++) out[k] = e.key[k]!;
        handle.valuesInto(acc, out, nk);
        out[nk + na] = end - this.size;
        out[nk + na + 1] = end;
        out[nk + na + 2] = end - 1;
        emit(out);
      }
    }
  }

  /** Accumulators held: one per key and slice it has rows in (metrics). */
  entries(): number {
    let n = 0;
    for (const s of this.slices.values()) n += s.size;
    return n;
  }

  /** Each key's slices, by key group. */
  snapshot(): KeyedSnapshot<KeySlices> {
    const state = new KeyedState<KeySlices>();
    for (const end of this.ends) {
      for (const [k, e] of this.slices.get(end)!) {
        let list = state.get(k);
        if (list === undefined) state.set(k, (list = []));
        list.push([end, e.seq, e.key, e.accs]);
      }
    }
    return state.snapshot();
  }

  /** Restores the keys of `range` (all when not given); windows up to `watermark` have fired. */
  restore(snap: KeyedSnapshot<KeySlices>, watermark: number, range?: KeyGroupRange): void {
    this.slices.clear();
    this.ends = [];
    this.cur = undefined;
    this.curEnd = Number.NaN;
    const state = new KeyedState<KeySlices>(undefined, snap.maxParallelism);
    state.restore(snap, range);
    const all: [StateKey, number, number, Value[], GroupAccumulators][] = [];
    for (const [k, list] of state.map) for (const [end, seq, key, accs] of list) all.push([k, end, seq, key, accs]);
    all.sort((a, b) => a[2] - b[2]);
    this.seq = 0;
    for (const [k, end, seq, key, accs] of all) {
      this.sliceAt(end).set(k, { key, accs, seq, stamp: Number.NaN });
      if (seq >= this.seq) this.seq = seq + 1;
    }
    // Every window with end - 1 <= watermark has fired.
    this.nextEnd = this.firstOpenEnd(watermark);
  }
}
