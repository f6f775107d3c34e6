/**
 * Window aggregation over TUMBLE / HOP / CUMULATE / SESSION windows of a rowtime column
 * (the window TVF fused with the GROUP BY window_start, window_end, keys that follows it, as
 * Flink plans it). Output rows: group keys, aggregate values, window_start, window_end,
 * window_time. Each window emits once, insert-only, when the watermark reaches its last
 * millisecond (end - 1). A row whose first window has already fired is late: dropped and
 * counted. HOP windows go by slices (hop-slices.ts, as Flink slices them): a row is late only
 * once its last window has fired. Session windows merge when they touch; lateness is judged
 * after merging.
 * On processing time (`timeKind: 'proctime'`, the time column holding PROCTIME() values)
 * windows fire when the clock passes their end, nothing is late, and the end of bounded input
 * fires what is left.
 */
import type { Value } from '../../types/values';
import { isAccumulate, RowKind, type Row } from '../changelog';
import type { AggCall } from '../aggregates/agg-function';
import { AggsHandle, type GroupAccumulators } from '../aggregates/aggs-handle';
import { keySelector, type StateKey } from '../row/key';
import { addTimer, dueTimes, type KeyTimers } from './key-timers';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator, kindAt, MIN_WATERMARK } from './operator';
import { HopSlices, type KeySlices } from './hop-slices';
import { firstWindowEnd, forEachWindow, isFired, type WindowSpec } from './window-assigner';

export interface WindowAggregateSpec {
  readonly window: WindowSpec;
  readonly timeColumn: number;
  readonly groupKeys: readonly number[];
  readonly aggs: readonly AggCall[];
  readonly inputRetracts?: boolean;
  /** Event time (default) or processing time. */
  readonly timeKind?: 'rowtime' | 'proctime';
}

interface Pane {
  start: number;
  end: number;
  accs: GroupAccumulators;
}

/** Per group key: its key values and its open windows (aligned: by end; sessions: a list). */
interface KeyWindows {
  key: Value[];
  panes: Pane[];
}

export class WindowAggregateOperator extends BaseOperator {
  readonly name: string;
  private readonly state = new KeyedState<KeyWindows>();
  /** Window end -> keys with a pane ending there (timers). */
  private timers: KeyTimers = new Map();
  private watermark = MIN_WATERMARK;
  private readonly keyOf: (row: Row) => StateKey;
  private readonly handle: AggsHandle;
  private readonly proctime: boolean;
  /** HOP windows: rows accumulated once per slice (hop-slices.ts) instead of once per window. */
  private readonly hop: HopSlices | null;

  constructor(private readonly spec: WindowAggregateSpec) {
    super();
    this.proctime = spec.timeKind === 'proctime';
    this.name = `WindowAggregate(${spec.window.kind})`;
    this.keyOf = keySelector(spec.groupKeys);
    this.handle = new AggsHandle(spec.aggs, spec.inputRetracts ?? false);
    this.hop = spec.window.kind === 'HOP' ? new HopSlices(spec.window, spec.timeColumn, spec.groupKeys, this.handle, this.proctime) : null;
  }

