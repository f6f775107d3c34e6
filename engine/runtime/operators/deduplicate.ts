/**
 * Deduplication: ROW_NUMBER() OVER (PARTITION BY k ORDER BY time [DESC]) = 1 over append-only
 * input (Flink's ProcTime/RowTimeDeduplicateFunction).
 * - keep first on proctime: the first row per key, +I, never updated;
 * - keep last on proctime: +I for the first row, then -U(previous) / +U(latest);
 * - on rowtime: the row with the smallest (keep first) or largest (keep last, ties: the later
 *   arrival) time wins, emitting +I and then -U/+U whenever the winner changes.
 */
import { RowKind, type Row } from '../changelog';
import { keySelector, type StateKey } from '../row/key';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator } from './operator';

export interface DeduplicateSpec {
  readonly keys: readonly number[];
  readonly keepLast: boolean;
  /** The rowtime column; absent means processing time (arrival order). */
  readonly rowtimeColumn?: number;
  /** Emit -U before +U (default true). */
  readonly updateBefore?: boolean;
}

export class DeduplicateOperator extends BaseOperator {
  readonly name: string;
  private readonly state = new KeyedState<Row>();
  private readonly keyOf: (r: Row) => StateKey;
  private readonly updateBefore: boolean;

  constructor(private readonly spec: DeduplicateSpec) {
    super();
    this.name = `Deduplicate(${spec.keepLast ? 'last' : 'first'}, ${spec.rowtimeColumn === undefined ? 'proctime' : 'rowtime'})`;
    this.keyOf = keySelector(spec.keys);
    this.updateBefore = spec.updateBefore ?? true;
  }

  /** Whether `row` replaces `prev` as the kept row. */
  private replaces(prev: Row, row: Row): boolean {
    const c = this.spec.rowtimeColumn;
    if (c === undefined) return this.spec.keepLast;
    const t = row[c] as number;
    const p = prev[c] as number;
    return this.spec.keepLast ? t >= p : t < p;
  }

  processBatch(_input: number, _kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const key = this.keyOf(row);
      const prev = this.state.get(key);
      if (prev === undefined) {
        this.state.set(key, row);
        this.out.emit(RowKind.Insert, row);
        continue;
      }
      if (!this.replaces(prev, row)) continue;
      this.state.set(key, row);
      if (this.updateBefore) this.out.emit(RowKind.UpdateBefore, prev);
      this.out.emit(RowKind.UpdateAfter, row);
    }
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.state.size;
  }

  override snapshotState(): unknown {
    return this.state.snapshot();
  }

  override restoreState(s: unknown): void {
    this.state.restore(s as KeyedSnapshot<Row>);
  }
}
