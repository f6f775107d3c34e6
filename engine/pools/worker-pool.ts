/**
 * Worker threads of an embedded pool. Workers are started on demand up to a maximum, reused
 * when released, and terminated after sitting idle for `idleMs`: when nothing runs, no
 * worker thread is alive (scale to zero). Keyed subtasks of statements run on them
 * (engine/runtime/parallel/: a job leases one worker per slot with `tryAcquire`).
 */
import { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** The worker's script: a file path, or code when `eval` is set. */
  readonly script: string;
  readonly eval?: boolean;
  readonly maxWorkers: number;
  /** An idle worker is terminated after this many milliseconds. */
  readonly idleMs: number;
  readonly workerData?: unknown;
}

interface Entry {
  readonly worker: Worker;
  busy: boolean;
  idleTimer: NodeJS.Timeout | undefined;
  /** Idle too long: being terminated (never handed out again; alive until its exit). */
  retiring: boolean;
}

export class WorkerPool {
  private readonly entries = new Map<Worker, Entry>();
  private readonly waiters: Array<(w: Worker) => void> = [];
  private readonly exitWaiters: Array<() => void> = [];
  private closed = false;
  /** Workers started over the pool's life (a measure of reuse). */
  started = 0;

  constructor(private readonly o: WorkerPoolOptions) {
    if (!Number.isInteger(o.maxWorkers) || o.maxWorkers < 1) throw new Error(`maxWorkers must be a positive integer (got ${o.maxWorkers})`);
  }

  get alive(): number {
    return this.entries.size;
  }

  get busy(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.busy) n++;
    return n;
  }

  /** A worker for exclusive use until released; waits when all `maxWorkers` are busy. */
  acquire(): Promise<Worker> {
    if (this.closed) return Promise.reject(new Error('worker pool is shut down'));
    for (const e of this.entries.values()) {
      if (!e.busy && !e.retiring) {
        this.markBusy(e);
        return Promise.resolve(e.worker);
      }
    }
    if (this.serving < this.o.maxWorkers) return Promise.resolve(this.spawn().worker);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** A worker for exclusive use now (an idle one, or a new one under the maximum), else undefined. */
  tryAcquire(): Worker | undefined {
    if (this.closed) return undefined;
    for (const e of this.entries.values()) {
      if (!e.busy && !e.retiring) {
        this.markBusy(e);
        return e.worker;
      }
    }
    return this.serving < this.o.maxWorkers ? this.spawn().worker : undefined;
  }

  /** Workers that can be handed out (busy or idle; not those being terminated). */
  private get serving(): number {
    let n = 0;
    for (const e of this.entries.values()) if (!e.retiring) n++;
    return n;
  }

  release(worker: Worker): void {
    const e = this.entries.get(worker);
    if (!e || !e.busy) return;
    const next = this.waiters.shift();
    if (next) {
      next(worker);
      return;
    }
    e.busy = false;
    e.idleTimer = setTimeout(() => {
      e.retiring = true;
      void e.worker.terminate();
    }, this.o.idleMs);
    e.idleTimer.unref();
  }

  /** Resolves once no worker thread is alive. */
  whenIdle(): Promise<void> {
    if (this.entries.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.exitWaiters.push(resolve));
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.entries.values()].map((e) => e.worker.terminate()));
    await this.whenIdle();
  }

  private markBusy(e: Entry): void {
    e.busy = true;
    if (e.idleTimer) clearTimeout(e.idleTimer);
    e.idleTimer = undefined;
  }

  private spawn(): Entry {
    const worker = new Worker(this.o.script, { eval: this.o.eval ?? false, workerData: this.o.workerData });
    const entry: Entry = { worker, busy: true, idleTimer: undefined, retiring: false };
    this.entries.set(worker, entry);
    this.started++;
    worker.on('error', () => undefined); // an 'exit' follows; the pool forgets the worker then
    worker.on('exit', () => {
      if (entry.idleTimer) clearTimeout(entry.idleTimer);
      this.entries.delete(worker);
      if (this.entries.size === 0) for (const w of this.exitWaiters.splice(0)) w();
    });
    return entry;
  }
}
