/**
 * The shape of one entry of the built-in function table. Everything a consumer needs is data:
 * the analyzer checks calls with `signatures` and `infer`, completion lists `name`/`kind`,
 * hover shows `description`/`example`, signature help renders `signatures` (see label.ts), and
 * the runtime implements each function keyed by `name`.
 */

import type { LogicalType } from '../logical-type';

export type FunctionKind = 'scalar' | 'aggregate' | 'table' | 'window-ranking' | 'operator' | 'special-syntax';

export type FunctionCategory =
  | 'comparison'
  | 'logical'
  | 'arithmetic'
  | 'math'
  | 'string'
  | 'temporal'
  | 'conditional'
  | 'conversion'
  | 'collection'
  | 'json'
  | 'construction'
  | 'access'
  | 'grouping'
  | 'hashing'
  | 'aggregate'
  | 'ranking'
  | 'window'
  | 'misc';

/**
 * Argument families, after Flink's LogicalTypeFamily plus a few pseudo families:
 * TYPE (the target type of CAST / RETURNING), SYMBOL (a keyword such as a time unit or a TRIM
 * flag), DESCRIPTOR and TABLE (table-function arguments), COMPARABLE (anything orderable),
 * ANY (any type).
 */
export type ArgFamily =
  | 'ANY'
  | 'STRING'
  | 'BINARY'
  | 'BOOLEAN'
  | 'NUMERIC'
  | 'INT'
  | 'EXACT'
  | 'APPROX'
  | 'DATE'
  | 'TIME'
  | 'TIMESTAMP'
  | 'INTERVAL'
  | 'ARRAY'
  | 'MAP'
  | 'MULTISET'
  | 'ROW'
  | 'COMPARABLE'
  | 'TYPE'
  | 'SYMBOL'
  | 'DESCRIPTOR'
  | 'TABLE';

export interface Param {
  readonly name: string;
  /** Accepted families (any of them); the NULL literal fits every family except TYPE/SYMBOL/DESCRIPTOR/TABLE. */
  readonly families: readonly ArgFamily[];
  readonly optional: boolean;
  /** The last parameter may repeat. */
  readonly variadic: boolean;
  /** Table functions: may be passed by name (`SIZE => INTERVAL '1' MINUTE`). */
  readonly named: boolean;
  /** For SYMBOL parameters: the keywords accepted (`YEAR`, `MONTH`, ... or `BOTH`, `LEADING`, `TRAILING`). */
  readonly symbols?: readonly string[];
}

export type Signature = readonly Param[];

/** A keyword argument such as `YEAR` in `EXTRACT(YEAR FROM ts)` or `BOTH` in TRIM. */
export interface SymbolArg {
  readonly kind: 'SYMBOL';
  readonly value: string;
}

/** What the analyzer passes for each argument: its type, or a symbol. */
export type CallArg = LogicalType | SymbolArg;

export interface InferOptions {
  /** Literal values of arguments where known (by position), e.g. the scale of ROUND(x, 2). */
  readonly literals?: readonly unknown[];
}

/** The return type, or an error in plain words (without the function name, which the caller adds). */
export type ReturnInference = (args: readonly CallArg[], options: InferOptions) => LogicalType | { error: string };

/**
 * - `args`: nullable when any argument is nullable (most scalar functions),
 * - `always`: always nullable (JSON_VALUE, TRY_CAST, LAG, MIN/MAX/SUM...),
 * - `never`: never NULL (COUNT, IS NULL, ROW_NUMBER, CURRENT_TIMESTAMP...),
 * - `inferred`: the inference function decides.
 */
export type Nullability = 'args' | 'always' | 'never' | 'inferred';

export interface FunctionDef {
  /** Canonical upper-case name; operators use their SQL spelling (`+`, `IS NULL`, `BETWEEN`). */
  readonly name: string;
  /** Other names resolving to this entry (`CEILING` for CEIL, `!=` for `<>`). */
  readonly aliases: readonly string[];
  readonly kind: FunctionKind;
  readonly category: FunctionCategory;
  readonly signatures: readonly Signature[];
  /** The syntax a user writes, when it is not `NAME(args)`: `CAST(value AS type)`, `a + b`. */
  readonly syntax?: string;
  /** How the return type reads in signature help: `STRING`, `same as value`. */
  readonly returnLabel: string;
  readonly infer: ReturnInference;
  readonly nullability: Nullability;
  readonly deterministic: boolean;
  readonly description: string;
  readonly example: string;
  /** Deprecated in Flink (kept so old statements still type-check). */
  readonly deprecated?: boolean;
}

export function isSymbolArg(a: CallArg): a is SymbolArg {
  return a.kind === 'SYMBOL' && 'value' in a;
}
