/**
 * The operator contract. An operator receives batches of changelog rows per input and the
 * combined watermark (the minimum over its inputs, computed by the executor), emits changes
 * into its collector, and can snapshot and restore its state as a value that
 * state/codec.ts encodes to JSON. Keyed state lives in state/keyed-state.ts, partitioned by
 * key group.
 */
import { RowKind, type Row } from '../changelog';

/** Per-operator counters the executor reports. */
export interface OperatorMetrics {
  recordsIn: number;
  recordsOut: number;
  /** Rows dropped because they arrived after the watermark passed their window / range. */
  lateDropped: number;
}

/** Collects an operator's output into one batch, drained by the executor after each call. */
export class Collector {
  kinds: RowKind[] = [];
  rows: Row[] = [];

  emit(kind: RowKind, row: Row): void {
    this.kinds.push(kind);
    this.rows.push(row);
  }

  get size(): number {
    return this.rows.length;
  }

  /** Hands out the batch collected so far and starts a new one. */
  drain(): { kinds: RowKind[]; rows: Row[] } {
    const out = { kinds: this.kinds, rows: this.rows };
    this.kinds = [];
    this.rows = [];
    return out;
  }
}

export interface OperatorContext {
  readonly out: Collector;
  readonly metrics: OperatorMetrics;
  /** Processing time in epoch ms (a fixed clock in tests). */
  now(): number;
}

export interface Operator {
  /** For EXPLAIN-like listings and metrics: `GroupAggregate`, `Calc`, ... */
  readonly name: string;
  open(ctx: OperatorContext): void;
  /** A batch from input `input` (0-based); `kinds` undefined means all +I. */
  processBatch(input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void;
  /** The operator's combined watermark advanced to `watermark`. */
  processWatermark(watermark: number): void;
  /** Processing time advanced (proctime operators; optional). */
  onProcessingTime?(now: number): void;
  /** All inputs ended (after the final watermark). */
  endInput?(): void;
  snapshotState(): unknown;
  restoreState(state: unknown): void;
  /** Entries the operator holds in state (keys, or buffered rows where it keeps no keys): the `state` figure of metrics. */
  stateSize?(): number;
  /**
   * Emits into the collector every output still being computed elsewhere (a keyed stage's
   * subtasks on worker threads); the executor calls it before a checkpoint or a rescale.
   */
  settle?(): void;
}

/** The watermark that ends bounded input: fires every window and timer. */
export const MAX_WATERMARK = Number.POSITIVE_INFINITY;
export const MIN_WATERMARK = Number.NEGATIVE_INFINITY;

export function kindAt(kinds: readonly RowKind[] | undefined, i: number): RowKind {
  return kinds === undefined ? RowKind.Insert : kinds[i]!;
}

/** Base for operators: holds the context, counts input and output. */
export abstract class BaseOperator implements Operator {
  abstract readonly name: string;
  protected out!: Collector;
  protected metrics!: OperatorMetrics;
  protected ctx!: OperatorContext;

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.out = ctx.out;
    this.metrics = ctx.metrics;
  }

  abstract processBatch(input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void;

  processWatermark(_watermark: number): void {}

  snapshotState(): unknown {
    return null;
  }

  restoreState(_state: unknown): void {}
}
