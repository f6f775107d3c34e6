/**
 * OVER aggregation ordered by a rowtime column (Flink's RowTime{Rows,Range}{Bounded,
 * Unbounded}PrecedingFunction): `agg(...) OVER (PARTITION BY k ORDER BY rowtime
 * {ROWS|RANGE} BETWEEN {n|UNBOUNDED} PRECEDING AND CURRENT ROW)`. Rows wait until the
 * watermark passes their time, then are processed in time order (ties in arrival order);
 * each is emitted +I with the aggregate values appended. RANGE frames give every row of one
 * timestamp the same values; ROWS frames advance one row at a time. Rows at or below the
 * watermark when they arrive are late: dropped and counted. On processing time rows are
 * aggregated at once, in arrival order.
 */
import type { Value } from '../../types/values';
import { RowKind, type Row } from '../changelog';
import type { AggCall } from '../aggregates/agg-function';
import { AggsHandle, type GroupAccumulators } from '../aggregates/aggs-handle';
import { keySelector, type StateKey } from '../row/key';
import { addTimer, dueTimes, type KeyTimers } from './key-timers';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator, MIN_WATERMARK } from './operator';

export interface OverFrame {
  readonly unit: 'ROWS' | 'RANGE';
  /** Rows (ROWS) or milliseconds (RANGE) preceding the current row; null for UNBOUNDED. */
  readonly preceding: number | null;
}

export interface OverAggregateSpec {
  readonly partitionKeys: readonly number[];
  readonly timeColumn: number;
  readonly frame: OverFrame;
  readonly aggs: readonly AggCall[];
  /** Processing time: rows are aggregated as they arrive (the time column holds PROCTIME()). */
  readonly timeKind?: 'rowtime' | 'proctime';
}

interface Partition {
  /** Rows waiting for the watermark, by time. */
  pending: Map<number, Row[]>;
  accs: GroupAccumulators;
  /** Rows inside a bounded frame, oldest first. */
  frame: Row[];
}

export class OverAggregateOperator extends BaseOperator {
  readonly name: string;
  private readonly state = new KeyedState<Partition>();
  private timers: KeyTimers = new Map();
  private watermark = MIN_WATERMARK;
  private readonly keyOf: (r: Row) => StateKey;
  private readonly handle: AggsHandle;
  private readonly bounded: boolean;

  constructor(private readonly spec: OverAggregateSpec) {
    super();
    const p = spec.frame.preceding;
    this.name = `OverAggregate(${spec.frame.unit} ${p === null ? 'UNBOUNDED' : p} PRECEDING)`;
    this.keyOf = keySelector(spec.partitionKeys);
    this.bounded = p !== null;
    this.handle = new AggsHandle(spec.aggs, this.bounded);
  }

  processBatch(_input: number, _kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const ts = row[this.spec.timeColumn];
      if (typeof ts !== 'number') continue;
      const proctime = this.spec.timeKind === 'proctime';
      if (!proctime && ts <= this.watermark) {
        this.metrics.lateDropped++;
        continue;
      }
      const key = this.keyOf(row);
      let p = this.state.get(key);
      if (p === undefined) this.state.set(key, (p = { pending: new Map(), accs: this.handle.create(), frame: [] }));
      const at = p.pending.get(ts);
      if (at === undefined) p.pending.set(ts, [row]);
      else at.push(row);
      if (proctime) {
        this.fire(key, ts);
        continue;
      }
      addTimer(this.timers, ts, key);
    }
  }

  override processWatermark(wm: number): void {
    if (wm <= this.watermark) return;
    this.watermark = wm;
    const due = dueTimes(this.timers, (t) => t <= wm);
    for (const ts of due) {
      for (const key of this.timers.get(ts)!) this.fire(key, ts);
      this.timers.delete(ts);
    }
  }

  private emit(row: Row, values: Value[]): void {
    this.out.emit(RowKind.Insert, [...row, ...values]);
  }

  private fire(key: StateKey, ts: number): void {
    const p = this.state.get(key);
    const rows = p?.pending.get(ts);
    if (p === undefined || rows === undefined) return;
    p.pending.delete(ts);
    const h = this.handle;
    const preceding = this.spec.frame.preceding;
    if (this.spec.frame.unit === 'RANGE') {
      for (const r of rows) {
        h.accumulate(p.accs, r);
        if (this.bounded) p.frame.push(r);
      }
      if (preceding !== null) {
        const tc = this.spec.timeColumn;
        while (p.frame.length > 0 && (p.frame[0]![tc] as number) < ts - preceding) h.retract(p.accs, p.frame.shift()!);
      }
      const values = h.values(p.accs);
      for (const r of rows) this.emit(r, values);
    } else {
      for (const r of rows) {
        h.accumulate(p.accs, r);
        if (preceding !== null) {
          p.frame.push(r);
          if (p.frame.length > preceding + 1) h.retract(p.accs, p.frame.shift()!);
        }
        this.emit(r, h.values(p.accs));
      }
    }
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.state.size;
  }

  override snapshotState(): unknown {
    return { watermark: this.watermark, partitions: this.state.snapshot(), timers: this.timers };
  }

  override restoreState(s: unknown): void {
    const st = s as { watermark: number; partitions: KeyedSnapshot<Partition>; timers: KeyTimers };
    this.watermark = st.watermark;
    this.state.restore(st.partitions);
    this.timers = st.timers;
  }
}
