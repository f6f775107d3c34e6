/**
 * Keyed parallelism: N subtasks of a keyed operator (a GROUP BY, a join, a window aggregation,
 * a Top-N, dedup or OVER aggregation: parallel/stage-spec.ts), each owning a contiguous
 * key-group range (state/key-groups.ts). A batch is routed by the key group of each row's key
 * (the hash exchange), each subtask gets its rows in their original order, and their outputs
 * go into the one collector (the merge): every key is
 * processed by one subtask in input order, so each key's changelog is exactly what one subtask
 * would emit; only the interleaving of different keys differs. Watermarks, processing time and
 * end of input reach every subtask.
 *
 * Subtasks run in process (parallelism 1 always: no exchange, no overhead), or, when the job
 * leases worker threads (parallel/worker-lease.ts) and the stage has a spec a worker can build
 * it from (parallel/stage-spec.ts), one per worker thread (parallel/remote-subtask.ts): each
 * subtask's rows are encoded into one transferred ArrayBuffer (parallel/batch-codec.ts; small
 * batches of one input are gathered first, up to FLUSH_ROWS), and a few requests stay in
 * flight per subtask, so the executor's thread routes and encodes the next batch while workers
 * compute the last. Watermarks and processing time travel with the next request to a stage
 * whose output they change nothing of (GROUP BY, regular / semi / anti joins), and as requests
 * of their own, in order, to one they make emit (windows, timers: stageEmitsOnTime). Their
 * outputs are merged as they come back, and all of them before a watermark goes on when this stage's output carries the rowtime, before
 * the final watermark, at end of input, at a checkpoint and at a rescale (`settle`).
 *
 * State is the subtasks' keyed snapshots merged into one, in the same format as a single
 * operator's, so a checkpoint taken at any parallelism restores at any other; `rescale`
 * snapshots, builds the subtasks of the new parallelism and gives each its key groups.
 */
import type { Row, RowKind } from '../changelog';
import { keyGroupOf, keySelector, type StateKey } from '../row/key';
import { keyGroupOwners, keyGroupRange, mergeKeyedStates, splitKeyedState } from '../state/key-groups';
import { BatchEncoder, decodeBatch } from '../parallel/batch-codec';
import { RemoteSubtask } from '../parallel/remote-subtask';
import { stageEmitsOnTime, type KeyedStageSpec } from '../parallel/stage-spec';
import type { WorkerLease } from '../parallel/worker-lease';
import { MAX_WATERMARK, type Operator, type OperatorContext } from './operator';

/** An operator whose state can be redistributed to another parallelism. */
export interface Rescalable {
  readonly parallelism: number;
  rescale(parallelism: number): void;
}

export function isRescalable(op: Operator): op is Operator & Rescalable {
  return typeof (op as Partial<Rescalable>).rescale === 'function';
}

/** Requests (about one per batch) one worker subtask may have unanswered before the stage waits for it. */
const MAX_IN_FLIGHT = 4;
/**
 * Rows of one input gathered over batches before they go to the workers: a message wakes a
 * thread, which on a busy machine costs far more than the rows' encoding, so small batches
 * (the host polls 256 rows) travel together. Sent earlier when the input changes, when a round
 * brought no new rows or they waited FLUSH_MS, and before anything that needs every output.
 */
const FLUSH_ROWS = 4096;
const FLUSH_MS = 20;

/** How a stage runs its subtasks on worker threads. */
export interface RemoteStage {
  /** What a worker builds each subtask from. */
  readonly spec: KeyedStageSpec;
  readonly lease: WorkerLease;
  /** The stage's output carries the rowtime: every output goes on before a watermark does. */
  readonly timedOutput: boolean;
}

export class KeyedParallelOperator implements Operator, Rescalable {
  readonly name: string;
  private local: Operator[] = [];
  private remote: RemoteSubtask[] = [];
  private owners: Uint16Array;
  private readonly keyOf: ReadonlyArray<(row: Row) => StateKey>;
  private ctx: OperatorContext | undefined;
  private route = new Uint16Array(1024);
  /** Rows waiting to go to the workers (all of input `heldInput`), with their kinds. */
  private held: { kinds: readonly RowKind[] | undefined; rows: readonly Row[] }[] = [];
  private heldRows = 0;
  private heldInput = 0;
  private heldSince = 0;
  private heldThisRound = false;
  /** Whether the stage emits on watermarks and processing time (stageEmitsOnTime). */
  private readonly onTime: boolean;

