/**
 * One keyed subtask on a worker thread, seen from the executor's thread: requests go out on
 * the subtask's own MessageChannel (batches as transferred ArrayBuffers, batch-codec.ts), and
 * replies are taken synchronously (receiveMessageOnPort, waiting on the shared signal with
 * Atomics.wait when none is there yet), so the stage keeps the executor's synchronous
 * operator contract. Requests are answered in order; `inFlight` counts the unanswered ones.
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { SIGNAL_BYTES, SIGNAL_DEAD, SIGNAL_REPLIES, type AttachMessage, type Deferred, type SubtaskReply, type SubtaskRequest } from './protocol';
import type { KeyedStageSpec } from './stage-spec';

/** How long the executor waits for one reply before it gives up on the worker. */
export const REPLY_TIMEOUT_MS = 120_000;

export interface ReplySink {
  /** A reply's output batch. */
  output(rows: ArrayBuffer): void;
  late(n: number): void;
}

export class RemoteSubtask {
  private readonly port: MessagePort;
  private readonly signal: Int32Array;
  private readonly onExit: (code: number) => void;
  private exited: number | undefined;
  private closed = false;
  inFlight = 0;
  stateSize = 0;
  /** The thread the subtask last answered from. */
  threadId = -1;
  /** The state of the last `snapshot` answered. */
  private snapshot: unknown;

  constructor(
    readonly worker: Worker,
    stage: KeyedStageSpec,
    /** `GroupAggregate subtask 2/3`: what a failure names. */
    private readonly label: string,
    private readonly sink: ReplySink,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.port.unref();
    this.signal = new Int32Array(new SharedArrayBuffer(SIGNAL_BYTES));
    const attach: AttachMessage = { t: 'attach', port: port2, signal: this.signal.buffer as SharedArrayBuffer, stage };
    worker.postMessage(attach, [port2]);
    this.onExit = (code) => {
      this.exited = code;
    };
    worker.once('exit', this.onExit);
  }

  /** A watermark or processing time that goes with the next request (see Deferred). */
  private deferred: Deferred | undefined;

  post(req: SubtaskRequest, transfer?: ArrayBuffer[]): void {
    this.check();
    if (this.deferred !== undefined) {
      req.before = this.deferred;
      this.deferred = undefined;
    }
    this.port.postMessage(req, transfer);
    this.inFlight++;
  }

  /** The subtask's watermark or processing time moved; it learns it with its next request. */
  defer(what: Deferred): void {
    const d = (this.deferred ??= {});
    if (what.watermark !== undefined) d.watermark = what.watermark;
    if (what.time !== undefined) d.time = what.time;
  }

  /** Handles the replies already there, without waiting. */
  poll(): void {
    while (this.inFlight > 0) {
      const m = receiveMessageOnPort(this.port);
      if (m === undefined) return;
      this.handle(m.message as SubtaskReply);
    }
  }

  /** Waits until at most `max` requests are unanswered. */
  waitUntil(max: number): void {
    while (this.inFlight > max) this.handle(this.next());
  }

  /** Every request answered; the state of the last snapshot asked for, if any. */
  drain(): unknown {
    this.waitUntil(0);
    const s = this.snapshot;
    this.snapshot = undefined;
    return s;
  }

  /** Drops the subtask (the worker forgets it and its state when its port closes). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.worker.off('exit', this.onExit);
    this.port.close();
  }

  private next(): SubtaskReply {
    let waited = 0;
    for (;;) {
      const seen = Atomics.load(this.signal, SIGNAL_REPLIES);
      const m = receiveMessageOnPort(this.port);
      if (m !== undefined) return m.message as SubtaskReply;
      this.check();
      if (Atomics.load(this.signal, SIGNAL_DEAD) === 1) {
        // Its last replies may have been posted just before it ended.
        const last = receiveMessageOnPort(this.port);
        if (last !== undefined) return last.message as SubtaskReply;
        throw new Error(`${this.label} failed: its worker thread ${this.worker.threadId} ended`);
      }
      if (waited >= REPLY_TIMEOUT_MS) throw new Error(`${this.label} failed: its worker thread ${this.worker.threadId} did not answer for ${REPLY_TIMEOUT_MS / 1000} s`);
      const t0 = Date.now();
      Atomics.wait(this.signal, SIGNAL_REPLIES, seen, 250);
      waited += Date.now() - t0;
    }
  }

  private check(): void {
    if (this.exited !== undefined) throw new Error(`${this.label} failed: its worker thread ended (exit code ${this.exited})`);
    if (this.closed) throw new Error(`${this.label} is closed`);
  }

  private handle(r: SubtaskReply): void {
    this.inFlight--;
    this.threadId = r.threadId;
    if (r.error !== undefined) throw new Error(`${this.label} failed on worker thread ${r.threadId}: ${r.error}`);
    this.stateSize = r.stateSize;
    if (r.late > 0) this.sink.late(r.late);
    if (r.state !== undefined) this.snapshot = r.state;
    if (r.out !== undefined) this.sink.output(r.out);
  }
}
