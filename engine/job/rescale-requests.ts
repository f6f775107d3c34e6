/**
 * Rescale requests to a running job (the statement runner's RunHandle.rescale): a request
 * waits for the run loop (run-plan.ts), which applies it between two executor rounds, when
 * no batch is in flight, by redistributing keyed state to the new parallelism
 * (Executor.rescale), and resolves it with the pause that took. A job that ends first
 * resolves what is still waiting without a change.
 */
import type { Executor } from '../runtime/executor/executor';

export interface RescaleResult {
  readonly parallelism: number;
  /** Milliseconds the job did not process rows while its state moved (0 when nothing moved). */
  readonly pauseMs: number;
  /** Keyed operators whose state was redistributed. */
  readonly operators: number;
}

interface Pending {
  readonly parallelism: number;
  readonly resolve: (r: RescaleResult) => void;
}

export class RescaleRequests {
  private readonly pending: Pending[] = [];
  private ended = false;

  constructor(private current = 1) {}

  /** The parallelism the job runs at (or will start at). */
  get parallelism(): number {
    return this.current;
  }

  request(parallelism: number): Promise<RescaleResult> {
    if (!Number.isInteger(parallelism) || parallelism < 1) return Promise.reject(new Error(`parallelism must be a positive integer (got ${parallelism})`));
    if (this.ended) {
      this.current = parallelism;
      return Promise.resolve({ parallelism, pauseMs: 0, operators: 0 });
    }
    return new Promise((resolve) => this.pending.push({ parallelism, resolve }));
  }

  /** The run loop, between rounds: applies every waiting request in turn. */
  apply(ex: Executor): void {
    for (const r of this.pending.splice(0)) {
      const t0 = performance.now();
      const operators = ex.rescale(r.parallelism);
      this.current = r.parallelism;
      r.resolve({ parallelism: r.parallelism, pauseMs: performance.now() - t0, operators });
    }
  }

  /** The job ended: waiting requests resolve with nothing moved (a restart starts at the new parallelism). */
  end(): void {
    this.ended = true;
    for (const r of this.pending.splice(0)) {
      this.current = r.parallelism;
      r.resolve({ parallelism: r.parallelism, pauseMs: 0, operators: 0 });
    }
  }
}
