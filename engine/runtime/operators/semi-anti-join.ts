/**
 * Semi and anti joins (IN / EXISTS, NOT IN / NOT EXISTS after decorrelation), as Flink's
 * StreamingSemiAntiJoinOperator: the output is left rows only. Both inputs are kept in keyed
 * state; every left row remembers how many right rows match it (equal keys and the optional
 * condition over left ++ right). A semi join emits a left row while it has a match, an anti
 * join while it has none: a right row arriving or leaving flips the left rows whose match count
 * crosses zero (+I / -D), and a left row's own changes pass through with their kind when it
 * is (semi) or is not (anti) matched. Rows with a NULL join key never match.
 *
 * A mark join (`spec.mark`: IN / EXISTS used as a value, under OR, NOT, in CASE, in the SELECT
 * list) emits every left row with one BOOLEAN appended, with SQL's three-valued logic (what
 * Calcite's SubQueryRemoveRule computes with LEFT joins over counts): of the right rows that
 * match (keys and condition, TRUE only, as a WHERE inside the subquery), `mark.test` (IN's
 * `x = y`; absent for EXISTS, where every match is TRUE) gives TRUE for some -> TRUE, else NULL
 * for some -> NULL, else FALSE (no row, or all FALSE). Every left row remembers how many gave
 * TRUE and how many NULL; a left row's own changes pass through with their kind and its current
 * column, and a right row arriving or leaving updates the left rows whose column flips (-U, +U).
 */
import type { Expr } from '../../expr/expr';
import { isAccumulate, RowKind, type Row } from '../changelog';
import { compilePredicate, compileScalar, type RowPredicate, type ScalarEvaluator } from '../compile/compile';
import type { StateKey } from '../row/key';
import { TwoSidedJoin } from './join-sides';
import { kindAt } from './operator';

export interface SemiAntiJoinSpec {
  readonly anti: boolean;
  /** A mark join: left rows with a BOOLEAN appended; `test` is IN's comparison over left ++ right (absent for EXISTS). */
  readonly mark?: { readonly test?: Expr };
  readonly leftKeys: readonly number[];
  readonly rightKeys: readonly number[];
  readonly leftArity: number;
  /** Extra (non-equi) condition over the joined row left ++ right. */
  readonly condition?: Expr | null;
  /** table.exec.state.ttl: rows not written for this long leave the join state. */
  readonly stateTtlMs?: number;
}

type Mark = boolean | null;

function markOf(trues: number, unknowns: number): Mark {
  return trues > 0 ? true : unknowns > 0 ? null : false;
}

export class SemiAntiJoinOperator extends TwoSidedJoin {
  readonly name: string;
  private readonly cond: RowPredicate | null;
  private readonly markTest: ScalarEvaluator | null;

  constructor(private readonly spec: SemiAntiJoinSpec) {
    super(spec.leftKeys, spec.rightKeys, spec.stateTtlMs);
    this.name = spec.mark ? 'Join(LeftMarkJoin)' : spec.anti ? 'Join(LeftAntiJoin)' : 'Join(LeftSemiJoin)';
    this.cond = spec.condition ? compilePredicate(spec.condition) : null;
    this.markTest = spec.mark?.test ? compileScalar(spec.mark.test) : null;
  }

  private matches(left: Row, right: Row): boolean {
    return this.cond === null || this.cond([...left, ...right]);
  }

  /** What a right row says about a left row in a mark join: undefined when it does not match. */
  private test(left: Row, right: Row): Mark | undefined {
    if (!this.matches(left, right)) return undefined;
    if (this.markTest === null) return true;
    const v = this.markTest([...left, ...right]);
    return v === null ? null : v === true;
  }

  /** Whether a left row with `assoc` matches is emitted. */
  private visible(assoc: number): boolean {
    return this.spec.anti ? assoc === 0 : assoc > 0;
  }

  /** Adds (acc) or removes one copy of `row` in a side's state. */
  private store(side: number, key: StateKey, row: Row, acc: boolean, assoc: number, now: number, unknown?: number): void {
    if (acc) this.addRow(side, key, row, now, assoc, unknown);
    else this.removeRow(side, key, row);
  }

  processBatch(side: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    if (this.spec.mark) return this.processMark(side, kinds, rows);
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

  /** A mark join's batch: `assoc` counts TRUE tests, `unknown` NULL ones. */
  private processMark(side: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const now = this.sides[side]!.ttlMs !== undefined ? this.ctx.now() : 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const kind = kindAt(kinds, i);
      const acc = isAccumulate(kind);
      const nullKey = this.hasNullKey(side, row);
      const key = this.keyOf[side]!(row);
      if (side === 0) {
        let trues = 0;
        let unknowns = 0;
        if (!nullKey) {
          const other = this.sides[1].get(key);
          if (other !== undefined) {
            for (const e of other.values()) {
              const m = this.test(row, e.row);
              if (m === true) trues += e.count;
              else if (m === null) unknowns += e.count;
            }
          }
        }
        this.out.emit(kind, [...row, markOf(trues, unknowns)]);
        this.store(0, key, row, acc, trues, now, unknowns);
        continue;
      }
      if (!nullKey) {
        const lefts = this.sides[0].get(key);
        if (lefts !== undefined) {
          for (const e of lefts.values()) {
            const m = this.test(e.row, row);
            if (m === undefined || m === false) continue;
            const before = markOf(e.assoc, e.unknown ?? 0);
            if (m === true) e.assoc += acc ? 1 : -1;
            else e.unknown = (e.unknown ?? 0) + (acc ? 1 : -1);
            const after = markOf(e.assoc, e.unknown ?? 0);
            if (before === after) continue;
            for (let c = 0; c < e.count; c++) {
              this.out.emit(RowKind.UpdateBefore, [...e.row, before]);
              this.out.emit(RowKind.UpdateAfter, [...e.row, after]);
            }
          }
        }
      }
      this.store(1, key, row, acc, 0, now);
    }
  }
}
