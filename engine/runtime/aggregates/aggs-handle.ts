/**
 * All aggregate calls of one operator over one group. A group's state is `width` slots of a
 * flat array from a base index (the group's own array from 0, or a slab of many groups, see
 * state/slot-slab.ts): slot 0 counts the group's rows (so the operator knows when it is empty), slot 1 holds the
 * DISTINCT maps (value -> count per DISTINCT call, or null when no call is DISTINCT), and the
 * functions' slots follow. Applying a row honours DISTINCT (a function only sees a value's
 * first arrival and last departure) and FILTER (WHERE ...).
 */
import type { Value } from '../../types/values';
import type { Row } from '../changelog';
import { keySelector, type StateKey } from '../row/key';
import type { AggCall, AggFunction, Slots } from './agg-function';
import { aggregateFunction } from './registry';

/** A group's accumulators: [rows, distinct maps | null, ...function slots]. */
export type GroupAccumulators = Slots;

const ROWS = 0;
const DISTINCT = 1;
const FIRST_SLOT = 2;

export class AggsHandle {
  private readonly fns: AggFunction[];
  private readonly at: number[];
  private readonly width: number;
  private readonly argCol: number[];
  private readonly distinctKeyOf: (((row: Row) => StateKey) | null)[];
  private readonly filterOf: number[];
  private readonly anyDistinct: boolean;

  constructor(
    readonly calls: readonly AggCall[],
    retracting: boolean,
  ) {
    this.fns = calls.map((call) => aggregateFunction(call.fn)({ call, retracting }));
    this.at = [];
    let next = FIRST_SLOT;
    for (const f of this.fns) {
      this.at.push(next);
      next += f.slots;
    }
    this.width = next;
    this.argCol = calls.map((c) => c.args[0] ?? -1);
    this.distinctKeyOf = calls.map((c) => (c.distinct ? keySelector(c.args) : null));
    this.filterOf = calls.map((c) => c.filterArg ?? -1);
    this.anyDistinct = calls.some((c) => c.distinct);
  }

  get size(): number {
    return this.calls.length;
  }

  /** Slots per group. */
  get slots(): number {
    return this.width;
  }

  create(): GroupAccumulators {
    const s: Slots = new Array(this.width);
    this.init(s, 0);
    return s;
  }

  /** Initializes the group whose slots start at `base` of `g`. */
  init(g: Slots, base: number): void {
    g[base + ROWS] = 0;
    g[base + DISTINCT] = this.anyDistinct ? this.calls.map((c) => (c.distinct ? new Map() : null)) : null;
    for (let i = 0; i < this.fns.length; i++) this.fns[i]!.init(g, base + this.at[i]!);
  }

  /** Rows currently in the group (accumulated minus retracted). */
  rows(g: GroupAccumulators, base = 0): number {
    return g[base + ROWS] as number;
  }

  accumulate(g: GroupAccumulators, row: Row, base = 0): void {
    g[base + ROWS] = (g[base + ROWS] as number) + 1;
    const fns = this.fns;
    for (let i = 0; i < fns.length; i++) {
      const f = this.filterOf[i]!;
      if (f >= 0 && row[f] !== true) continue;
      const c = this.argCol[i]!;
      const v = c < 0 ? null : row[c]!;
      const dk = this.distinctKeyOf[i];
      if (dk) {
        if (v === null) continue;
        const m = (g[base + DISTINCT] as Map<StateKey, number>[])[i]!;
        const k = dk(row);
        const n = m.get(k) ?? 0;
        m.set(k, n + 1);
        if (n > 0) continue;
      }
      fns[i]!.accumulate(g, base + this.at[i]!, v);
    }
  }

  retract(g: GroupAccumulators, row: Row, base = 0): void {
    g[base + ROWS] = (g[base + ROWS] as number) - 1;
    const fns = this.fns;
    for (let i = 0; i < fns.length; i++) {
      const f = this.filterOf[i]!;
      if (f >= 0 && row[f] !== true) continue;
      const c = this.argCol[i]!;
      const v = c < 0 ? null : row[c]!;
      const dk = this.distinctKeyOf[i];
      if (dk) {
        if (v === null) continue;
        const m = (g[base + DISTINCT] as Map<StateKey, number>[])[i]!;
        const k = dk(row);
        const n = (m.get(k) ?? 0) - 1;
        if (n > 0) {
          m.set(k, n);
          continue;
        }
        m.delete(k);
        if (n < 0) continue;
      }
      fns[i]!.retract(g, base + this.at[i]!, v);
    }
  }

  /** Folds `b` into `a` (session windows merging); returns `a`. */
  merge(a: GroupAccumulators, b: GroupAccumulators): GroupAccumulators {
    a[ROWS] = (a[ROWS] as number) + (b[ROWS] as number);
    for (let i = 0; i < this.fns.length; i++) {
      const fn = this.fns[i]!;
      const at = this.at[i]!;
      fn.merge(a, b, at);
      const da = (a[DISTINCT] as (Map<StateKey, number> | null)[] | null)?.[i];
      const db = (b[DISTINCT] as (Map<StateKey, number> | null)[] | null)?.[i];
      if (da && db) {
        for (const [k, n] of db) {
          const had = da.get(k) ?? 0;
          // A value on both sides was counted twice by the merged function: take one back.
          if (had > 0) fn.retract(a, at, k as Value);
          da.set(k, had + n);
        }
      }
    }
    return a;
  }

  /** Writes the results into `target` from `offset` (no intermediate array). */
  valuesInto(g: GroupAccumulators, target: Value[], offset: number, base = 0): void {
    for (let i = 0; i < this.fns.length; i++) target[offset + i] = this.fns[i]!.value(g, base + this.at[i]!);
  }

  values(g: GroupAccumulators): Value[] {
    const out = new Array<Value>(this.fns.length);
    for (let i = 0; i < this.fns.length; i++) out[i] = this.fns[i]!.value(g, this.at[i]!);
    return out;
  }
}
