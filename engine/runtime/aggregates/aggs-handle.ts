/**
 * All aggregate calls of one operator over one group: creates the accumulators, applies a row
 * (accumulate or retract) honouring DISTINCT (a value -> count map per call: the function only
 * sees a value's first arrival and last departure) and FILTER (WHERE ...), counts the rows of
 * the group (so the operator knows when a group is empty), and reads the results.
 */
import type { Value } from '../../types/values';
import type { Row } from '../changelog';
import { keySelector, type StateKey } from '../row/key';
import type { AggCall, AggFunction } from './agg-function';
import { aggregateFunction } from './registry';

export interface GroupAccumulators {
  accs: unknown[];
  /** Per call: value -> count for DISTINCT calls, null otherwise; null when no call is DISTINCT. */
  distinct: (Map<StateKey, number> | null)[] | null;
  /** Rows currently in the group (accumulated minus retracted). */
  rows: number;
  /** The last result row emitted for the group, kept by operators that retract it later. */
  last: Row | null;
}

export class AggsHandle {
  private readonly fns: AggFunction[];
  private readonly argOf: ((row: Row) => Value)[];
  private readonly distinctKeyOf: (((row: Row) => StateKey) | null)[];
  private readonly filterOf: (number | undefined)[];
  private readonly anyDistinct: boolean;

  constructor(
    readonly calls: readonly AggCall[],
    retracting: boolean,
  ) {
    this.fns = calls.map((call) => aggregateFunction(call.fn)({ call, retracting }));
    this.argOf = calls.map((c) => {
      const a = c.args[0];
      return a === undefined ? () => null : (row: Row) => row[a]!;
    });
    this.distinctKeyOf = calls.map((c) => (c.distinct ? keySelector(c.args) : null));
    this.filterOf = calls.map((c) => c.filterArg);
    this.anyDistinct = calls.some((c) => c.distinct);
  }

  get size(): number {
    return this.calls.length;
  }

  create(): GroupAccumulators {
    return {
      accs: this.fns.map((f) => f.create()),
      distinct: this.anyDistinct ? this.calls.map((c) => (c.distinct ? new Map() : null)) : null,
      rows: 0,
      last: null,
    };
  }

  accumulate(g: GroupAccumulators, row: Row): void {
    g.rows++;
    for (let i = 0; i < this.fns.length; i++) {
      const f = this.filterOf[i];
      if (f !== undefined && row[f] !== true) continue;
      const v = this.argOf[i]!(row);
      const dk = this.distinctKeyOf[i];
      if (dk) {
        if (v === null) continue;
        const m = g.distinct![i]!;
        const k = dk(row);
        const n = m.get(k) ?? 0;
        m.set(k, n + 1);
        if (n > 0) continue;
      }
      g.accs[i] = this.fns[i]!.accumulate(g.accs[i], v);
    }
  }

  retract(g: GroupAccumulators, row: Row): void {
    g.rows--;
    for (let i = 0; i < this.fns.length; i++) {
      const f = this.filterOf[i];
      if (f !== undefined && row[f] !== true) continue;
      const v = this.argOf[i]!(row);
      const dk = this.distinctKeyOf[i];
      if (dk) {
        if (v === null) continue;
        const m = g.distinct![i]!;
        const k = dk(row);
        const n = (m.get(k) ?? 0) - 1;
        if (n > 0) {
          m.set(k, n);
          continue;
        }
        m.delete(k);
        if (n < 0) continue;
      }
      g.accs[i] = this.fns[i]!.retract(g.accs[i], v);
    }
  }

  /** Folds `b` into `a` (session windows merging). */
  merge(a: GroupAccumulators, b: GroupAccumulators): GroupAccumulators {
    a.rows += b.rows;
    for (let i = 0; i < this.fns.length; i++) {
      const fn = this.fns[i]!;
      a.accs[i] = fn.merge(a.accs[i], b.accs[i]);
      const da = a.distinct?.[i];
      const db = b.distinct?.[i];
      if (da && db) {
        for (const [k, n] of db) {
          const had = da.get(k) ?? 0;
          // A value in both sides was counted twice by the merged function: take one back.
          if (had > 0) a.accs[i] = fn.retract(a.accs[i], k as Value);
          da.set(k, had + n);
        }
      }
    }
    return a;
  }

  values(g: GroupAccumulators): Value[] {
    const out = new Array<Value>(this.fns.length);
    for (let i = 0; i < this.fns.length; i++) out[i] = this.fns[i]!.value(g.accs[i]);
    return out;
  }
}
