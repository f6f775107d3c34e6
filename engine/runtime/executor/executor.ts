/**
 * The single-threaded executor. Each round it polls every open split reader once, pushes the
 * batch through the graph (depth-first, batches not rows), advances the source watermarks
 * (per split, combined by minimum, idle splits excluded after their timeout) and waits for
 * asynchronous sink writes. When every source has ended it emits the final watermark (which
 * fires every remaining window) and ends the operators' input. Between rounds it can take a
 * checkpoint of all operator state, source positions and split watermarks; an executor built
 * with that checkpoint continues exactly where the first one stopped. A source's splits are
 * spread over the job's parallelism as source subtasks (split-assignment.ts), each polling its
 * own splits; metrics say which subtask reads which split, with its watermark and backlog.
 */
import type { RecordError, SourceSplit, SplitPosition, SplitReader } from '../../connectors/api';
import type { Row, RowKind } from '../changelog';
import { isRescalable, KeyedParallelOperator } from '../operators/keyed-parallel';
import { MAX_WATERMARK, MIN_WATERMARK, type OperatorMetrics } from '../operators/operator';
import { decodeState, encodeState, type Json } from '../state/codec';
import type { Checkpoint } from './checkpoint';
import type { DataflowGraph, SourceNodeSpec } from './graph';
import { newMetrics, OperatorNode, SinkNode, type Edge } from './nodes';
import { splitOwner } from './split-assignment';
import { SplitWatermarks } from './split-watermarks';

export interface ExecutorOptions {
  /** Rows per poll. */
  readonly batchSize?: number;
  /** Processing-time clock (tests pass a fake one). */
  readonly clock?: () => number;
  /** Sleep when no split had data in a round (unbounded sources). */
  readonly idleSleepMs?: number;
  /** Malformed source records: fail the job, or skip them and count. */
  readonly recordErrors?: 'fail' | 'skip';
  /** Resume from this checkpoint. */
  readonly restore?: Checkpoint;
  /** Source subtasks each source's splits are spread over (default 1; Executor.rescale changes it). */
  readonly parallelism?: number;
  /**
   * Flink's `pipeline.auto-watermark-interval` (default 200 ms): within a batch a split's
   * watermark moves past a row once the rows before it raised it by more than this.
   */
  readonly watermarkIntervalMs?: number;
}

interface SplitRuntime {
  readonly split: SourceSplit;
  reader: SplitReader | null;
  ended: boolean;
  /** The source subtask that reads it. */
  subtask: number;
  /** An ended split's final position (checkpoints report it, e.g. as Kafka group offsets). */
  final?: SplitPosition;
}

class SourceRuntime {
  readonly downstream: Edge[] = [];
  readonly splits: SplitRuntime[] = [];
  /** The splits each source subtask reads (index = subtask). */
  subtasks: SplitRuntime[][] = [];
  /** The splits in poll order: subtask by subtask. */
  polled: SplitRuntime[] = [];
  readonly metrics = newMetrics();
  readonly marks: SplitWatermarks;
  errors = 0;
  lastWatermark = Number.NEGATIVE_INFINITY;
  idle = false;
  readonly candidate: ((row: Row) => number | null) | null;

  constructor(readonly spec: SourceNodeSpec) {
    const w = spec.watermark;
    this.marks = new SplitWatermarks(w?.idleTimeoutMs);
    if (w?.generate) this.candidate = w.generate;
    else if (w?.column !== undefined) {
      const col = w.column;
      const delay = w.delayMs ?? 0;
      this.candidate = (row) => {
        const t = row[col];
        return typeof t === 'number' ? t - delay : null;
      };
    } else this.candidate = null;
  }

  get hasWatermarks(): boolean {
    return this.candidate !== null;
  }

  /** Spreads the splits over `parallelism` subtasks; readers and positions stay as they are. */
  assign(parallelism: number): void {
    this.subtasks = Array.from({ length: Math.min(parallelism, Math.max(1, this.splits.length)) }, () => []);
    this.splits.forEach((sp, i) => {
      sp.subtask = splitOwner(i, parallelism);
      this.subtasks[sp.subtask]!.push(sp);
    });
    this.polled = this.subtasks.flat();
  }
}

/** Records waiting in a source's open splits, summed over the readers that can tell (undefined when none can). */
function sourceBacklog(s: SourceRuntime): number | undefined {
  let total: number | undefined;
  for (const sp of s.splits) {
    if (sp.ended || sp.reader === null) continue;
    const b = sp.reader.backlog?.();
    if (b !== undefined && Number.isFinite(b)) total = (total ?? 0) + Math.max(0, b);
  }
  return total;
}

