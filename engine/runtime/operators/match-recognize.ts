/**
 * MATCH_RECOGNIZE (ONE ROW PER MATCH) over rows ordered by a rowtime column, per partition.
 * Rows wait until the watermark passes their time (late rows are dropped and counted), then
 * drive a small NFA: the pattern is a sequence of variables with quantifiers (`A B+ C?`,
 * `{n,m}`), each row extends every partial match (taking the row in the current variable if
 * its DEFINE holds and the quantifier allows, or moving on to the next variable), and a new
 * match may start at every row. The first partial match to complete wins for its start row;
 * AFTER MATCH SKIP PAST LAST ROW (default) drops partial matches that began inside the match,
 * SKIP TO NEXT ROW only those that began at its first row. WITHIN drops partial matches older
 * than the interval. Output: partition keys, then the measures.
 *
 * DEFINE conditions are compiled expressions over [current row ++ previous row of the
 * partition] (the planner maps `PREV(col)` to `n + col`; NULLs when there is no previous row).
 */
import type { Expr } from '../../expr/expr';
import type { Value } from '../../types/values';
import { RowKind, type Row } from '../changelog';
import { compilePredicate, type RowPredicate } from '../compile/compile';
import { AggsHandle } from '../aggregates/aggs-handle';
import type { AggCall } from '../aggregates/agg-function';
import { keySelector, type StateKey } from '../row/key';
import { addTimer, dueTimes, type KeyTimers } from './key-timers';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator, MIN_WATERMARK } from './operator';

export interface PatternElement {
  readonly variable: string;
  readonly min: number;
  /** Infinity for `*`, `+`, `{n,}`. */
  readonly max: number;
  /** `*?`, `+?`, `??`, `{n,m}?`: prefer fewer rows. The last element must be reluctant or fixed. */
  readonly reluctant?: boolean;
}

export type Measure =
  | { readonly kind: 'first' | 'last'; readonly variable?: string; readonly column: number }
  /** An aggregate over the rows of one variable (or of the whole match). */
  | { readonly kind: 'agg'; readonly variable?: string; readonly call: AggCall }
  | { readonly kind: 'match-rowtime' };

export interface MatchRecognizeSpec {
  readonly partitionKeys: readonly number[];
  readonly timeColumn: number;
  readonly arity: number;
  readonly pattern: readonly PatternElement[];
  /** Conditions per variable; a variable without one matches any row. */
  readonly define: Readonly<Record<string, Expr>>;
  readonly measures: readonly Measure[];
  readonly afterMatch?: 'PAST LAST ROW' | 'TO NEXT ROW';
  readonly withinMs?: number;
}

/** A partial match: which element it is in, how many rows that element took, and the rows so far. */
interface Partial {
  start: number;
  element: number;
  count: number;
  rows: Row[];
  vars: string[];
  /** Sequence number of the first row (for skip rules). */
  firstSeq: number;
}

interface PartitionState {
  pending: Map<number, Row[]>;
  previous: Row | null;
  partials: Partial[];
  seq: number;
}

export class MatchRecognizeOperator extends BaseOperator {
  readonly name = 'MatchRecognize';
  private readonly state = new KeyedState<PartitionState>();
  private timers: KeyTimers = new Map();
  private watermark = MIN_WATERMARK;
  private readonly keyOf: (r: Row) => StateKey;
  private readonly conditions: (RowPredicate | null)[];
  private readonly nulls: Value[];
  private readonly aggs: (AggsHandle | null)[];

  constructor(private readonly spec: MatchRecognizeSpec) {
    super();
    const last = spec.pattern[spec.pattern.length - 1];
    if (last === undefined) throw new Error('MATCH_RECOGNIZE needs a pattern');
    if (last.min !== last.max && !last.reluctant) {
      throw new Error(`Greedy quantifiers are not allowed as the last element of a pattern (${last.variable}); use a reluctant one`);
    }
    this.keyOf = keySelector(spec.partitionKeys);
    this.conditions = spec.pattern.map((p) => (spec.define[p.variable] ? compilePredicate(spec.define[p.variable]!) : null));
    this.nulls = new Array<Value>(spec.arity).fill(null);
    this.aggs = spec.measures.map((m) => (m.kind === 'agg' ? new AggsHandle([m.call], false) : null));
  }

  processBatch(_input: number, _kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (const row of rows) {
      const ts = row[this.spec.timeColumn];
      if (typeof ts !== 'number') continue;
      if (ts <= this.watermark) {
        this.metrics.lateDropped++;
        continue;
      }
      const key = this.keyOf(row);
      let p = this.state.get(key);
      if (p === undefined) this.state.set(key, (p = { pending: new Map(), previous: null, partials: [], seq: 0 }));
      const at = p.pending.get(ts);
      if (at === undefined) p.pending.set(ts, [row]);
      else at.push(row);
      addTimer(this.timers, ts, key);
    }
  }

