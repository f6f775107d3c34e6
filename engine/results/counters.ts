/**
 * Counters of a result stream: changes by kind, late rows dropped upstream, and the rate
 * (changes in the last whole second of the clock, so a status line reads steadily).
 */
import { RowKind } from '../runtime/changelog';

export interface CounterSnapshot {
  readonly inserts: number;
  readonly updatesBefore: number;
  readonly updatesAfter: number;
  readonly deletes: number;
  /** Rows dropped as late by window / OVER / interval operators. */
  readonly late: number;
  /** Changes per second, over the last whole second. */
  readonly rate: number;
  /** Malformed source records tolerated under the table's error policy (counted, skipped or NULL-padded). */
  readonly malformed: number;
  /** The job's current watermark (epoch ms), when known. */
  readonly watermark?: number;
  /** The watermark reached the end of bounded input (+∞): every source has ended. */
  readonly inputEnded?: boolean;
  /** Records its sources have not read yet (Kafka: consumer lag), when they can tell. */
  readonly backlog?: number;
}

export class ResultCounters {
  private readonly byKind = [0, 0, 0, 0];
  late = 0;
  malformed = 0;
  /** The sources' backlog after the last round (undefined: no source can tell). */
  backlog: number | undefined;
  private wm: number | undefined;
  private ended = false;
  private second = Number.NaN;
  private inSecond = 0;
  private lastRate = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  count(kinds: readonly RowKind[] | undefined, rows: number): void {
    if (kinds === undefined) this.byKind[RowKind.Insert] += rows;
    else for (let i = 0; i < rows; i++) this.byKind[kinds[i]!]!++;
    this.tick(rows);
  }

  private tick(rows: number): void {
    const s = Math.floor(this.clock() / 1000);
    if (s !== this.second) {
      this.lastRate = s === this.second + 1 ? this.inSecond : 0;
      this.second = s;
      this.inSecond = 0;
    }
    this.inSecond += rows;
  }

  /**
   * The job's watermark. The end of bounded input (+∞) and no watermark yet (-∞) keep the last
   * finite one; +∞ also marks the input as ended (`inputEnded`).
   */
  get watermark(): number | undefined {
    return this.wm;
  }
  set watermark(wm: number | undefined) {
    if (wm === Number.POSITIVE_INFINITY) this.ended = true;
    else if (wm === undefined || Number.isFinite(wm)) this.wm = wm;
  }

  get total(): number {
    return this.byKind[0]! + this.byKind[1]! + this.byKind[2]! + this.byKind[3]!;
  }

  snapshot(): CounterSnapshot {
    this.tick(0);
    return {
      inserts: this.byKind[RowKind.Insert]!,
      updatesBefore: this.byKind[RowKind.UpdateBefore]!,
      updatesAfter: this.byKind[RowKind.UpdateAfter]!,
      deletes: this.byKind[RowKind.Delete]!,
      late: this.late,
      malformed: this.malformed,
      rate: this.lastRate,
      ...(this.wm !== undefined ? { watermark: this.wm } : {}),
      ...(this.ended ? { inputEnded: true } : {}),
      ...(this.backlog !== undefined ? { backlog: this.backlog } : {}),
    };
  }
}