  private timer(end: number, key: StateKey): void {
    addTimer(this.timers, end, key);
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    if (this.hop !== null) {
      this.metrics.lateDropped += this.hop.add(kinds, rows, this.watermark);
      return;
    }
    const w = this.spec.window;
    const session = w.kind === 'SESSION';
    const tumble = w.kind === 'TUMBLE';
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const ts = row[this.spec.timeColumn];
      if (typeof ts !== 'number') continue;
      const firstEnd = session ? 0 : firstWindowEnd(w, ts);
      if (!session && !this.proctime && isFired(firstEnd, this.watermark)) {
        this.metrics.lateDropped++;
        continue;
      }
      const key = this.keyOf(row);
      let kw = this.state.get(key);
      if (kw === undefined) {
        kw = { key: this.spec.groupKeys.map((c) => row[c]!), panes: [] };
        this.state.set(key, kw);
      }
      const acc = isAccumulate(kindAt(kinds, i));
      if (session) this.addToSession(kw, key, row, ts, acc);
      else if (tumble) {
        // The common case without a per-row closure: one window per row.
        this.addToPane(kw, key, row, firstEnd - (w as { sizeMs: number }).sizeMs, firstEnd, acc);
      } else forEachWindow(w, ts, (start, end) => this.addToPane(kw!, key, row, start, end, acc));
      if (kw.panes.length === 0) this.state.delete(key);
    }
  }

  private addToPane(kw: KeyWindows, key: StateKey, row: Row, start: number, end: number, acc: boolean): void {
    let pane: Pane | undefined;
    for (let i = 0; i < kw.panes.length; i++) {
      if (kw.panes[i]!.end === end) {
        pane = kw.panes[i];
        break;
      }
    }
    if (pane === undefined) {
      if (!acc) return;
      pane = { start, end, accs: this.handle.create() };
      kw.panes.push(pane);
      this.timer(end, key);
    }
    if (acc) this.handle.accumulate(pane.accs, row);
    else this.handle.retract(pane.accs, row);
  }

  private addToSession(kw: KeyWindows, key: StateKey, row: Row, ts: number, acc: boolean): void {
    const gap = (this.spec.window as { gapMs: number }).gapMs;
    let start = ts;
    let end = ts + gap;
    const merged: Pane[] = [];
    const rest: Pane[] = [];
    for (const p of kw.panes) {
      if (p.start <= end && p.end >= start) {
        merged.push(p);
        if (p.start < start) start = p.start;
        if (p.end > end) end = p.end;
      } else rest.push(p);
    }
    if (!this.proctime && isFired(end, this.watermark)) {
      this.metrics.lateDropped++;
      return;
    }
    let accs: GroupAccumulators;
    if (merged.length === 0) {
      if (!acc) return;
      accs = this.handle.create();
    } else {
      accs = merged[0]!.accs;
      for (let i = 1; i < merged.length; i++) accs = this.handle.merge(accs, merged[i]!.accs);
    }
    if (acc) this.handle.accumulate(accs, row);
    else this.handle.retract(accs, row);
    rest.push({ start, end, accs });
    kw.panes = rest;
    this.timer(end, key);
  }

  override processWatermark(wm: number): void {
    // Processing-time windows only react to the final watermark (end of bounded input).
    if (this.proctime && wm !== Number.POSITIVE_INFINITY) return;
    this.advance(wm);
  }

  onProcessingTime(now: number): void {
    if (this.proctime) this.advance(now - 1);
  }

  /** Fires every window whose last millisecond is at or before `wm`. */
  private advance(wm: number): void {
    if (wm <= this.watermark) return;
    this.watermark = wm;
    if (this.hop !== null) {
      this.hop.fire(wm, (row) => this.out.emit(RowKind.Insert, row));
      return;
    }
    const due = dueTimes(this.timers, (end) => isFired(end, wm));
    for (const end of due) {
      const keys = this.timers.get(end)!;
      this.timers.delete(end);
      for (const key of keys) this.fire(key, end);
    }
  }

  private fire(key: StateKey, end: number): void {
    const kw = this.state.get(key);
    if (kw === undefined) return;
    const idx = kw.panes.findIndex((p) => p.end === end);
    if (idx < 0) return; // a session that merged into a longer one
    const pane = kw.panes[idx]!;
    kw.panes.splice(idx, 1);
    if (kw.panes.length === 0) this.state.delete(key);
    if (this.handle.rows(pane.accs) <= 0) return;
    this.out.emit(RowKind.Insert, [...kw.key, ...this.handle.values(pane.accs), pane.start, pane.end, pane.end - 1]);
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    if (this.hop !== null) return this.hop.entries();
    return this.state.size;
  }

  override snapshotState(): unknown {
    if (this.hop !== null) return { watermark: this.watermark, keys: this.hop.snapshot() };
    return { watermark: this.watermark, keys: this.state.snapshot(), timers: this.timers };
  }

  override restoreState(s: unknown): void {
    const st = s as { watermark: number; keys: KeyedSnapshot<KeyWindows>; timers: KeyTimers };
    this.watermark = st.watermark;
    if (this.hop !== null) {
      this.hop.restore(st.keys as unknown as KeyedSnapshot<KeySlices>, st.watermark);
      return;
    }
    this.state.restore(st.keys);
    // Timers keep their order, so windows fire in the same key order as without the restore.
    this.timers = st.timers;
  }
}
