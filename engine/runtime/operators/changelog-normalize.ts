/**
 * ChangelogNormalize (as Flink inserts after an upsert source): turns an upsert stream keyed by
 * the primary key (+I/+U carry the new row, -D the key, no -U) into a complete changelog. The
 * last row per key is kept: a new row for an unknown key emits +I; for a known key -U(old)
 * then +U(new), or nothing when the row is unchanged; a delete of a known key emits -D(old)
 * (with the stored row's values, since upsert deletes may carry only the key); a delete of an
 * unknown key is dropped.
 */
import { isAccumulate, RowKind, type Row } from '../changelog';
import { rowEquals } from '../row/compare';
import { keySelector, type StateKey } from '../row/key';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator, kindAt } from './operator';

export interface ChangelogNormalizeSpec {
  readonly primaryKey: readonly number[];
  /** Emit -U before +U (default true). */
  readonly updateBefore?: boolean;
  readonly stateTtlMs?: number;
}

export class ChangelogNormalizeOperator extends BaseOperator {
  readonly name = 'ChangelogNormalize';
  private readonly state: KeyedState<Row>;
  private readonly keyOf: (r: Row) => StateKey;
  private readonly updateBefore: boolean;

  constructor(spec: ChangelogNormalizeSpec) {
    super();
    this.state = new KeyedState(spec.stateTtlMs);
    this.keyOf = keySelector(spec.primaryKey);
    this.updateBefore = spec.updateBefore ?? true;
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const now = this.state.ttlMs !== undefined ? this.ctx.now() : 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const kind = kindAt(kinds, i);
      const key = this.keyOf(row);
      const prev = this.state.get(key);
      if (isAccumulate(kind)) {
        this.state.set(key, row);
        this.state.touch(key, now);
        if (prev === undefined) this.out.emit(RowKind.Insert, row);
        else if (!rowEquals(prev, row)) {
          if (this.updateBefore) this.out.emit(RowKind.UpdateBefore, prev);
          this.out.emit(RowKind.UpdateAfter, row);
        }
      } else if (kind === RowKind.Delete && prev !== undefined) {
        this.state.delete(key);
        this.out.emit(RowKind.Delete, prev);
      }
    }
  }

  onProcessingTime(now: number): void {
    this.state.expire(now);
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.state.size;
  }

  override snapshotState(): unknown {
    return this.state.snapshot();
  }

  override restoreState(s: unknown): void {
    this.state.restore(s as KeyedSnapshot<Row>, undefined, this.ctx.now());
  }
}
