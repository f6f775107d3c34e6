/**
 * Implicit casts inserted into bound expressions, so the runtime sees operands of one type
 * where Flink's validator would have coerced them (comparisons, IN, BETWEEN, CASE branches,
 * UNION / VALUES columns, INSERT targets). Numbers of different widths and strings of
 * different lengths share a run-time representation and are left alone.
 */
import { E, type Expr } from '../expr/expr';
import type { LogicalType } from '../types/logical-type';
import { isCharacterString, isNumeric, withNullability, withoutTimeAttribute } from '../types/logical-type';
import { findCommonType } from '../types/common-type';
import { typeEqualsIgnoringNullability } from '../types/print';

/** Whether values of `from` are held as values of `to` already (no cast needed at run time). */
function sameRepresentation(from: LogicalType, to: LogicalType): boolean {
  if (from.kind === 'NULL') return false;
  if (isNumeric(from) && isNumeric(to)) return from.kind !== 'DECIMAL' || to.kind === 'DECIMAL' || to.kind === 'DOUBLE' || to.kind === 'FLOAT';
  if (isCharacterString(from) && isCharacterString(to)) return true;
  if (from.kind === to.kind && from.kind !== 'ROW' && from.kind !== 'ARRAY' && from.kind !== 'MAP' && from.kind !== 'MULTISET') return true;
  return typeEqualsIgnoringNullability(withoutTimeAttribute(from), withoutTimeAttribute(to));
}

/** `e` as a value of `to` (nullability of `e` kept). */
export function castTo(e: Expr, to: LogicalType): Expr {
  if (to.kind === 'NULL') return e;
  if (e.kind === 'literal' && e.value === null) return E.lit(null, withNullability(to, true));
  if (sameRepresentation(e.type, to)) return e;
  return E.cast(e, withNullability(withoutTimeAttribute(to), e.type.nullable));
}

/** The operands cast to their common type; undefined when they have none. */
export function toCommonType(operands: readonly Expr[], validator = true): { exprs: Expr[]; type: LogicalType } | undefined {
  const types = operands.map((o) => o.type);
  if (types.every((t) => t.kind === 'NULL')) return { exprs: [...operands], type: types[0] ?? { kind: 'NULL', nullable: true } };
  const common = findCommonType(types, { validator });
  if (!common) return undefined;
  return { exprs: operands.map((o) => castTo(o, common)), type: common };
}
