/**
 * Reusable return-type inferences, after Flink's TypeStrategies / SpecificTypeStrategies
 * (explicit, argument(i), COMMON, ...). Each returns a type or `{ error }`; nullability is
 * applied afterwards by infer.ts according to the entry's rule.
 */

import { type LogicalType, T, withoutTimeAttribute } from '../logical-type';
import { type CommonTypeOptions, findCommonType } from '../common-type';
import { printTypeList } from '../print';
import { type CallArg, type ReturnInference, isSymbolArg } from './model';

/** The typed arguments (symbols dropped). */
export function typedArgs(args: readonly CallArg[]): LogicalType[] {
  return args.filter((a): a is LogicalType => !isSymbolArg(a));
}

export function typeAt(args: readonly CallArg[], i: number): LogicalType {
  const a = args[i];
  return a === undefined || isSymbolArg(a) ? T.null() : a;
}

/** Always this type. */
export const explicit =
  (t: LogicalType): ReturnInference =>
  () =>
    t;

/** The type of argument i (time-attribute markers dropped: a function of a time attribute is a plain value). */
export const argument =
  (i: number): ReturnInference =>
  (args) =>
    withoutTimeAttribute(typeAt(args, i));

/** The common type of the arguments from position `from` on (every `step`-th one). */
export const common =
  (from = 0, step = 1): ReturnInference =>
  (args) => {
    const picked = typedArgs(args).filter((_, i) => i >= from && (i - from) % step === 0);
    return commonOrError(picked);
  };

export function commonOrError(types: readonly LogicalType[], options: CommonTypeOptions = {}): LogicalType | { error: string } {
  if (types.length > 0 && types.every((t) => t.kind === 'NULL')) return T.null();
  const c = findCommonType(types, options);
  return c ? withoutTimeAttribute(c) : { error: `its arguments have no common type: ${printTypeList(types)}` };
}

/** CHAR(n) -> VARCHAR(n), BINARY(n) -> VARBINARY(n), others unchanged (Calcite's ARG0_NULLABLE_VARYING). */
export const varying =
  (i: number): ReturnInference =>
  (args) => {
    const t = typeAt(args, i);
    if (t.kind === 'CHAR') return T.varchar(Math.max(t.length, 1));
    if (t.kind === 'BINARY') return T.varbinary(Math.max(t.length, 1));
    return t.kind === 'NULL' ? T.string() : withoutTimeAttribute(t);
  };

/** The element type of the ARRAY/MULTISET argument i. */
export const elementOf =
  (i: number): ReturnInference =>
  (args) => {
    const t = typeAt(args, i);
    if (t.kind === 'ARRAY' || t.kind === 'MULTISET') return t.element;
    return t.kind === 'NULL' ? T.null() : { error: `argument ${i + 1} must be an ARRAY` };
  };

/** ARRAY of argument i's type. */
export const arrayOf =
  (i: number): ReturnInference =>
  (args) =>
    T.array(withoutTimeAttribute(typeAt(args, i)));

/** The first strategy that does not fail. */
export function first(...strategies: ReturnInference[]): ReturnInference {
  return (args, options) => {
    let last: LogicalType | { error: string } = { error: 'no strategy applies' };
    for (const s of strategies) {
      last = s(args, options);
      if (!('error' in last)) return last;
    }
    return last;
  };
}

/** Integer literal at position i, when the analyzer knows it. */
export function literalInt(options: { literals?: readonly unknown[] }, i: number): number | undefined {
  const v = options.literals?.[i];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
