/**
 * The shape of a runtime scalar function. `bind` runs once per call site at compile time and
 * may specialize on literal operands (a constant LIKE pattern becomes one RegExp, a constant
 * DATE_FORMAT pattern one formatter); the function it returns runs per row.
 */
import type { Expr } from '../../expr/expr';
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';

// Operands are typed by the analyzer; implementations narrow them as their signature promises.
export type ScalarFn = (...args: any[]) => Value;

export interface ScalarImpl {
  /** Any NULL operand gives NULL without calling the function (true unless said otherwise). */
  readonly strict?: boolean;
  bind(operands: readonly Expr[], type: LogicalType): ScalarFn;
}

export type ScalarTable = Readonly<Record<string, ScalarImpl>>;

/** The literal value of an operand, or undefined when it is not a literal. */
export function literalOf(e: Expr | undefined): Value | undefined {
  return e !== undefined && e.kind === 'literal' ? e.value : undefined;
}

/** A time-unit / keyword operand (`DAY`, `LEADING`), which must be a literal. */
export function symbolOf(e: Expr | undefined, what: string): string {
  const v = literalOf(e);
  if (typeof v !== 'string') throw new Error(`${what} must be a literal keyword`);
  return v.toUpperCase();
}
