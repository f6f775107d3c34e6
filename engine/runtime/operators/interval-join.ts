/**
 * Interval join on event time (Flink's RowTimeIntervalJoin): rows match when the keys are equal
 * and `lower <= left.time - right.time <= upper` (plus an optional condition over
 * left ++ right). Each side is buffered only while rows of the other side that are not yet
 * late could still match it: a left row while watermark < left.time - lower, a right row while
 * watermark < right.time + upper. A row whose match range has already closed when it arrives
 * is joined against what is buffered, never buffered itself, and counted as late. Outer sides
 * emit their unmatched rows null-padded when they leave the buffer (or at once when they are
 * not buffered). Inputs are append-only; output is insert-only.
 */
import type { Expr } from '../../expr/expr';
import type { Value } from '../../types/values';
import { RowKind, type Row } from '../changelog';
import { compilePredicate, type RowPredicate } from '../compile/compile';
import { keySelector, type StateKey } from '../row/key';
import { addTimer, dueTimes, type KeyTimers } from './key-timers';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import type { JoinType } from './join';
import { BaseOperator, MIN_WATERMARK } from './operator';

export interface IntervalJoinSpec {
  readonly type: JoinType;
  readonly leftKeys: readonly number[];
  readonly rightKeys: readonly number[];
  readonly leftTime: number;
  readonly rightTime: number;
  /** Bounds of left.time - right.time, inclusive, in ms. */
  readonly lowerMs: number;
  readonly upperMs: number;
  readonly leftArity: number;
  readonly rightArity: number;
  readonly condition?: Expr | null;
}

interface Buffered {
  row: Row;
  time: number;
  emitted: boolean;
}

export class IntervalJoinOperator extends BaseOperator {
  readonly name: string;
  private readonly sides: [KeyedState<Buffered[]>, KeyedState<Buffered[]>] = [new KeyedState(), new KeyedState()];
  /** Per side: expiry time -> keys with rows expiring then. */
  private timers: [KeyTimers, KeyTimers] = [new Map(), new Map()];
  private watermark = MIN_WATERMARK;
  private readonly keyOf: [(r: Row) => StateKey, (r: Row) => StateKey];
  private readonly outer: [boolean, boolean];
  private readonly nulls: [Value[], Value[]];
  private readonly cond: RowPredicate | null;

  constructor(private readonly spec: IntervalJoinSpec) {
    super();
    this.name = `IntervalJoin(${spec.type})`;
    this.keyOf = [keySelector(spec.leftKeys), keySelector(spec.rightKeys)];
    this.outer = [spec.type === 'LEFT' || spec.type === 'FULL', spec.type === 'RIGHT' || spec.type === 'FULL'];
    this.nulls = [new Array<Value>(spec.leftArity).fill(null), new Array<Value>(spec.rightArity).fill(null)];
    this.cond = spec.condition ? compilePredicate(spec.condition) : null;
  }

  /** When a buffered row of `side` at `time` can no longer meet a new row of the other side. */
  private expiry(side: number, time: number): number {
    return side === 0 ? time - this.spec.lowerMs : time + this.spec.upperMs;
  }

  /** The other side's time range that matches a row of `side` at `time`. */
  private range(side: number, time: number): [number, number] {
    const { lowerMs, upperMs } = this.spec;
    return side === 0 ? [time - upperMs, time - lowerMs] : [time + lowerMs, time + upperMs];
  }

  private join(side: number, row: Row, other: Row): Row {
    return side === 0 ? [...row, ...other] : [...other, ...row];
  }

  processBatch(side: number, _kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const other = 1 - side;
    const timeCol = side === 0 ? this.spec.leftTime : this.spec.rightTime;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const time = row[timeCol];
      if (typeof time !== 'number') continue;
      const key = this.keyOf[side]!(row);
      const [lo, hi] = this.range(side, time);
      let emitted = false;
      const partners = this.sides[other]!.get(key);
      if (partners !== undefined) {
        for (const p of partners) {
          if (p.time < lo || p.time > hi) continue;
          const joined = this.join(side, row, p.row);
          if (this.cond !== null && !this.cond(joined)) continue;
          this.out.emit(RowKind.Insert, joined);
          emitted = true;
          p.emitted = true;
        }
      }
      const expires = this.expiry(side, time);
      if (expires > this.watermark) {
        let buf = this.sides[side]!.get(key);
        if (buf === undefined) this.sides[side]!.set(key, (buf = []));
        buf.push({ row, time, emitted });
        addTimer(this.timers[side]!, expires, key);
      } else {
        this.metrics.lateDropped++;
        if (!emitted && this.outer[side]) this.out.emit(RowKind.Insert, this.join(side, row, this.nulls[other]!));
      }
    }
  }

  override processWatermark(wm: number): void {
    if (wm <= this.watermark) return;
    this.watermark = wm;
    for (const side of [0, 1]) {
      const t = this.timers[side]!;
      const due = dueTimes(t, (e) => e <= wm);
      for (const e of due) {
        for (const key of t.get(e)!) this.expire(side, key, wm);
        t.delete(e);
      }
    }
  }

  private expire(side: number, key: StateKey, wm: number): void {
    const buf = this.sides[side]!.get(key);
    if (buf === undefined) return;
    const keep: Buffered[] = [];
    for (const b of buf) {
      if (this.expiry(side, b.time) > wm) keep.push(b);
      else if (!b.emitted && this.outer[side]) this.out.emit(RowKind.Insert, this.join(side, b.row, this.nulls[1 - side]!));
    }
    if (keep.length === 0) this.sides[side]!.delete(key);
    else this.sides[side]!.set(key, keep);
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.sides[0].size + this.sides[1].size;
  }

  override snapshotState(): unknown {
    return { watermark: this.watermark, sides: [this.sides[0].snapshot(), this.sides[1].snapshot()], timers: this.timers };
  }

  override restoreState(s: unknown): void {
    const st = s as {
      watermark: number;
      sides: [KeyedSnapshot<Buffered[]>, KeyedSnapshot<Buffered[]>];
      timers: [KeyTimers, KeyTimers];
    };
    this.watermark = st.watermark;
    this.sides[0].restore(st.sides[0]);
    this.sides[1].restore(st.sides[1]);
    this.timers = st.timers;
  }
}
