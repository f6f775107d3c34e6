/**
 * Semi and anti joins (IN / EXISTS, NOT IN / NOT EXISTS after decorrelation), as Flink's
 * StreamingSemiAntiJoinOperator: the output is left rows only. Both inputs are kept in keyed
 * state; every left row remembers how many right rows match it (equal keys and the optional
 * condition over left ++ right). A semi join emits a left row while it has a match, an anti
 * join while it has none: a right row arriving or leaving flips the left rows whose match count
 * crosses zero (+I / -D), and a left row's own changes pass through with their kind when it
 * is (semi) or is not (anti) matched. Rows with a NULL join key never match.
 */
import type { Expr } from '../../expr/expr';
import { isAccumulate, RowKind, type Row } from '../changelog';
import { compilePredicate, type RowPredicate } from '../compile/compile';
import { rowKey, type StateKey } from '../row/key';
import { TwoSidedJoin } from './join-sides';
import { kindAt } from './operator';

export interface SemiAntiJoinSpec {
  readonly anti: boolean;
  readonly leftKeys: readonly number[];
  readonly rightKeys: readonly number[];
  readonly leftArity: number;
  /** Extra (non-equi) condition over the joined row left ++ right. */
  readonly condition?: Expr | null;
  /** table.exec.state.ttl: rows not written for this long leave the join state. */
  readonly stateTtlMs?: number;
}

export class SemiAntiJoinOperator extends TwoSidedJoin {
  readonly name: string;
  private readonly cond: RowPredicate | null;

  constructor(private readonly spec: SemiAntiJoinSpec) {
    super(spec.leftKeys, spec.rightKeys, spec.stateTtlMs);
    this.name = spec.anti ? 'Join(LeftAntiJoin)' : 'Join(LeftSemiJoin)';
    this.cond = spec.condition ? compilePredicate(spec.condition) : null;
  }

  private matches(left: Row, right: Row): boolean {
    return this.cond === null || this.cond([...left, ...right]);
  }

  /** Whether a left row with `assoc` matches is emitted. */
  private visible(assoc: number): boolean {
    return this.spec.anti ? assoc === 0 : assoc > 0;
  }

  /** Adds (acc) or removes one copy of `row` in a side's state. */
  private store(side: number, key: StateKey, row: Row, acc: boolean, assoc: number, now: number): void {
    const state = this.sides[side]!;
    const rk = rowKey(row);
    let bucket = state.get(key);
    if (acc) {
      if (bucket === undefined) state.set(key, (bucket = new Map()));
      state.touch(key, now);
      const e = bucket.get(rk);
      if (e === undefined) bucket.set(rk, { row, count: 1, assoc });
      else e.count++;
      return;
    }
    const e = bucket?.get(rk);
    if (e === undefined) return;
    if (--e.count === 0) bucket!.delete(rk);
    if (bucket!.size === 0) state.delete(key);
  }

  processBatch(side: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const now = this.sides[side]!.ttlMs !== undefined ? this.ctx.now() : 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const kind = kindAt(kinds, i);
      const acc = isAccumulate(kind);
      const nullKey = this.hasNullKey(side, row);
      const key = this.keyOf[side]!(row);
      if (side === 0) {
        let assoc = 0;
        if (!nullKey) {
          const other = this.sides[1].get(key);
          if (other !== undefined) for (const e of other.values()) if (this.matches(row, e.row)) assoc += e.count;
        }
        if (this.visible(assoc)) this.out.emit(kind, row);
        this.store(0, key, row, acc, assoc, now);
        continue;
      }
      if (!nullKey) {
        const lefts = this.sides[0].get(key);
        if (lefts !== undefined) {
          for (const e of lefts.values()) {
            if (!this.matches(e.row, row)) continue;
            const before = this.visible(e.assoc);
            e.assoc += acc ? 1 : -1;
            const after = this.visible(e.assoc);
            if (before === after) continue;
            for (let c = 0; c < e.count; c++) this.out.emit(after ? RowKind.Insert : RowKind.Delete, e.row);
          }
        }
      }
      this.store(1, key, row, acc, 0, now);
    }
  }
}
