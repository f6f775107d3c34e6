/**
 * Subqueries of a SELECT, turned into joins as Flink's planner does (SubQueryRemoveRule, then
 * decorrelation: engine/planner/logical/decorrelate.ts):
 *
 * - a WHERE conjunct `x [NOT] IN (SELECT y ...)` or `[NOT] EXISTS (SELECT ...)` becomes a semi
 *   (anti) join of the query's input with the subquery, on `x = y` and the correlated
 *   predicates pulled out of the subquery. NOT IN is null-aware as in Flink: a right row whose
 *   `x = y` is NULL (x or y NULL) also rules a left row out, so a NULL in the subquery yields
 *   no rows;
 * - any other `x [NOT] IN (SELECT y ...)` or `[NOT] EXISTS (SELECT ...)` (under OR, NOT, in CASE,
 *   in the SELECT list) becomes a mark join (engine/runtime/operators/semi-anti-join.ts) appending a
 *   BOOLEAN column to the input, TRUE / NULL / FALSE with SQL's three-valued logic (what
 *   Calcite's SubQueryRemoveRule computes with LEFT joins over counts); the expression binds to
 *   that column (NOT IN to NOT over it);
 * - a scalar subquery (a single aggregate, so exactly one row per outer row) becomes a LEFT join
 *   whose value column is appended to the input; the expression binds to that column.
 */
import type { Range } from '../diagnostic';
import type { Expression } from '../sql';
import { E, type Expr } from '../expr/expr';
import { CORRELATED_LIMIT, decorrelate, type Decorrelated } from '../planner/logical/decorrelate';
import type { Field, LogicalPlan } from '../planner/logical/plan';
import { T, withNullability } from '../types/logical-type';
import { isErrorExpr, type ExprBinder } from './bind-expression';
import { equiKeys, underProjects } from './from';
import type { Planned, QueryAnalyzer } from './query';
import type { Scope } from './scope';

type ScalarSubquery = Extract<Expression, { kind: 'scalarSubquery' }>;

function andAll(parts: readonly Expr[]): Expr {
  return parts.length === 0 ? E.lit(true, T.boolean(false)) : parts.reduce((a, b) => E.call('AND', T.boolean(a.type.nullable || b.type.nullable), a, b));
}

/**
 * The subquery analyzed with correlation to `scope` and decorrelated over `outer` (the row it is
 * joined to); when that row is not laid out yet (`outer` is its width: the aggregate's), only
 * analyzed, `d` its correlated plan, for `pulledOut` once it is. Undefined when it cannot be.
 */
function decorrelated(qa: QueryAnalyzer, query: Extract<Expression, { kind: 'exists' }>['query'], scope: Scope, outer: Planned | number, shape: (p: Planned) => Planned = (p) => p) {
  const sub = shape(qa.correlatedQuery(query, scope));
  // Over a row laid out later (the aggregate's): decorrelated then (pulledOut), here only analyzed.
  if (typeof outer === 'number') return { sub, d: { plan: sub.plan, conditions: [] } };
  const d = pulledOut(qa, sub.plan, outer, query.range);
  return d ? { sub, d } : undefined;
}

/** `plan` (correlated to `outer`'s row) decorrelated; undefined when it cannot be (reported, or the reason recorded). */
export function pulledOut(qa: QueryAnalyzer, plan: LogicalPlan, outer: Planned, range: Range): Decorrelated | undefined {
  const d = decorrelate(plan, outer.fields.length, outer);
  if (d === CORRELATED_LIMIT) {
    // Flink refuses it as well ("unexpected correlate variable $cor0 in the plan").
    qa.reporter.report('unsupported-correlation', `${d[0]!.toUpperCase()}${d.slice(1)}`, range);
    return undefined;
  }
  if (typeof d === 'string') {
    qa.unsupported(d);
    return undefined;
  }
  return d;
}

export type SubqueryTest = Extract<Expression, { kind: 'exists' | 'inQuery' }>;

/** `(x1, x2) IN` or `x IN`: the values on the left of IN. */
function inOperands(node: Extract<Expression, { kind: 'inQuery' }>): readonly Expression[] {
  const o = node.operand;
  return o.kind === 'constructor' && o.type === 'ROW' && !o.query ? o.elements : [o];
}

