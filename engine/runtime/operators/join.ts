/**
 * Regular (unbounded) equi-joins, INNER / LEFT / RIGHT / FULL, as Flink's
 * StreamingJoinOperator: both inputs are kept in keyed state (row -> multiplicity, plus for
 * an outer side the number of matching rows on the other side). An inner join forwards the
 * input's change kind; outer joins emit +I/-D: a row without partner appears null-padded,
 * and when its first partner arrives the padded row is retracted (-D) before the joined row
 * is inserted (+I); when its last partner leaves the reverse happens. Rows with a NULL join
 * key never match. An optional non-equi condition is evaluated over left ++ right.
 */
import type { Expr } from '../../expr/expr';
import type { Value } from '../../types/values';
import { isAccumulate, RowKind, type Row } from '../changelog';
import { compilePredicate, type RowPredicate } from '../compile/compile';
import { TwoSidedJoin, type JoinEntry } from './join-sides';
import { kindAt } from './operator';

export type JoinType = 'INNER' | 'LEFT' | 'RIGHT' | 'FULL';

export interface JoinSpec {
  readonly type: JoinType;
  readonly leftKeys: readonly number[];
  readonly rightKeys: readonly number[];
  readonly leftArity: number;
  readonly rightArity: number;
  /** Extra (non-equi) condition over the joined row left ++ right. */
  readonly condition?: Expr | null;
  /** table.exec.state.ttl: rows not written for this long leave the join state. */
  readonly stateTtlMs?: number;
}

type Entry = JoinEntry;

/** The partners of a row that has none (shared: most rows of most joins). */
const NO_MATCHES: Entry[] = [];

export class JoinOperator extends TwoSidedJoin {
  readonly name: string;
  private readonly outer: [boolean, boolean];
  private readonly nulls: [Value[], Value[]];
  private readonly cond: RowPredicate | null;

  constructor(spec: JoinSpec) {
    super(spec.leftKeys, spec.rightKeys, spec.stateTtlMs);
    this.name = `Join(${spec.type})`;
    this.outer = [spec.type === 'LEFT' || spec.type === 'FULL', spec.type === 'RIGHT' || spec.type === 'FULL'];
    this.nulls = [new Array<Value>(spec.leftArity).fill(null), new Array<Value>(spec.rightArity).fill(null)];
    this.cond = spec.condition ? compilePredicate(spec.condition) : null;
  }

  /** The joined row with `row` on side `side` and `other` on the other side. */
  private join(side: number, row: Row, other: Row): Row {
    return side === 0 ? [...row, ...other] : [...other, ...row];
  }

  /** The null-padded form of an outer-side entry, once per copy of the row. */
  private emitPadded(kind: RowKind, side: number, e: Entry): void {
    for (let c = 0; c < e.count; c++) this.out.emit(kind, this.join(side, e.row, this.nulls[1 - side]!));
  }

  processBatch(side: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const otherSide = 1 - side;
    const theirs = this.sides[otherSide]!;
    const outerMine = this.outer[side]!;
    const outerTheirs = this.outer[otherSide]!;
    const anyOuter = outerMine || outerTheirs;
    const now = this.sides[side]!.ttlMs !== undefined ? this.ctx.now() : 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const kind = kindAt(kinds, i);
      const acc = isAccumulate(kind);
      const key = this.keyOf[side]!(row);
      // Partners on the other side, with multiplicity.
      let matches: Entry[] = NO_MATCHES;
      let matched = 0;
      if (!this.hasNullKey(side, row)) {
        const other = theirs.get(key);
        if (other !== undefined) {
          for (const e of other.values()) {
            if (this.cond !== null && !this.cond(this.join(side, row, e.row))) continue;
            if (matches === NO_MATCHES) matches = [];
            matches.push(e);
            matched += e.count;
          }
        }
      }
      const outKind = anyOuter ? (acc ? RowKind.Insert : RowKind.Delete) : kind;
      if (acc) {
        if (matched === 0 && outerMine) this.out.emit(RowKind.Insert, this.join(side, row, this.nulls[otherSide]!));
        for (const e of matches) {
          if (outerTheirs) {
            if (e.assoc === 0) this.emitPadded(RowKind.Delete, otherSide, e);
            e.assoc++;
          }
          const joined = this.join(side, row, e.row);
          for (let c = 0; c < e.count; c++) this.out.emit(outKind, c === 0 ? joined : [...joined]);
        }
        this.addRow(side, key, row, now, matched);
      } else {
        this.removeRow(side, key, row);
        if (matched === 0 && outerMine) this.out.emit(RowKind.Delete, this.join(side, row, this.nulls[otherSide]!));
        for (const e of matches) {
          const joined = this.join(side, row, e.row);
          for (let c = 0; c < e.count; c++) this.out.emit(outKind, c === 0 ? joined : [...joined]);
          if (outerTheirs) {
            e.assoc--;
            if (e.assoc === 0) this.emitPadded(RowKind.Insert, otherSide, e);
          }
        }
      }
    }
  }
}
