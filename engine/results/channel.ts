/**
 * The results channel: a job pushes changelog batches in, a consumer (the results panel, the
 * terminal) receives them coalesced, at most `maxUpdatesPerSecond` deliveries a second. A
 * push inside the quiet interval is held and delivered with the ones after it when the
 * interval ends; `flush` delivers what is held at once (the job ended or stopped). Every
 * delivery carries the counters. Clock and timer are injectable, so tests are exact.
 */
import type { Row, RowKind } from '../runtime/changelog';
import { ResultCounters, type CounterSnapshot } from './counters';

export interface ResultBatch {
  readonly kinds: RowKind[];
  readonly rows: Row[];
  readonly counters: CounterSnapshot;
}

export interface Timer {
  cancel(): void;
}

export interface ResultsChannelOptions {
  /** Deliveries per second at most (default 10: a UI needs ~10 frames a second). */
  readonly maxUpdatesPerSecond?: number;
  readonly clock?: () => number;
  readonly schedule?: (fn: () => void, delayMs: number) => Timer;
}

const defaultSchedule = (fn: () => void, delayMs: number): Timer => {
  const t = setTimeout(fn, delayMs);
  return { cancel: () => clearTimeout(t) };
};

export class ResultsChannel {
  readonly counters: ResultCounters;
  private kinds: RowKind[] = [];
  private rows: Row[] = [];
  private lastDelivery = Number.NEGATIVE_INFINITY;
  private timer: Timer | null = null;
  private readonly intervalMs: number;
  private readonly clock: () => number;
  private readonly schedule: (fn: () => void, delayMs: number) => Timer;
  private closed = false;

  constructor(
    private readonly consumer: (batch: ResultBatch) => void,
    options: ResultsChannelOptions = {},
  ) {
    this.intervalMs = 1000 / Math.max(0.001, options.maxUpdatesPerSecond ?? 10);
    this.clock = options.clock ?? Date.now;
    this.schedule = options.schedule ?? defaultSchedule;
    this.counters = new ResultCounters(this.clock);
  }

  push(kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    if (this.closed || rows.length === 0) return;
    this.counters.count(kinds, rows.length);
    for (let i = 0; i < rows.length; i++) {
      this.kinds.push(kinds === undefined ? (0 as RowKind) : kinds[i]!);
      this.rows.push(rows[i]!);
    }
    const wait = this.lastDelivery + this.intervalMs - this.clock();
    if (wait <= 0) this.deliver();
    else if (this.timer === null) this.timer = this.schedule(() => {
      this.timer = null;
      this.deliver();
    }, wait);
  }

  /** Delivers whatever is held now. */
  flush(): void {
    if (this.timer) {
      this.timer.cancel();
      this.timer = null;
    }
    if (this.rows.length > 0) this.deliver();
  }

  close(): void {
    this.flush();
    this.closed = true;
  }

  /** Changes pushed but not delivered yet. */
  get pending(): number {
    return this.rows.length;
  }

  private deliver(): void {
    if (this.rows.length === 0) return;
    const batch: ResultBatch = { kinds: this.kinds, rows: this.rows, counters: this.counters.snapshot() };
    this.kinds = [];
    this.rows = [];
    this.lastDelivery = this.clock();
    this.consumer(batch);
  }
}
