/**
 * OVER calls in a SELECT list: `ROW_NUMBER() OVER (PARTITION BY .. ORDER BY ..)`, aggregates
 * over ROWS/RANGE frames, named windows (`WINDOW w AS (...)`). Calls with the same window share
 * one Over node; each node's output is its input ++ one column per call.
 */
import type { FunctionCall, NamedWindow, OrderItem, WindowSpec, Expression, FrameBound } from '../sql';
import type { Expr } from '../expr/expr';
import type { LogicalAggCall, SortKey } from '../planner/logical/plan';
import type { Value } from '../types/values';
import { lookupFunction } from '../types/functions';
import { isInterval } from '../types/logical-type';
import type { ExprBinder } from './bind-expression';
import { errorExpr } from './bind-expression';
import { exprKey } from './expr-key';
import type { Reporter } from './reporter';

export interface OverCall {
  readonly fn: string;
  readonly args: readonly Expr[];
  readonly constants: readonly Value[];
  readonly distinct: boolean;
  readonly type: Expr['type'];
  readonly window: BoundWindow;
}

export interface BoundWindow {
  readonly key: string;
  readonly partition: readonly Expr[];
  readonly order: readonly { readonly expr: Expr; readonly descending: boolean; readonly nullsFirst: boolean }[];
  readonly frame?: { readonly unit: 'ROWS' | 'RANGE'; readonly preceding: number | null };
}

function effectiveSpec(spec: WindowSpec, named: readonly NamedWindow[], reporter: Reporter): { partitionBy: readonly Expression[]; orderBy: readonly OrderItem[]; frame?: WindowSpec['frame'] } {
  if (!spec.base) return spec;
  const base = named.find((w) => w.name.value === spec.base!.value);
  if (!base) {
    reporter.report('unknown-window', `Window '${spec.base.value}' not found${named.length ? `; the named windows are ${named.map((w) => w.name.value).join(', ')}` : ''}`, spec.base.range);
    return spec;
  }
  const b = effectiveSpec(base.spec, named.filter((w) => w !== base), reporter);
  return {
    partitionBy: spec.partitionBy.length ? spec.partitionBy : b.partitionBy,
    orderBy: spec.orderBy.length ? spec.orderBy : b.orderBy,
    frame: spec.frame ?? b.frame,
  };
}

function precedingOf(bound: FrameBound, input: ExprBinder): number | null | undefined {
  if (bound.kind === 'unboundedPreceding') return null;
  if (bound.kind === 'currentRow') return 0;
  if (bound.kind === 'preceding') {
    const x = input.bind(bound.offset);
    if (x.kind === 'literal' && typeof x.value === 'number' && (isInterval(x.type) || x.type.kind !== 'NULL')) return x.value;
    input.reporter.report('invalid-frame', 'A window frame bound must be a literal: n PRECEDING or INTERVAL ... PRECEDING', bound.range);
    return undefined;
  }
  input.reporter.report('unsupported-frame', 'Flink supports only frames that end at CURRENT ROW (FOLLOWING is not supported)', bound.range);
  return undefined;
}

/** Binds an OVER call's arguments and window over the input scope. */
export function bindOverCall(call: FunctionCall, input: ExprBinder, named: readonly NamedWindow[]): OverCall | Expr {
  const reporter = input.reporter;
  const name = call.name.parts.map((p) => p.value).join('.');
  const fn = lookupFunction(name);
  if (!fn || (fn.kind !== 'aggregate' && fn.kind !== 'window-ranking')) {
    if (!fn) input.callOp(name, [], call.range, call.name.range);
    else reporter.report('invalid-over', `Function '${fn.name}' cannot be used with OVER: only aggregate and ranking functions can`, call.range);
    return errorExpr();
  }
  const spec = effectiveSpec(call.over!, named, reporter);
  const partition = spec.partitionBy.map((p) => input.bind(p));
  const order = spec.orderBy.map((o) => ({ expr: input.bind(o.expression), descending: o.descending, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !o.descending }));
  if ((fn.kind === 'window-ranking' || spec.frame) && order.length === 0) {
    reporter.report('missing-order-by', `${fn.name} with OVER requires an ORDER BY in the window`, call.over!.range);
  }
  let frame: BoundWindow['frame'];
  if (spec.frame) {
    const preceding = precedingOf(spec.frame.lower, input);
    if (spec.frame.upper && spec.frame.upper.kind !== 'currentRow') precedingOf(spec.frame.upper, input);
    if (preceding !== undefined) frame = { unit: spec.frame.units, preceding };
  }
  const operands = call.star ? [] : input.callArgs(call);
  const typed = input.callOp(fn.name, operands, call.range, call.name.range);
  const args: Expr[] = [];
  const constants: Value[] = [];
  operands.forEach((o, i) => {
    if ('symbol' in o) return;
    if (i > 0 && o.kind === 'literal') constants.push(o.value);
    else args.push(o);
  });
  const key = JSON.stringify([partition.map(exprKey), order.map((o) => [exprKey(o.expr), o.descending, o.nullsFirst]), frame ?? null]);
  input.env.info?.names.push({ kind: 'function', range: call.name.range, name: fn.name, type: typed.type });
  return { fn: fn.name, args, constants, distinct: call.distinct, type: typed.type, window: { key, partition, order, ...(frame ? { frame } : {}) } };
}

export function sortKeysOf(order: BoundWindow['order'], indexOf: (e: Expr) => number): SortKey[] {
  return order.map((o) => ({ index: indexOf(o.expr), descending: o.descending, nullsFirst: o.nullsFirst }));
}

export type { LogicalAggCall };