/** IN's pairwise equalities over left ++ subquery row (starting at `n`); undefined when reported (column count) or not bound. */
export function inEqualities(qa: QueryAnalyzer, node: Extract<Expression, { kind: 'inQuery' }>, sub: Planned, n: number, binder: ExprBinder): Expr | undefined {
  const xs = inOperands(node);
  if (sub.fields.length !== xs.length) {
    const want = xs.length === 1 ? 'exactly one column' : `${xs.length} columns, one per value on the left of IN`;
    qa.reporter.report('subquery-columns', `The subquery must return ${want}, but returns ${sub.fields.length}`, node.query.range);
    return undefined;
  }
  const eqs = xs.map((x, i) => binder.callOp('=', [binder.bind(x), E.input(n + i, sub.fields[i]!.type, sub.fields[i]!.name)], node.range));
  return eqs.some(isErrorExpr) ? undefined : andAll(eqs);
}

/**
 * `[NOT] IN (subquery)` or `[NOT] EXISTS (subquery)` used as a value: the mark join appending its
 * BOOLEAN column to `left` (whose row `scope` describes), and the expression standing for the
 * test over the joined row; undefined when it could not be planned (reported).
 */
export function subqueryMark(qa: QueryAnalyzer, node: SubqueryTest, left: Planned, scope: Scope, binder: ExprBinder): { planned: Planned; value: Expr } | undefined {
  const r = decorrelated(qa, node.query, scope, left);
  if (!r) return undefined;
  let mark: Expr | undefined;
  if (node.kind === 'inQuery') {
    mark = inEqualities(qa, node, r.sub, left.fields.length, binder);
    if (!mark) return undefined;
  }
  return markJoin(left, r, mark, node.kind === 'inQuery' && node.negated);
}

/**
 * An IN / EXISTS subquery analyzed (correlated to `scope`) for a row `width` wide that is not
 * laid out yet (the aggregate's); decorrelated (`pulledOut`) and joined with `markJoin` once it
 * is. Undefined when it cannot be (reported).
 */
export function subqueryTestOver(qa: QueryAnalyzer, node: SubqueryTest, scope: Scope, width: number): ScalarSubqueryPlan | undefined {
  return decorrelated(qa, node.query, scope, width);
}

/**
 * The mark join of `left` with a decorrelated subquery (`r.d.conditions` and `mark`, IN's
 * comparison, over left ++ its row): left's columns and the BOOLEAN, and the expression for the
 * test (NOT over it for NOT IN).
 */
export function markJoin(left: Planned, r: ScalarSubqueryPlan, mark: Expr | undefined, negated: boolean): { planned: Planned; value: Expr } {
  const n = left.fields.length;
  const condition = andAll(r.d.conditions);
  const field: Field = { name: `$mark${n}`, type: T.boolean(mark?.type.nullable ?? false) };
  const fields = [...left.fields, field];
  const plan: LogicalPlan = {
    kind: 'join',
    joinKind: 'mark',
    left: left.plan,
    right: r.d.plan,
    condition,
    equiKeys: equiKeys(condition, n),
    ...(mark ? { mark } : {}),
    fields,
  };
  const column = E.input(n, field.type, field.name);
  return { planned: { plan, fields }, value: negated ? E.call('NOT', field.type, column) : column };
}

/**
 * A WHERE conjunct that is `[NOT] IN (subquery)` or `[NOT] EXISTS (subquery)`: the semi / anti
 * join replacing it over `left` (whose row `scope` describes); undefined for any other conjunct.
 */
export function subqueryJoin(qa: QueryAnalyzer, c: Expression, left: Planned, scope: Scope, binder: ExprBinder): LogicalPlan | undefined {
  const negatedNode = c.kind === 'unary' && c.operator === 'NOT';
  const node = negatedNode ? c.operand : c;
  if (node.kind !== 'exists' && node.kind !== 'inQuery') return undefined;
  const n = left.fields.length;
  const r = decorrelated(qa, node.query, scope, left);
  if (!r) return left.plan;
  const conditions = [...r.d.conditions];
  let anti = negatedNode;
  if (node.kind === 'inQuery') {
    // `x IN (SELECT y ...)`, or `(x1, x2) IN (SELECT y1, y2 ...)`: the columns pairwise equal.
    anti = anti !== node.negated;
    const eq = inEqualities(qa, node, r.sub, n, binder);
    if (!eq) return left.plan;
    // NOT IN: a right row rules the left row out when x = y is TRUE or NULL.
    conditions.push(anti && eq.type.nullable ? E.call('OR', T.boolean(false), eq, E.call('IS NULL', T.boolean(false), eq)) : eq);
  }
  return {
    kind: 'join',
    joinKind: anti ? 'anti' : 'semi',
    left: left.plan,
    right: r.d.plan,
    condition: andAll(conditions),
    equiKeys: equiKeys(andAll(conditions), n),
    fields: left.fields,
  };
}

