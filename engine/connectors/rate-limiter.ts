/**
 * Pacing for generator sources without blocking the event loop: a reader asks how many rows it
 * may emit now; when it is ahead of the rate the answer is 0 and the reader returns an idle
 * batch, so the runtime polls again later instead of waiting inside the source.
 */
export class RateLimiter {
  private readonly startMs: number;
  private emitted = 0;

  /** `rowsPerSecond` <= 0 or Infinity means unlimited. */
  constructor(
    private readonly rowsPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.startMs = now();
  }

  /** How many rows may be emitted right now (at most `want`). */
  allowance(want: number): number {
    if (!(this.rowsPerSecond > 0) || this.rowsPerSecond === Infinity) return want;
    const due = Math.floor(((this.now() - this.startMs) * this.rowsPerSecond) / 1000) + 1;
    return Math.max(0, Math.min(want, due - this.emitted));
  }

  /** Records rows actually emitted. */
  consume(n: number): void {
    this.emitted += n;
  }

  /** Milliseconds until the next row is due (0 when one is due now). */
  waitMs(): number {
    if (!(this.rowsPerSecond > 0) || this.rowsPerSecond === Infinity) return 0;
    const dueAt = this.startMs + (this.emitted * 1000) / this.rowsPerSecond;
    return Math.max(0, dueAt - this.now());
  }
}