/** One split of a source: the subtask reading it, its watermark and what it has not read yet. */
export interface SplitReaderMetrics {
  readonly split: string;
  readonly subtask: number;
  readonly watermark?: number;
  /** Records available but not read yet (Kafka: the consumer lag), when the reader can tell. */
  readonly backlog?: number;
  readonly ended?: boolean;
}

/** A source's splits by subtask, in split order. */
function splitReaders(s: SourceRuntime): SplitReaderMetrics[] {
  const out: SplitReaderMetrics[] = [];
  for (const t of s.subtasks) {
    for (const sp of t) {
      const b = sp.ended ? 0 : sp.reader?.backlog?.();
      const wm = s.marks.watermarkOf(sp.split.id);
      out.push({
        split: sp.split.id,
        subtask: sp.subtask,
        ...(s.hasWatermarks && Number.isFinite(wm) ? { watermark: wm } : {}),
        ...(b !== undefined && Number.isFinite(b) ? { backlog: Math.max(0, b) } : {}),
        ...(sp.ended ? { ended: true } : {}),
      });
    }
  }
  return out;
}

export interface ExecutorMetrics {
  /** Sources also say how many splits they read and, when their readers can tell, the records waiting in them (`backlog`). */
  /** Keyed stages (GROUP BY, joins) also say their parallelism and how many of their subtasks run on worker threads (`workerThreads`; 0: in process). */
  readonly nodes: Record<string, OperatorMetrics & { errors?: number; watermark?: number; quietSplits?: string[]; stateSize?: number; splits?: number; backlog?: number; splitReaders?: SplitReaderMetrics[]; parallelism?: number; workerThreads?: number }>;
}

/** A source split without data this long while others have some holds the watermark back (metrics say so). */
export const QUIET_SPLIT_MS = 5000;

export class Executor {
  private readonly sources: SourceRuntime[] = [];
  private readonly operators: OperatorNode[] = [];
  private readonly sinks: SinkNode[] = [];
  private readonly batchSize: number;
  private readonly watermarkInterval: number;
  private readonly clock: () => number;
  private sourceParallelism: number;
  private opened = false;
  private stopped = false;
  private finished = false;

  constructor(
    graph: DataflowGraph,
    private readonly options: ExecutorOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1024;
    this.watermarkInterval = options.watermarkIntervalMs ?? 200;
    this.clock = options.clock ?? Date.now;
    this.sourceParallelism = Math.max(1, options.parallelism ?? 1);
    const byId = new Map<string, { downstream: Edge[] }>();
    for (const n of graph.nodes) {
      if (n.kind === 'source') {
        const s = new SourceRuntime(n);
        this.sources.push(s);
        byId.set(n.id, s);
      } else if (n.kind === 'operator') {
        const node = new OperatorNode(n.id, n.operator, n.inputs.length);
        this.operators.push(node);
        byId.set(n.id, node);
        n.inputs.forEach((from, input) => byId.get(from)!.downstream.push({ node, input }));
      } else {
        const node = new SinkNode(n.id, n.write, n.end);
        this.sinks.push(node);
        byId.get(n.input)!.downstream.push({ node, input: 0 });
      }
    }
  }

  /** Opens operators and split readers (restoring state and positions when asked). */
  async open(): Promise<void> {
    if (this.opened) return;
    this.opened = true;
    const cp = this.options.restore;
    for (const node of this.operators) {
      node.operator.open({ out: node.out, metrics: node.metrics, now: this.clock });
      const saved = cp?.operators[node.id];
      if (saved !== undefined) node.operator.restoreState(decodeState(saved));
    }
    const now = this.clock();
    for (const s of this.sources) {
      const saved = cp?.sources[s.spec.id];
      for (const split of await s.spec.source.splits()) {
        const pos = saved?.positions[split.id];
        const ended = saved?.ended.includes(split.id) ?? false;
        const reader = ended ? null : await s.spec.source.open(split, pos);
        s.splits.push({ split, reader, ended, subtask: 0 });
        s.marks.add(split.id, now, saved?.watermarks[split.id]);
        if (ended) s.marks.onEnd(split.id);
      }
      s.assign(this.sourceParallelism);
    }
    if (cp) {
      // Watermarks already reached downstream before the checkpoint: replay them quietly.
      for (const s of this.sources) {
        const { watermark } = s.marks.current();
        if (s.hasWatermarks && Number.isFinite(watermark)) this.forwardWatermark(s, watermark);
      }
    }
  }

