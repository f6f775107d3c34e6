/**
 * Rescale requests to a running job (the statement runner's RunHandle.rescale): a request
 * waits for the run loop (run-plan.ts), which applies it between two executor rounds, when
 * no batch is in flight: a checkpointed job first takes a durable checkpoint (with its sinks'
 * two-phase commit; it records the new parallelism), so a crash right after the rescale
 * resumes there at the new parallelism with nothing lost or repeated; then keyed state is
 * redistributed to the new parallelism (Executor.rescale). The request resolves with the
 * pause that took (checkpoint included). A job that ends first resolves what is still waiting
 * without a change.
 */
import type { Executor } from '../runtime/executor/executor';

export interface RescaleResult {
  readonly parallelism: number;
  /** Milliseconds the job did not process rows while its state moved (0 when nothing moved). */
  readonly pauseMs: number;
  /** Keyed operators whose state was redistributed. */
  readonly operators: number;
  /** The checkpoint taken before the state moved (checkpointed jobs). */
  readonly checkpoint?: number;
}

/** Takes a durable checkpoint of the job that records `parallelism`; returns its id. */
export type CheckpointBeforeRescale = (parallelism: number) => Promise<number>;

interface Pending {
  readonly parallelism: number;
  readonly resolve: (r: RescaleResult) => void;
  readonly reject: (e: unknown) => void;
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
    return new Promise((resolve, reject) => this.pending.push({ parallelism, resolve, reject }));
  }

  /**
   * The run loop, between rounds: applies every waiting request in turn, a checkpoint first
   * when `checkpoint` is given and the parallelism changes. A failed checkpoint fails the
   * request and is thrown (the job fails as with any failed checkpoint).
   */
  async apply(ex: Executor, checkpoint?: CheckpointBeforeRescale): Promise<void> {
    if (this.pending.length === 0) return;
    for (const r of this.pending.splice(0)) {
      const t0 = performance.now();
      let id: number | undefined;
      if (checkpoint !== undefined && r.parallelism !== this.current) {
        try {
          id = await checkpoint(r.parallelism);
        } catch (e) {
          r.reject(e);
          throw e;
        }
      }
      const operators = ex.rescale(r.parallelism);
      this.current = r.parallelism;
      r.resolve({ parallelism: r.parallelism, pauseMs: performance.now() - t0, operators, ...(id !== undefined ? { checkpoint: id } : {}) });
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
