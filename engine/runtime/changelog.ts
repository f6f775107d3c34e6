/**
 * Changelog rows and batches: what flows between operators, into sinks and to the results
 * channel. Kinds follow Flink's RowKind: +I insert, -U update-before, +U update-after,
 * -D delete. Rows are positional arrays of values (see engine/types/values.ts).
 */
import type { Value } from '../types/values';

export const enum RowKind {
  Insert = 0,
  UpdateBefore = 1,
  UpdateAfter = 2,
  Delete = 3,
}

export const ROW_KIND_SYMBOLS = ['+I', '-U', '+U', '-D'] as const;
export type RowKindSymbol = (typeof ROW_KIND_SYMBOLS)[number];

export type Row = Value[];

/** Whether a change adds the row to the result (+I, +U) or takes it away (-U, -D). */
export function isAccumulate(kind: RowKind): boolean {
  return kind === RowKind.Insert || kind === RowKind.UpdateAfter;
}