  /** One round: every open split is polled once. Returns false when all input has ended. */
  async step(): Promise<boolean> {
    await this.open();
    if (this.finished) return false;
    let anyData = false;
    for (const s of this.sources) {
      for (const sp of s.polled) {
        if (sp.ended || sp.reader === null) continue;
        const polled = sp.reader.poll(this.batchSize);
        const b = polled instanceof Promise ? await polled : polled;
        const now = this.clock();
        if (b.errors && b.errors.length > 0) this.recordErrors(s, b.errors);
        if (b.rows.length > 0) {
          anyData = true;
          if (s.idle) this.setSourceIdle(s, false);
          s.metrics.recordsOut += b.rows.length;
          this.pushSplitBatch(s, sp.split.id, b.kinds, b.rows, now);
        } else if (!b.end) s.marks.onEmpty(sp.split.id, now);
        if (b.end) {
          sp.ended = true;
          sp.final = sp.reader.position();
          s.marks.onEnd(sp.split.id);
          await sp.reader.close();
        }
      }
      this.advanceSource(s);
    }
    const now = this.clock();
    for (const node of this.operators) {
      if (node.operator.onProcessingTime) {
        node.operator.onProcessingTime(now);
        node.flush();
      }
    }
    await this.drainSinks();
    // Done when every split ended; an unbounded source without splits never ends by itself.
    const ended = this.sources.every((s) => s.splits.every((sp) => sp.ended) && (s.splits.length > 0 || s.spec.source.bounded));
    if (ended) {
      await this.finish();
      return false;
    }
    if (!anyData && this.options.idleSleepMs !== 0) await new Promise((r) => setTimeout(r, this.options.idleSleepMs ?? 10));
    return true;
  }

  /** Runs until every source ended or stop() was called. */
  async run(): Promise<void> {
    await this.open();
    while (!this.stopped && (await this.step()));
  }

  stop(): void {
    this.stopped = true;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  private recordErrors(s: SourceRuntime, errors: readonly RecordError[]): void {
    if (this.options.recordErrors !== 'skip') {
      const e = errors[0]!;
      throw new Error(`Malformed record in ${s.spec.id} at ${e.location}: ${e.message}`);
    }
    s.errors += errors.length;
  }

  /**
   * Pushes one split's batch downstream and raises the split's watermark to the batch's
   * highest candidate. Flink's watermark assigner emits after any row that moved the watermark
   * more than the interval past the last one it emitted, so a later row at or behind that
   * watermark is late (a window that fired, an OVER row at or before the watermark). Emitting
   * once after the batch gives the same result except for such rows, and a row's candidate is
   * never above its rowtime, so the batch is cut only before a row whose candidate is at or
   * behind the watermark Flink would have emitted by then: the rows before it are pushed and
   * that watermark is emitted first. In-order batches are pushed whole.
   */
  private pushSplitBatch(s: SourceRuntime, split: string, kinds: RowKind[] | undefined, rows: Row[], now: number): void {
    const c = s.candidate;
    if (c === null) {
      for (const e of s.downstream) e.node.push(e.input, kinds, rows);
      s.marks.onData(split, null, now);
      return;
    }
    const interval = this.watermarkInterval;
    let emitted = s.marks.watermarkOf(split); // what downstream has been given
    let flink = emitted; // what Flink would have emitted by this row
    let max = emitted;
    let start = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = c(rows[i]!);
      if (v === null) continue;
      if (v <= flink && flink > emitted) {
        this.pushRange(s, kinds, rows, start, i);
        start = i;
        emitted = flink;
        s.marks.onData(split, flink, now);
        this.advanceSource(s);
      }
      if (v > max) {
        max = v;
        if (max - flink > interval) flink = max;
      }
    }
    this.pushRange(s, kinds, rows, start, rows.length);
    s.marks.onData(split, max === MIN_WATERMARK ? null : max, now);
  }

  private pushRange(s: SourceRuntime, kinds: RowKind[] | undefined, rows: Row[], from: number, to: number): void {
    if (from === 0 && to === rows.length) {
      for (const e of s.downstream) e.node.push(e.input, kinds, rows);
      return;
    }
    const r = rows.slice(from, to);
    const k = kinds?.slice(from, to);
    for (const e of s.downstream) e.node.push(e.input, k, r);
  }

  private advanceSource(s: SourceRuntime): void {
    const { watermark, idle } = s.marks.current();
    if (idle !== s.idle) this.setSourceIdle(s, idle);
    if (idle) return;
    // Sources without a watermark strategy only ever emit the final watermark.
    if (!s.hasWatermarks && watermark !== MAX_WATERMARK) return;
    if (watermark > s.lastWatermark) this.forwardWatermark(s, watermark);
  }

