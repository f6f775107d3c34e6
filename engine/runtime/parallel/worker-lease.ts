/**
 * The worker threads one job's keyed stages run on: slot i of the lease is one worker, which
 * hosts subtask i of every keyed stage of the job (so a job at parallelism p holds p workers,
 * as a pool counts slots). Workers come from a WorkerSource (the pool's WorkerPool,
 * engine/pools/worker-pool.ts) without waiting: when none is free the stage runs in process.
 * A worker goes back to its source once no subtask is left on it, and all of them when the
 * job ends (`close`).
 */
import type { Worker } from 'node:worker_threads';

export interface WorkerSource {
  /** A worker for exclusive use, or undefined when all are busy (never waits). */
  tryAcquire(): Worker | undefined;
  release(worker: Worker): void;
}

/** What runs on a leased worker (a RemoteSubtask). */
export interface LeasedTask {
  close(): void;
}

export class WorkerLease {
  private readonly slots: Array<Worker | undefined> = [];
  private readonly tasks = new Map<Worker, Set<LeasedTask>>();
  private closed = false;

  constructor(private readonly source: WorkerSource) {}

  /** The worker of slot `i` (acquired on first use), or undefined when the source has none free. */
  worker(i: number): Worker | undefined {
    if (this.closed) return undefined;
    let w = this.slots[i];
    if (w === undefined) {
      w = this.source.tryAcquire();
      if (w === undefined) return undefined;
      this.slots[i] = w;
      this.tasks.set(w, new Set());
    }
    return w;
  }

  /** `task` runs on `worker` (from `worker(i)`) until it is detached or the lease closes. */
  attach(worker: Worker, task: LeasedTask): void {
    this.tasks.get(worker)?.add(task);
  }

  /** `task` left `worker`; the last one gives the worker back. */
  detach(worker: Worker, task: LeasedTask): void {
    const set = this.tasks.get(worker);
    if (set === undefined) return;
    set.delete(task);
    if (set.size > 0) return;
    this.tasks.delete(worker);
    const i = this.slots.indexOf(worker);
    if (i >= 0) this.slots[i] = undefined;
    this.source.release(worker);
  }

  /** Workers held now. */
  get size(): number {
    return this.tasks.size;
  }

  /** The workers held now, by slot (metrics, tests). */
  get workers(): Worker[] {
    return this.slots.filter((w): w is Worker => w !== undefined);
  }

  /** The job ended: its subtasks are closed and every worker goes back. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const [w, set] of this.tasks) {
      for (const t of set) t.close();
      this.source.release(w);
    }
    this.tasks.clear();
    this.slots.length = 0;
  }
}
