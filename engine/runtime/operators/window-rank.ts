/**
 * Window Top-N and window deduplication over the output of a window TVF (rows that carry
 * window_start / window_end): ROW_NUMBER() OVER (PARTITION BY window_start, window_end, keys
 * ORDER BY ...) <= N. Rows are buffered per window and partition (only the best N kept);
 * when the watermark reaches window_end - 1 each partition emits its rows once, insert-only,
 * optionally with the rank number appended. Window deduplication is the N = 1 case ordered by
 * the rowtime (ascending keeps the first row; descending with `latestWinsTies` the last).
 * Rows for windows that already fired are late: dropped and counted.
 */
import { RowKind, type Row } from '../changelog';
import { rowComparator, type SortField } from '../row/compare';
import { keySelector, type StateKey } from '../row/key';
import { BaseOperator, MIN_WATERMARK } from './operator';
import { isFired } from './window-assigner';

export interface WindowRankSpec {
  readonly windowEndColumn: number;
  /** Partition columns besides the window. */
  readonly partitionKeys: readonly number[];
  readonly orderBy: readonly SortField[];
  readonly n: number;
  readonly outputRank: boolean;
  /** Among equal sort keys the later arrival ranks first (window dedup keep-last). */
  readonly latestWinsTies?: boolean;
}

export class WindowRankOperator extends BaseOperator {
  readonly name = 'WindowRank';
  /** window_end -> partition key -> best rows, sorted. */
  private windows = new Map<number, Map<StateKey, Row[]>>();
  private watermark = MIN_WATERMARK;
  private readonly keyOf: (r: Row) => StateKey;
  private readonly cmp: (a: Row, b: Row) => number;

  constructor(private readonly spec: WindowRankSpec) {
    super();
    this.keyOf = keySelector(spec.partitionKeys);
    this.cmp = rowComparator(spec.orderBy);
  }

  processBatch(_input: number, _kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const n = this.spec.n;
    const latest = this.spec.latestWinsTies === true;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const end = row[this.spec.windowEndColumn];
      if (typeof end !== 'number') continue;
      if (isFired(end, this.watermark)) {
        this.metrics.lateDropped++;
        continue;
      }
      let parts = this.windows.get(end);
      if (parts === undefined) this.windows.set(end, (parts = new Map()));
      const key = this.keyOf(row);
      let best = parts.get(key);
      if (best === undefined) parts.set(key, (best = []));
      // Insertion point: after equal rows (earlier arrivals win), or before them when the latest wins.
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = this.cmp(best[mid]!, row);
        if (c < 0 || (c === 0 && !latest)) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= n) continue;
      best.splice(lo, 0, row);
      if (best.length > n) best.length = n;
    }
  }

  override processWatermark(wm: number): void {
    if (wm <= this.watermark) return;
    this.watermark = wm;
    const due = [...this.windows.keys()].filter((e) => isFired(e, wm)).sort((a, b) => a - b);
    for (const end of due) {
      for (const best of this.windows.get(end)!.values()) {
        for (let r = 0; r < best.length; r++) {
          this.out.emit(RowKind.Insert, this.spec.outputRank ? [...best[r]!, r + 1] : best[r]!);
        }
      }
      this.windows.delete(end);
    }
  }

  /** Keys held over all open windows (metrics). */
  stateSize(): number {
    let n = 0;
    for (const keys of this.windows.values()) n += keys.size;
    return n;
  }

  override snapshotState(): unknown {
    return { watermark: this.watermark, windows: this.windows };
  }

  override restoreState(s: unknown): void {
    const st = s as { watermark: number; windows: Map<number, Map<StateKey, Row[]>> };
    this.watermark = st.watermark;
    this.windows = st.windows;
  }
}