  /**
   * @param create a fresh subtask (every one the same operator)
   * @param keys the key columns of each input, as the operator keys its state
   * @param remote run the subtasks of parallelism > 1 on worker threads
   */
  constructor(
    private readonly create: () => Operator,
    keys: ReadonlyArray<readonly number[]>,
    private p = 1,
    private readonly remoteStage?: RemoteStage,
  ) {
    this.owners = keyGroupOwners(p);
    this.keyOf = keys.map((k) => keySelector(k));
    this.onTime = remoteStage !== undefined && stageEmitsOnTime(remoteStage.spec);
    const first = this.create();
    this.name = first.name;
    this.build(p, first);
  }

  get parallelism(): number {
    return this.p;
  }

  /** The threads the subtasks last answered from (empty when they run in process). */
  get workerThreads(): number[] {
    return this.remote.map((r) => r.threadId);
  }

  /** Builds the subtasks of parallelism `p`: on workers when it can, else in process. */
  private build(p: number, first?: Operator): void {
    keyGroupRange(0, p); // validates p
    this.local = [];
    this.remote = [];
    const r = this.remoteStage;
    if (p > 1 && r !== undefined) {
      const workers = Array.from({ length: p }, (_, i) => r.lease.worker(i));
      if (workers.every((w) => w !== undefined)) {
        const sink = {
          output: (rows: ArrayBuffer) => this.emit(rows),
          late: (n: number) => {
            if (this.ctx) this.ctx.metrics.lateDropped += n;
          },
        };
        try {
          this.remote = workers.map((w, i) => {
            const s = new RemoteSubtask(w!, r.spec, `${this.name} subtask ${i + 1}/${p}`, sink);
            r.lease.attach(w!, s);
            return s;
          });
          return;
        } catch {
          // The spec does not cross to a worker (structured clone): run in process.
          for (const s of this.remote) this.dropRemote(s);
          this.remote = [];
        }
      }
    }
    this.local = Array.from({ length: p }, (_, i) => (i === 0 && first !== undefined ? first : this.create()));
  }

  private dropRemote(s: RemoteSubtask): void {
    s.close();
    this.remoteStage?.lease.detach(s.worker, s);
  }

  private emit(rows: ArrayBuffer): void {
    const out = this.ctx!.out;
    decodeBatch(rows, (k, row) => out.emit(k, row));
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    for (const s of this.local) s.open(ctx);
  }

