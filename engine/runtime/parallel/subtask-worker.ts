/**
 * The worker thread entry (bundled as dist/subtask-worker.js): hosts keyed subtasks. Each
 * `attach` on the parent port builds one subtask from its stage spec (stage-spec.ts) and
 * answers the requests of its own port in order (protocol.ts); a closed port drops the subtask
 * and its state. Whatever the operator throws is answered as an error (the stage fails the
 * statement with it), never left to crash the thread.
 */
import { parentPort, threadId, type MessagePort } from 'node:worker_threads';
import { Collector, type Operator } from '../operators/operator';
import { newMetrics } from '../executor/nodes';
import { BatchEncoder, decodeBatchArrays } from './batch-codec';
import { SIGNAL_DEAD, SIGNAL_REPLIES, type AttachMessage, type SubtaskReply, type SubtaskRequest } from './protocol';
import { createStageOperator } from './stage-spec';

const signals = new Set<Int32Array>();

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function attach(m: AttachMessage): void {
  const signal = new Int32Array(m.signal);
  signals.add(signal);
  const port: MessagePort = m.port;
  const out = new Collector();
  const metrics = newMetrics();
  let now = 0;
  let op: Operator | undefined;
  let failure: string | undefined;
  try {
    op = createStageOperator(m.stage);
    op.open({ out, metrics, now: () => now });
  } catch (e) {
    failure = `could not build the subtask: ${message(e)}`;
  }
  const reply = (r: SubtaskReply, transfer: ArrayBuffer[] = []) => {
    port.postMessage(r, transfer);
    Atomics.add(signal, SIGNAL_REPLIES, 1);
    Atomics.notify(signal, SIGNAL_REPLIES);
  };
  port.on('message', (req: SubtaskRequest) => {
    if (failure !== undefined || op === undefined) {
      reply({ stateSize: 0, late: 0, error: failure ?? 'no subtask', threadId });
      return;
    }
    now = req.now;
    const lateBefore = metrics.lateDropped;
    let state: unknown;
    try {
      const before = req.before;
      if (before !== undefined) {
        if (before.watermark !== undefined) op.processWatermark(before.watermark);
        if (before.time !== undefined) op.onProcessingTime?.(before.time);
      }
      switch (req.t) {
        case 'batch': {
          const b = decodeBatchArrays(req.rows);
          op.processBatch(req.input, b.kinds, b.rows);
          break;
        }
        case 'watermark':
          op.processWatermark(req.watermark);
          break;
        case 'time':
          op.onProcessingTime?.(req.now);
          break;
        case 'end':
          op.endInput?.();
          break;
        case 'snapshot':
          state = op.snapshotState();
          break;
        case 'restore':
          op.restoreState(req.state);
          break;
      }
    } catch (e) {
      failure = message(e);
      reply({ stateSize: 0, late: 0, error: failure, threadId });
      return;
    }
    const r: { -readonly [K in keyof SubtaskReply]: SubtaskReply[K] } = { stateSize: op.stateSize?.() ?? 0, late: metrics.lateDropped - lateBefore, threadId };
    if (state !== undefined) r.state = state;
    if (out.size > 0) {
      const b = out.drain();
      r.out = BatchEncoder.encode(b.kinds, b.rows).buffer;
      reply(r, [r.out]);
    } else reply(r);
  });
  port.on('close', () => {
    signals.delete(signal);
    op = undefined;
  });
}

// A thread that ends while the executor waits on one of its subtasks wakes it up.
process.on('exit', () => {
  for (const s of signals) {
    Atomics.store(s, SIGNAL_DEAD, 1);
    Atomics.notify(s, SIGNAL_REPLIES);
  }
});

parentPort?.on('message', (m: AttachMessage) => {
  if (m && m.t === 'attach') attach(m);
});