  private forwardWatermark(s: SourceRuntime, wm: number): void {
    s.lastWatermark = wm;
    for (const e of s.downstream) e.node.watermark(e.input, wm);
  }

  private setSourceIdle(s: SourceRuntime, idle: boolean): void {
    s.idle = idle;
    for (const e of s.downstream) e.node.setIdle(e.input, idle);
  }

  private async drainSinks(): Promise<void> {
    for (const k of this.sinks) {
      if (k.pending.length === 0) continue;
      const p = k.pending.splice(0);
      await Promise.all(p);
    }
  }

  private async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    for (const s of this.sources) {
      if (s.lastWatermark < MAX_WATERMARK) {
        if (s.idle) this.setSourceIdle(s, false);
        this.forwardWatermark(s, MAX_WATERMARK);
      }
    }
    for (const node of this.operators) {
      if (node.operator.endInput) {
        node.operator.endInput();
        node.flush();
      }
    }
    await this.drainSinks();
    for (const k of this.sinks) if (k.end) await k.end();
  }

  /**
   * Outputs still being computed off this thread (keyed subtasks on worker threads) are
   * pushed downstream, in graph order, and the sinks' writes awaited: nothing is in flight.
   */
  async settle(): Promise<void> {
    this.settleOperators();
    await this.drainSinks();
  }

  private settleOperators(): void {
    for (const node of this.operators) {
      if (node.operator.settle) {
        node.operator.settle();
        node.flush();
      }
    }
  }

  /**
   * All operator state (unless `withState` is false), source positions and split watermarks,
   * JSON-serializable. Settles first (checkpoint takers await `settle()` before, so sink writes
   * of settled rows are complete too).
   */
  checkpoint(withState = true): Checkpoint {
    this.settleOperators();
    const operators: Record<string, Json> = {};
    if (withState) for (const n of this.operators) operators[n.id] = encodeState(n.operator.snapshotState());
    const sources: Checkpoint['sources'] = {};
    for (const s of this.sources) {
      const positions: Checkpoint['sources'][string]['positions'] = {};
      const ended: string[] = [];
      for (const sp of s.splits) {
        if (sp.ended) {
          ended.push(sp.split.id);
          if (sp.final !== undefined) positions[sp.split.id] = sp.final;
        } else if (sp.reader) positions[sp.split.id] = sp.reader.position();
      }
      sources[s.spec.id] = { positions, ended, watermarks: s.marks.snapshot() };
    }
    return { version: 1, operators, sources };
  }

  /**
   * Between rounds: every keyed-parallel operator's state is redistributed by key-group
   * ranges to `parallelism` subtasks (operators/keyed-parallel.ts), and each source's splits
   * are spread over that many source subtasks (readers keep their positions). Returns how many
   * keyed operators changed.
   */
  rescale(parallelism: number): number {
    this.sourceParallelism = Math.max(1, parallelism);
    if (this.opened) for (const s of this.sources) s.assign(this.sourceParallelism);
    this.settleOperators();
    let n = 0;
    for (const node of this.operators) {
      const op = node.operator;
      if (!isRescalable(op) || op.parallelism === parallelism) continue;
      op.rescale(parallelism);
      n++;
    }
    return n;
  }

  metrics(): ExecutorMetrics {
    const nodes: ExecutorMetrics['nodes'] = {};
    const now = this.clock();
    for (const s of this.sources) {
      const quiet = s.hasWatermarks ? s.marks.quiet(now, QUIET_SPLIT_MS) : [];
      const backlog = sourceBacklog(s);
      nodes[s.spec.id] = {
        ...s.metrics,
        errors: s.errors,
        watermark: s.lastWatermark,
        splits: s.splits.length,
        splitReaders: splitReaders(s),
        ...(backlog !== undefined ? { backlog } : {}),
        ...(quiet.length > 0 ? { quietSplits: quiet } : {}),
      };
    }
    for (const n of this.operators) {
      const op = n.operator;
      const stateSize = op.stateSize?.();
      const keyed = op instanceof KeyedParallelOperator ? { parallelism: op.parallelism, workerThreads: op.workerThreads.length } : {};
      nodes[n.id] = { ...n.metrics, watermark: n.marks.current, ...(stateSize !== undefined ? { stateSize } : {}), ...keyed };
    }
    for (const k of this.sinks) nodes[k.id] = { ...k.metrics, watermark: k.watermarkSeen };
    return { nodes };
  }

  /** Nothing left to read or flush; releases readers. */
  async close(): Promise<void> {
    for (const s of this.sources) for (const sp of s.splits) if (!sp.ended && sp.reader) await sp.reader.close();
  }
}
