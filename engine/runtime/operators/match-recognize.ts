/**
 * MATCH_RECOGNIZE (ONE ROW PER MATCH) over rows ordered by a rowtime column, per partition.
 * Rows wait until the watermark passes their time (late rows are dropped and counted), then
 * drive the pattern, compiled to a small program (match-pattern.ts: variables, sequences,
 * alternatives `(A | B)`, groups `(A B)+` and quantifiers, greedy or reluctant) that partial
 * matches step through as threads in preference order: each row extends every thread whose
 * variable's DEFINE holds for it, and a new match may start at every row. The first thread to
 * complete wins for its start row; AFTER MATCH SKIP PAST LAST ROW (default) drops the partial
 * matches that began inside the match, SKIP TO NEXT ROW only those that began at its first
 * row. WITHIN drops partial matches older than the interval. Output: partition keys, then the
 * measures.
 *
 * DEFINE conditions are compiled expressions over [current row ++ previous row of the
 * partition ++ one row per navigation]: navigation k (`A.price` of another variable,
 * `LAST(A.price, 1)`, `FIRST(A.price)`) occupies columns 2n + k*n ..., filled from the rows
 * the thread has mapped to its variable (the current row counting as the variable being
 * defined), NULLs where there is no such row.
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
import { compilePattern, type PatternNode, type Program } from './match-pattern';
import { BaseOperator, MIN_WATERMARK } from './operator';

export type { PatternNode } from './match-pattern';

/** A row a DEFINE condition reads besides the current and previous ones. */
export interface Navigation {
  /** The pattern variable ('' = every row of the match). */
  readonly variable: string;
  /** LAST (counting back from the latest row) or FIRST (counting from the first). */
  readonly last: boolean;
  readonly offset: number;
}

export type Measure =
  | { readonly kind: 'first' | 'last'; readonly variable?: string; readonly column: number; readonly offset?: number }
  /** An aggregate over the rows of one variable (or of the whole match). */
  | { readonly kind: 'agg'; readonly variable?: string; readonly call: AggCall }
  | { readonly kind: 'match-rowtime' };

export interface MatchRecognizeSpec {
  readonly partitionKeys: readonly number[];
  readonly timeColumn: number;
  readonly arity: number;
  readonly pattern: PatternNode;
  /** Conditions per variable; a variable without one matches any row. */
  readonly define: Readonly<Record<string, Expr>>;
  readonly navigations?: readonly Navigation[];
  readonly measures: readonly Measure[];
  readonly afterMatch?: 'PAST LAST ROW' | 'TO NEXT ROW';
  readonly withinMs?: number;
}

/** A partial match: where it is in the program, and the rows it mapped so far with their variables. */
interface Partial {
  start: number;
  pc: number;
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
  private readonly program: Program;
  private readonly conditions = new Map<string, RowPredicate>();
  private readonly navigations: readonly Navigation[];
  private readonly nulls: Value[];
  private readonly aggs: (AggsHandle | null)[];

  constructor(private readonly spec: MatchRecognizeSpec) {
    super();
    this.program = compilePattern(spec.pattern);
    this.keyOf = keySelector(spec.partitionKeys);
    for (const [v, c] of Object.entries(spec.define)) this.conditions.set(v, compilePredicate(c));
    this.navigations = spec.navigations ?? [];
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

  /** The row a navigation reads for thread `m` taking `row` as `variable`. */
  private navigate(nav: Navigation, m: Partial, row: Row, variable: string): Row {
    const rows: Row[] = [];
    for (let i = 0; i < m.rows.length; i++) if (nav.variable === '' || m.vars[i] === nav.variable) rows.push(m.rows[i]!);
    if (nav.variable === '' || nav.variable === variable) rows.push(row);
    const at = nav.last ? rows.length - 1 - nav.offset : nav.offset;
    return rows[at] ?? this.nulls;
  }

  private holds(variable: string, m: Partial, row: Row, previous: Row | null): boolean {
    const c = this.conditions.get(variable);
    if (c === undefined) return true;
    const input: Value[] = [...row, ...(previous ?? this.nulls)];
    for (const nav of this.navigations) input.push(...this.navigate(nav, m, row, variable));
    return c(input);
  }

  private step(p: PartitionState, row: Row): void {
    const seq = p.seq++;
    const ts = row[this.spec.timeColumn] as number;
    const within = this.spec.withinMs;
    const prog = this.program;
    // Threads in preference order (earlier starts first), then a new one starting at this row.
    const seed: Partial = { start: ts, pc: 0, rows: [], vars: [], firstSeq: seq };
    const waiting: Partial[] = [];
    for (const m of [...p.partials, ...prog.closure(0).map((pc) => ({ ...seed, pc }))]) {
      if (within !== undefined && m.rows.length > 0 && ts - m.start > within) continue;
      waiting.push(m);
    }
    const next: Partial[] = [];
    const done: Partial[] = [];
    const seen = new Set<string>();
    for (const m of waiting) {
      const variable = prog.variableAt(m.pc);
      if (!this.holds(variable, m, row, p.previous)) continue;
      const taken: Partial = { ...m, rows: [...m.rows, row], vars: [...m.vars, variable] };
      for (const pc of prog.closure(m.pc + 1)) {
        // One thread per (start, position): the preferred one.
        const id = `${m.firstSeq}/${pc}`;
        if (seen.has(id)) continue;
        seen.add(id);
        if (pc === prog.match) done.push({ ...taken, pc });
        else next.push({ ...taken, pc });
      }
    }
    p.previous = row;
    // Completed matches are emitted by start row; each applies the skip rule to the rest.
    const past = (this.spec.afterMatch ?? 'PAST LAST ROW') === 'PAST LAST ROW';
    let rest = next;
    let completed = done;
    for (;;) {
      const first = completed.reduce<Partial | undefined>((best, m) => (best === undefined || m.firstSeq < best.firstSeq ? m : best), undefined);
      if (first === undefined) break;
      this.emit(row, first);
      const keep = (m: Partial) => m !== first && (past ? m.firstSeq > seq : m.firstSeq !== first.firstSeq);
      rest = rest.filter(keep);
      completed = completed.filter(keep);
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
      const offset = ms.kind === 'first' || ms.kind === 'last' ? (ms.offset ?? 0) : 0;
      if (ms.kind === 'first') out.push(rows[offset]?.[ms.column] ?? null);
      else if (ms.kind === 'last') out.push(rows[rows.length - 1 - offset]?.[ms.column] ?? null);
      else {
        const h = this.aggs[i]!;
        const g = h.create();
        for (const r of rows) h.accumulate(g, r);
        out.push(h.values(g)[0]!);
      }
    });
    this.out.emit(RowKind.Insert, out);
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.state.size;
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
