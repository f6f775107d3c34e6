/**
 * Aggregate functions as accumulators stored in slots of one flat array per group (see
 * aggs-handle.ts): a function owns `slots` consecutive entries from an offset, holding plain
 * numbers where it can and small arrays/Maps where it must, so a group costs one array and
 * checkpoints can encode it. No per-function accumulator objects.
 */
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';

/** A group's state: slots of every aggregate function of the operator. */
export type Slots = unknown[];

export interface AggFunction {
  /** How many consecutive slots the function uses. */
  readonly slots: number;
  init(s: Slots, at: number): void;
  accumulate(s: Slots, at: number, v: Value): void;
  retract(s: Slots, at: number, v: Value): void;
  value(s: Slots, at: number): Value;
  /** Folds the slots of `b` into `a` (session windows merging). */
  merge(a: Slots, b: Slots, at: number): void;
}

/** What an aggregate call is built from. */
export interface AggCall {
  /** Canonical name: COUNT, SUM, SUM0, AVG, MIN, MAX, FIRST_VALUE, LAST_VALUE, LISTAGG, COLLECT, ... */
  readonly fn: string;
  /** Input columns; empty for COUNT(*). */
  readonly args: readonly number[];
  readonly distinct?: boolean;
  /** A BOOLEAN input column: only rows where it is TRUE are aggregated (FILTER (WHERE ...)). */
  readonly filterArg?: number;
  /** The result type. */
  readonly type: LogicalType;
  /** Constant extra arguments, e.g. the LISTAGG separator. */
  readonly constants?: readonly Value[];
}

export interface AggContext {
  readonly call: AggCall;
  /** Whether the input may retract rows (MIN/MAX then keep every value). */
  readonly retracting: boolean;
}

export type AggFactory = (ctx: AggContext) => AggFunction;
