/**
 * The messages between a keyed stage (operators/keyed-parallel.ts, on the executor's thread)
 * and its subtasks on worker threads (subtask-worker.ts). Each subtask has its own
 * MessageChannel: the stage posts requests on it in order; the worker answers every request
 * with one reply, in order, and then bumps the subtask's signal (a shared Int32Array), so the
 * executor's thread can wait for a reply without returning to its event loop
 * (Atomics.wait + receiveMessageOnPort) and the executor's synchronous round model holds.
 */
import type { MessagePort } from 'node:worker_threads';
import type { KeyedStageSpec } from './stage-spec';

/** Signal slots: replies posted so far, and 1 once the worker thread is exiting. */
export const SIGNAL_REPLIES = 0;
export const SIGNAL_DEAD = 1;
export const SIGNAL_BYTES = 8;

/** On the worker's parentPort: host a new subtask answering on `port`. */
export interface AttachMessage {
  readonly t: 'attach';
  readonly port: MessagePort;
  readonly signal: SharedArrayBuffer;
  readonly stage: KeyedStageSpec;
}

/**
 * What happened to a stage whose output does not depend on it since its last request: the
 * latest watermark and processing time, applied (in that order) before the request that
 * carries them (one message per batch instead of three per round).
 */
export interface Deferred {
  watermark?: number;
  time?: number;
}

/** On a subtask's port. `now` is the executor's processing time when the request was sent. */
export type SubtaskRequest = { readonly now: number; before?: Deferred } & (
  | { readonly t: 'batch'; readonly input: number; readonly rows: ArrayBuffer }
  | { readonly t: 'watermark'; readonly watermark: number }
  | { readonly t: 'time' }
  | { readonly t: 'end' }
  | { readonly t: 'snapshot' }
  | { readonly t: 'restore'; readonly state: unknown }
);

export interface SubtaskReply {
  /** The subtask's output for the request (batch-codec.ts), when it emitted any. */
  readonly out?: ArrayBuffer;
  /** Keys (entries) held in state after the request. */
  readonly stateSize: number;
  /** Late rows dropped while handling the request. */
  readonly late: number;
  /** The state, in reply to `snapshot`. */
  readonly state?: unknown;
  /** What the subtask threw. */
  readonly error?: string;
  readonly threadId: number;
}