  processBatch(input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const subs = this.local;
    if (subs.length === 1) {
      subs[0]!.processBatch(input, kinds, rows);
      return;
    }
    const keyOf = this.keyOf[input]!;
    const owners = this.owners;
    if (this.remote.length > 0) {
      if (rows.length === 0) return;
      const now = this.ctx!.now();
      // A stage that emits on time gets its rows with the processing time they arrived at.
      if (this.heldRows > 0 && (input !== this.heldInput || (this.onTime && now !== this.heldSince))) this.flush();
      if (this.heldRows === 0) {
        this.heldInput = input;
        this.heldSince = now;
      }
      this.held.push({ kinds, rows });
      this.heldRows += rows.length;
      this.heldThisRound = true;
      if (this.heldRows >= FLUSH_ROWS) this.flush();
      this.pump();
      return;
    }
    const parts: Row[][] = subs.map(() => []);
    const partKinds: RowKind[][] | undefined = kinds === undefined ? undefined : subs.map(() => []);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const s = owners[keyGroupOf(keyOf(row))]!;
      parts[s]!.push(row);
      if (partKinds !== undefined) partKinds[s]!.push(kinds![i]!);
    }
    for (let s = 0; s < subs.length; s++) {
      if (parts[s]!.length > 0) subs[s]!.processBatch(input, partKinds?.[s], parts[s]!);
    }
  }

  /** Sends the held rows: routed by key group, one encoded buffer per subtask. */
  private flush(): void {
    if (this.heldRows === 0) return;
    const held = this.held;
    let kinds: readonly RowKind[] | undefined;
    let rows: readonly Row[];
    if (held.length === 1) ({ kinds, rows } = held[0]!);
    else {
      rows = held.flatMap((b) => b.rows);
      kinds = held.every((b) => b.kinds === undefined) ? undefined : held.flatMap((b) => b.kinds ?? new Array<RowKind>(b.rows.length).fill(0 as RowKind));
    }
    const input = this.heldInput;
    this.held = [];
    this.heldRows = 0;
    const keyOf = this.keyOf[input]!;
    const owners = this.owners;
    if (this.route.length < rows.length) this.route = new Uint16Array(rows.length * 2);
    const route = this.route;
    for (let i = 0; i < rows.length; i++) route[i] = owners[keyGroupOf(keyOf(rows[i]!))]!;
    const now = this.onTime ? this.heldSince : this.ctx!.now();
    for (let s = 0; s < this.remote.length; s++) {
      const { buffer, count } = BatchEncoder.encode(kinds, rows, route, s);
      if (count > 0) this.remote[s]!.post({ t: 'batch', now, input, rows: buffer }, [buffer]);
    }
  }

  /** Takes the outputs already back, and waits only for a subtask too far behind. */
  private pump(): void {
    for (const r of this.remote) r.poll();
    for (const r of this.remote) r.waitUntil(MAX_IN_FLIGHT);
  }

  processWatermark(watermark: number): void {
    for (const s of this.local) s.processWatermark(watermark);
    if (this.remote.length === 0) return;
    const stage = this.remoteStage!;
    if (stage.timedOutput || watermark === MAX_WATERMARK || this.onTime) {
      this.flush();
      const now = this.ctx!.now();
      for (const r of this.remote) r.post({ t: 'watermark', now, watermark });
      // What follows the watermark downstream must not overtake the rows it orders.
      if (stage.timedOutput || watermark === MAX_WATERMARK) this.settle();
      else this.pump();
    } else {
      // Nothing this stage emits depends on it: it travels with the next request.
      for (const r of this.remote) r.defer({ watermark });
      this.pump();
    }
  }

  onProcessingTime(now: number): void {
    for (const s of this.local) s.onProcessingTime?.(now);
    if (this.remote.length === 0) return;
    // Held rows go once the input paused for a round or waited long enough.
    if (!this.heldThisRound || now - this.heldSince >= FLUSH_MS || this.onTime) this.flush();
    this.heldThisRound = false;
    // Windows and timers on processing time fire in the subtask, in order with the rows.
    if (this.onTime) for (const r of this.remote) r.post({ t: 'time', now });
    // State expiry (table.exec.state.ttl) emits nothing: it travels with the next request.
    else for (const r of this.remote) r.defer({ time: now });
    this.pump();
  }

  endInput(): void {
    for (const s of this.local) s.endInput?.();
    if (this.remote.length === 0) return;
    this.flush();
    const now = this.ctx!.now();
    for (const r of this.remote) r.post({ t: 'end', now });
    this.settle();
  }

  /** Every output of the subtasks is in the collector (nothing left computing on a worker). */
  settle(): void {
    this.flush();
    for (const r of this.remote) r.drain();
  }

  /** Keys held over all subtasks (metrics; a worker's figure is as of its last reply). */
  stateSize(): number {
    let n = 0;
    for (const s of this.local) n += s.stateSize?.() ?? 0;
    for (const r of this.remote) n += r.stateSize;
    return n;
  }

  snapshotState(): unknown {
    let states: unknown[];
    if (this.remote.length > 0) {
      this.flush();
      const now = this.ctx?.now() ?? 0;
      for (const r of this.remote) r.post({ t: 'snapshot', now });
      states = this.remote.map((r) => r.drain());
    } else states = this.local.map((s) => s.snapshotState());
    return states.length === 1 ? states[0] : mergeKeyedStates(states);
  }

  restoreState(state: unknown): void {
    const p = this.p;
    if (this.remote.length > 0) {
      const now = this.ctx?.now() ?? 0;
      this.remote.forEach((r, i) => r.post({ t: 'restore', now, state: splitKeyedState(state, keyGroupRange(i, p)) }));
      this.pump();
      return;
    }
    this.local.forEach((s, i) => s.restoreState(p === 1 ? state : splitKeyedState(state, keyGroupRange(i, p))));
  }

  /** Redistributes the state by key-group ranges to `parallelism` fresh subtasks. */
  rescale(parallelism: number): void {
    if (parallelism === this.p) return;
    keyGroupRange(0, parallelism); // validates before anything moves
    const state = this.snapshotState();
    this.close();
    this.p = parallelism;
    this.owners = keyGroupOwners(parallelism);
    this.build(parallelism);
    if (this.ctx !== undefined) for (const s of this.local) s.open(this.ctx);
    this.restoreState(state);
  }

  /** Drops the worker subtasks (their workers go back to the lease). */
  close(): void {
    for (const r of this.remote) this.dropRemote(r);
    this.remote = [];
  }
}
