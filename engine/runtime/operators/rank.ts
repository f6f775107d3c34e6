/**
 * Top-N: ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) <= N, with or without the rank
 * column (Flink's AppendOnlyTopNFunction / RetractableTopNFunction); RANK() and DENSE_RANK()
 * <= N keep every row whose rank (equal sort keys share one) is in range, ties included, and
 * a change emits -D / +I for the (row, rank) pairs that left or entered the result. Each partition keeps its
 * rows sorted (ties in arrival order); over append-only input only the top N are kept, over
 * retracting input all rows are. After each change the old and new top N are compared:
 * with the rank column every rank whose row changed emits -U(old, rank) / +U(new, rank)
 * (+I / -D where a rank appears or disappears); without it, rows that left the top N emit -D
 * and rows that entered emit +I.
 */
import { isAccumulate, RowKind, type Row } from '../changelog';
import { rowComparator, rowEquals, type SortField } from '../row/compare';
import { keySelector, type StateKey } from '../row/key';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator, kindAt } from './operator';

export interface RankSpec {
  readonly partitionKeys: readonly number[];
  readonly orderBy: readonly SortField[];
  /** Keep ranks up to n. */
  readonly n: number;
  /** The first rank kept (WHERE rn BETWEEN start AND n); 1 by default. */
  readonly rankStart?: number;
  /** Append the rank number (BIGINT) as the last column. */
  readonly outputRank: boolean;
  readonly inputRetracts?: boolean;
  /** How rows are numbered; ROW_NUMBER when absent. */
  readonly rankType?: 'ROW_NUMBER' | 'RANK' | 'DENSE_RANK';
}

export class RankOperator extends BaseOperator {
  readonly name = 'Rank';
  private readonly state = new KeyedState<Row[]>();
  private readonly keyOf: (r: Row) => StateKey;
  private readonly cmp: (a: Row, b: Row) => number;

  constructor(private readonly spec: RankSpec) {
    super();
    this.keyOf = keySelector(spec.partitionKeys);
    this.cmp = rowComparator(spec.orderBy);
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    if ((this.spec.rankType ?? 'ROW_NUMBER') !== 'ROW_NUMBER') return this.processRanked(kinds, rows);
    const n = this.spec.n;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const key = this.keyOf(row);
      let sorted = this.state.get(key);
      if (sorted === undefined) {
        if (!isAccumulate(kindAt(kinds, i))) continue;
        this.state.set(key, (sorted = []));
      }
      const before = sorted.slice(0, n);
      if (isAccumulate(kindAt(kinds, i))) {
        const at = this.upperBound(sorted, row);
        if (!this.spec.inputRetracts && at >= n) continue;
        sorted.splice(at, 0, row);
        if (!this.spec.inputRetracts && sorted.length > n) sorted.length = n;
      } else {
        const at = this.find(sorted, row);
        if (at < 0) continue;
        sorted.splice(at, 1);
        if (sorted.length === 0) this.state.delete(key);
      }
      this.emitDiff(before, sorted.slice(0, n));
    }
  }

  /** RANK / DENSE_RANK: every row of the partition is kept (a later tie may share a rank in range). */
  private processRanked(kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const key = this.keyOf(row);
      let sorted = this.state.get(key);
      const acc = isAccumulate(kindAt(kinds, i));
      if (sorted === undefined) {
        if (!acc) continue;
        this.state.set(key, (sorted = []));
      }
      const before = this.ranked(sorted);
      if (acc) sorted.splice(this.upperBound(sorted, row), 0, row);
      else {
        const at = this.find(sorted, row);
        if (at < 0) continue;
        sorted.splice(at, 1);
        if (sorted.length === 0) this.state.delete(key);
      }
      const after = this.ranked(sorted);
      const out = (r: Row, rank: number): Row => (this.spec.outputRank ? [...r, rank] : r);
      for (const [r, rank] of before) if (after.get(r) !== rank) this.out.emit(RowKind.Delete, out(r, rank));
      for (const [r, rank] of after) if (before.get(r) !== rank) this.out.emit(RowKind.Insert, out(r, rank));
    }
  }

  /** The rows whose RANK / DENSE_RANK is within [rankStart, n], with their rank. */
  private ranked(sorted: readonly Row[]): Map<Row, number> {
    const out = new Map<Row, number>();
    const dense = this.spec.rankType === 'DENSE_RANK';
    const start = this.spec.rankStart ?? 1;
    let rank = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i === 0 || this.cmp(sorted[i - 1]!, sorted[i]!) !== 0) rank = dense ? rank + 1 : i + 1;
      if (rank > this.spec.n) break;
      if (rank >= start) out.set(sorted[i]!, rank);
    }
    return out;
  }

  /** First index whose row sorts after `row` (ties keep arrival order). */
  private upperBound(sorted: Row[], row: Row): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(sorted[mid]!, row) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of a row equal to `row` (the last such, matching how ties were appended). */
  private find(sorted: Row[], row: Row): number {
    const end = this.upperBound(sorted, row);
    for (let i = end - 1; i >= 0 && this.cmp(sorted[i]!, row) === 0; i--) if (rowEquals(sorted[i]!, row)) return i;
    return -1;
  }

  private emitDiff(allBefore: Row[], allAfter: Row[]): void {
    const skip = (this.spec.rankStart ?? 1) - 1;
    const before = skip > 0 ? allBefore.slice(skip) : allBefore;
    const after = skip > 0 ? allAfter.slice(skip) : allAfter;
    if (this.spec.outputRank) {
      const len = Math.max(before.length, after.length);
      for (let r = 0; r < len; r++) {
        const o = before[r];
        const nw = after[r];
        if (o !== undefined && nw !== undefined) {
          if (o === nw) continue;
          this.out.emit(RowKind.UpdateBefore, [...o, skip + r + 1]);
          this.out.emit(RowKind.UpdateAfter, [...nw, skip + r + 1]);
        } else if (nw !== undefined) this.out.emit(RowKind.Insert, [...nw, skip + r + 1]);
        else if (o !== undefined) this.out.emit(RowKind.Delete, [...o, skip + r + 1]);
      }
      return;
    }
    const stay = new Set<Row>(after);
    const was = new Set<Row>(before);
    for (const o of before) if (!stay.has(o)) this.out.emit(RowKind.Delete, o);
    for (const nw of after) if (!was.has(nw)) this.out.emit(RowKind.Insert, nw);
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.state.size;
  }

  override snapshotState(): unknown {
    return this.state.snapshot();
  }

  override restoreState(s: unknown): void {
    this.state.restore(s as KeyedSnapshot<Row[]>);
  }
}
