/**
 * Aggregate functions as accumulators. An accumulator is a plain value or a small structure
 * of arrays and Maps (so checkpoints can encode it); `accumulate` and `retract` return the
 * accumulator (the same object when mutated in place, a new primitive otherwise).
 */
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';

export interface AggFunction<A = unknown> {
  create(): A;
  accumulate(acc: A, v: Value): A;
  retract(acc: A, v: Value): A;
  value(acc: A): Value;
  /** Combines two accumulators (session window merges). */
  merge(a: A, b: A): A;
}

/** What an aggregate call is built from. */
export interface AggCall {
  /** Canonical name: COUNT, SUM, SUM0, AVG, MIN, MAX, FIRST_VALUE, LAST_VALUE, LISTAGG, COLLECT. */
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
