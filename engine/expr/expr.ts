/**
 * The typed expression IR (like Calcite's RexNode): what the analyzer produces for bound
 * expressions, what the planner pushes around, and what the runtime compiles into JS.
 *
 * Every node carries its result LogicalType. Function and operator calls use canonical
 * upper-case names (`+`, `=`, `AND`, `IS NULL`, `UPPER`, `TIMESTAMPADD`, ...); time units and
 * other symbols (`DAY`, `BOTH`) are VARCHAR literals among the operands.
 */
import type { LogicalType } from '../types/logical-type';
import type { Value } from '../types/values';

/** A column of the operator's input row, by position. */
export interface InputRef {
  readonly kind: 'input';
  readonly index: number;
  readonly type: LogicalType;
  /** For printing only. */
  readonly name?: string;
}

export interface Literal {
  readonly kind: 'literal';
  /** Held as values.ts prescribes for `type`. */
  readonly value: Value;
  readonly type: LogicalType;
}

export interface Call {
  readonly kind: 'call';
  /** Canonical upper-case name of the function or operator. */
  readonly op: string;
  readonly operands: readonly Expr[];
  readonly type: LogicalType;
}

/** CAST (fails on bad input) or TRY_CAST (`safe`: NULL on bad input). */
export interface Cast {
  readonly kind: 'cast';
  readonly operand: Expr;
  readonly type: LogicalType;
  readonly safe: boolean;
}

/** Searched CASE: the first WHEN that is TRUE wins; otherwise ELSE (NULL when absent). */
export interface Case {
  readonly kind: 'case';
  readonly whens: readonly { readonly when: Expr; readonly then: Expr }[];
  readonly else: Expr | null;
  readonly type: LogicalType;
}

/** `row_expr.field` for ROW-typed operands, by position. */
export interface FieldAccess {
  readonly kind: 'field';
  readonly operand: Expr;
  readonly index: number;
  readonly name: string;
  readonly type: LogicalType;
}

export type Expr = InputRef | Literal | Call | Cast | Case | FieldAccess;

/** Constructors, so callers never spell node objects by hand. */
export const E = {
  input: (index: number, type: LogicalType, name?: string): InputRef =>
    name === undefined ? { kind: 'input', index, type } : { kind: 'input', index, type, name },
  lit: (value: Value, type: LogicalType): Literal => ({ kind: 'literal', value, type }),
  call: (op: string, type: LogicalType, ...operands: Expr[]): Call => ({ kind: 'call', op, operands, type }),
  cast: (operand: Expr, type: LogicalType): Cast => ({ kind: 'cast', operand, type, safe: false }),
  tryCast: (operand: Expr, type: LogicalType): Cast => ({ kind: 'cast', operand, type, safe: true }),
  case: (whens: { when: Expr; then: Expr }[], otherwise: Expr | null, type: LogicalType): Case => ({
    kind: 'case',
    whens,
    else: otherwise,
    type,
  }),
  field: (operand: Expr, index: number, name: string, type: LogicalType): FieldAccess => ({
    kind: 'field',
    operand,
    index,
    name,
    type,
  }),
} as const;

/** Visits every node, parents before children. */
export function walkExpr(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  switch (e.kind) {
    case 'call':
      for (const o of e.operands) walkExpr(o, visit);
      break;
    case 'cast':
    case 'field':
      walkExpr(e.operand, visit);
      break;
    case 'case':
      for (const w of e.whens) {
        walkExpr(w.when, visit);
        walkExpr(w.then, visit);
      }
      if (e.else) walkExpr(e.else, visit);
      break;
    default:
      break;
  }
}

/** The input columns an expression reads (for projection push-down). */
export function inputsOf(e: Expr): Set<number> {
  const out = new Set<number>();
  walkExpr(e, (n) => {
    if (n.kind === 'input') out.add(n.index);
  });
  return out;
}
