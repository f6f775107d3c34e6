/**
 * ORDER BY rowtime [, more columns] on an unbounded stream (Flink's RowTimeSortOperator): rows
 * wait until the watermark passes their time and are then emitted in (time, further sort
 * keys) order, ties in arrival order. Rows at or below the watermark on arrival are late:
 * dropped and counted. Insert-only input and output.
 */
import { RowKind, type Row } from '../changelog';
import { rowComparator, type SortField } from '../row/compare';
import { BaseOperator, MIN_WATERMARK } from './operator';

export interface TemporalSortSpec {
  readonly timeColumn: number;
  /** Sort keys after the time column. */
  readonly thenBy?: readonly SortField[];
}

export class TemporalSortOperator extends BaseOperator {
  readonly name = 'TemporalSort';
  private pending = new Map<number, Row[]>();
  private watermark = MIN_WATERMARK;
  private readonly cmp: ((a: Row, b: Row) => number) | null;

  constructor(private readonly spec: TemporalSortSpec) {
    super();
    this.cmp = spec.thenBy && spec.thenBy.length > 0 ? rowComparator(spec.thenBy) : null;
  }

  processBatch(_input: number, _kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (const row of rows) {
      const ts = row[this.spec.timeColumn];
      if (typeof ts !== 'number') continue;
      if (ts <= this.watermark) {
        this.metrics.lateDropped++;
        continue;
      }
      const at = this.pending.get(ts);
      if (at === undefined) this.pending.set(ts, [row]);
      else at.push(row);
    }
  }

  override processWatermark(wm: number): void {
    if (wm <= this.watermark) return;
    this.watermark = wm;
    const due = [...this.pending.keys()].filter((t) => t <= wm).sort((a, b) => a - b);
    for (const ts of due) {
      const rows = this.pending.get(ts)!;
      this.pending.delete(ts);
      if (this.cmp) rows.sort(this.cmp); // Array.prototype.sort is stable: ties keep arrival order
      for (const r of rows) this.out.emit(RowKind.Insert, r);
    }
  }

  /** Rows waiting for the watermark (metrics). */
  stateSize(): number {
    let n = 0;
    for (const rows of this.pending.values()) n += rows.length;
    return n;
  }

  override snapshotState(): unknown {
    return { watermark: this.watermark, pending: this.pending };
  }

  override restoreState(s: unknown): void {
    const st = s as { watermark: number; pending: Map<number, Row[]> };
    this.watermark = st.watermark;
    this.pending = st.pending;
  }
}