  override processWatermark(wm: number): void {
    if (wm <= this.watermark) return;
    this.watermark = wm;
    const due = dueTimes(this.timers, (t) => t <= wm);
    for (const ts of due) {
      for (const key of this.timers.get(ts)!) {
        const p = this.state.get(key);
        const rows = p?.pending.get(ts);
        if (p === undefined || rows === undefined) continue;
        p.pending.delete(ts);
        for (const r of rows) this.step(p, r);
      }
      this.timers.delete(ts);
    }
  }

  private holds(element: number, row: Row, previous: Row | null): boolean {
    const c = this.conditions[element];
    return c === null || c === undefined || c([...row, ...(previous ?? this.nulls)]);
  }

  /** Extends a partial match by one row: every way the pattern allows. */
  private advance(m: Partial, row: Row, previous: Row | null, out: Partial[]): void {
    const pat = this.spec.pattern;
    // Stay in the current element.
    if (m.element < pat.length && m.count < pat[m.element]!.max && this.holds(m.element, row, previous)) {
      out.push({ ...m, count: m.count + 1, rows: [...m.rows, row], vars: [...m.vars, pat[m.element]!.variable] });
    }
    // Or move on past elements that have their minimum (optional ones may be skipped entirely).
    let e = m.element;
    let count = m.count;
    while (e < pat.length && count >= pat[e]!.min) {
      e++;
      count = 0;
      if (e < pat.length && this.holds(e, row, previous)) {
        out.push({ ...m, element: e, count: 1, rows: [...m.rows, row], vars: [...m.vars, pat[e]!.variable] });
      }
    }
  }

  /** In the last element with its minimum reached (the last element is reluctant or fixed). */
  private complete(m: Partial): boolean {
    const pat = this.spec.pattern;
    return m.element === pat.length - 1 && m.count >= pat[m.element]!.min && m.count > 0;
  }

  private step(p: PartitionState, row: Row): void {
    const seq = p.seq++;
    const ts = row[this.spec.timeColumn] as number;
    const within = this.spec.withinMs;
    const next: Partial[] = [];
    const starting: Partial = { start: ts, element: 0, count: 0, rows: [], vars: [], firstSeq: seq };
    for (const m of [...p.partials, starting]) {
      if (within !== undefined && m.rows.length > 0 && ts - m.start > within) continue;
      if (m === starting) {
        // A new match starts with the first element (or a later one when earlier ones are optional).
        this.advance({ ...starting, element: 0, count: 0 }, row, p.previous, next);
        continue;
      }
      this.advance(m, row, p.previous, next);
    }
    p.previous = row;
    // Drop the seeds that did not take the row, keep one partial per (start, element, count) state.
    const seen = new Set<string>();
    const alive: Partial[] = [];
    for (const m of next) {
      if (m.rows.length === 0) continue;
      const id = `${m.firstSeq}/${m.element}/${m.count}`;
      if (seen.has(id)) continue;
      seen.add(id);
      alive.push(m);
    }
    // Completed matches are emitted by start row; each applies the skip rule to the rest.
    alive.sort((a, b) => a.firstSeq - b.firstSeq);
    const past = (this.spec.afterMatch ?? 'PAST LAST ROW') === 'PAST LAST ROW';
    let rest = alive;
    for (;;) {
      const done = rest.find((m) => this.complete(m));
      if (done === undefined) break;
      this.emit(row, done);
      rest = rest.filter((m) => m !== done && (past ? m.firstSeq > seq : m.firstSeq !== done.firstSeq));
    }
    p.partials = rest;
  }

  private emit(last: Row, m: Partial): void {
    const out: Value[] = this.spec.partitionKeys.map((c) => last[c]!);
    this.spec.measures.forEach((ms, i) => {
      if (ms.kind === 'match-rowtime') {
        out.push(m.rows[m.rows.length - 1]![this.spec.timeColumn]!);
        return;
      }
      const rows = ms.variable === undefined ? m.rows : m.rows.filter((_r, j) => m.vars[j] === ms.variable);
      if (ms.kind === 'first') out.push(rows.length === 0 ? null : rows[0]![ms.column]!);
      else if (ms.kind === 'last') out.push(rows.length === 0 ? null : rows[rows.length - 1]![ms.column]!);
      else {
        const h = this.aggs[i]!;
        const g = h.create();
        for (const r of rows) h.accumulate(g, r);
        out.push(h.values(g)[0]!);
      }
    });
    this.out.emit(RowKind.Insert, out);
  }

  override snapshotState(): unknown {
    return { watermark: this.watermark, partitions: this.state.snapshot(), timers: this.timers };
  }

  override restoreState(s: unknown): void {
    const st = s as { watermark: number; partitions: KeyedSnapshot<PartitionState>; timers: KeyTimers };
    this.watermark = st.watermark;
    this.state.restore(st.partitions);
    this.timers = st.timers;
  }
}