/** The aggregate call column `index` of `p` is, read through Projects as is. */
function aggregateCallAt(p: LogicalPlan, index: number): string | undefined {
  if (p.kind === 'project') {
    const x = p.exprs[index];
    return x?.kind === 'input' ? aggregateCallAt(p.input, x.index) : undefined;
  }
  return p.kind === 'aggregate' ? p.aggs[index - p.groupKeys.length]?.fn : undefined;
}

/** A scalar subquery analyzed (correlated to `scope`, whose row is `n` wide) and decorrelated, ready to be joined. */
export interface ScalarSubqueryPlan {
  readonly sub: Planned;
  readonly d: Decorrelated;
}

/**
 * Undefined when the subquery is not one Flink's plan gives exactly one row per outer row
 * (reported). `outer`: the row it is joined to, or its width when that row is not laid out yet
 * (the aggregate's: then decorrelated by `pulledOut` once it is).
 */
export function scalarSubquery(qa: QueryAnalyzer, e: ScalarSubquery, scope: Scope, outer: Planned | number): ScalarSubqueryPlan | undefined {
  let columns = 1;
  // Not one row by construction: SINGLE_VALUE takes the one row there is (an error with more), as Flink plans it.
  const oneRow = (sub: Planned): Planned => {
    columns = sub.fields.length;
    const top = underProjects(sub.plan);
    if (columns !== 1 || (top.kind === 'aggregate' && top.groupKeys.length === 0)) return sub;
    const f = { name: sub.fields[0]!.name, type: withNullability(sub.fields[0]!.type, true) };
    return { plan: { kind: 'aggregate', input: sub.plan, groupKeys: [], aggs: [{ fn: 'SINGLE_VALUE', args: [0], distinct: false, type: f.type, name: f.name }], fields: [f] }, fields: [f] };
  };
  const r = decorrelated(qa, e.query, scope, outer, oneRow);
  if (columns !== 1) {
    qa.reporter.report('subquery-columns', `A scalar subquery must return exactly one column, but returns ${columns}`, e.range);
    return undefined;
  }
  return r;
}

/**
 * A scalar subquery joined into `left` (the row it was decorrelated over): the LEFT join with
 * the subquery, projected to left's columns and the value, which is the returned Expr.
 */
export function joinScalarSubquery(left: Planned, r: ScalarSubqueryPlan): { planned: Planned; value: Expr } {
  const n = left.fields.length;
  const right = r.d.plan;
  const joinFields: Field[] = [...left.fields, ...right.fields.map((f) => ({ name: f.name, type: withNullability(f.type, true) }))];
  const join: LogicalPlan = {
    kind: 'join',
    joinKind: 'left',
    left: left.plan,
    right,
    condition: andAll(r.d.conditions),
    equiKeys: equiKeys(andAll(r.d.conditions), n),
    fields: joinFields,
  };
  const valueField = joinFields[n]!;
  let value: Expr = E.input(n, valueField.type, valueField.name);
  // COUNT over no rows is 0, not the NULL the LEFT join pads a key without rows with.
  const fn = aggregateCallAt(r.sub.plan, 0);
  if (r.d.conditions.length > 0 && (fn === 'COUNT' || fn === 'SUM0' || fn === '$SUM0')) {
    value = E.call('COALESCE', withNullability(valueField.type, false), value, E.lit(0, withNullability(valueField.type, false)));
  }
  const fields = [...left.fields, { name: `$scalar${n}`, type: value.type }];
  const exprs = [...left.fields.map((f, i) => E.input(i, f.type, f.name)), value];
  return { planned: { plan: { kind: 'project', input: join, exprs, fields }, fields }, value: E.input(n, value.type, `$scalar${n}`) };
}
