/**
 * Decorrelation of subqueries (IN, EXISTS, scalar), as Calcite's decorrelator does for the
 * shapes Flink runs: the analyzer binds a reference to a column of the enclosing query as an
 * input ref at CORRELATION_BASE + that column's index; `decorrelate` pulls every predicate
 * using such references out of the subquery's plan, so the subquery becomes an ordinary plan
 * and the pulled predicates become the condition of the join that replaces the subquery (a
 * semi/anti join for IN and EXISTS, a LEFT join for a scalar subquery).
 *
 * Predicates are pulled up through Filters and Projects (the Project passes the columns they
 * need through, appended after its own) and through an Aggregate when they are equalities
 * `outer = inner column` (the inner columns become extra group keys, appended after the
 * aggregate's own output). A correlated reference anywhere else cannot be decorrelated.
 */
import { E, inputsOf, type Expr } from '../../expr/expr';
import { substitute } from '../physical/rewrite';
import { inputsOfPlan, type Field, type LogicalPlan } from './plan';

/** Input refs at or above this index in a subquery's plan stand for the enclosing query's columns. */
export const CORRELATION_BASE = 1 << 25;

export interface Decorrelated {
  /** The subquery without correlated references; its fields start with the original ones. */
  readonly plan: LogicalPlan;
  /** Pulled predicates over outer row ++ `plan`'s row. */
  readonly conditions: readonly Expr[];
}

function mapInputs(e: Expr, f: (index: number) => number): Expr {
  return substitute(e, (r) => ({ ...r, index: f(r.index) }));
}

export function isCorrelated(e: Expr): boolean {
  for (const i of inputsOf(e)) if (i >= CORRELATION_BASE) return true;
  return false;
}

/** Expressions a node holds directly (not its inputs'). */
function exprsOf(p: LogicalPlan): readonly Expr[] {
  switch (p.kind) {
    case 'values':
      return p.rows.flat();
    case 'project':
      return p.exprs;
    case 'filter':
      return [p.condition];
    case 'join':
      return p.mark ? [p.condition, p.mark] : [p.condition];
    case 'unnest':
      return [p.expr];
    case 'matchRecognize':
      return [...p.defines.map((d) => d.condition), ...p.measures.map((m) => m.expr)];
    case 'scan':
      return p.computed.map((c) => c.expr);
    default:
      return [];
  }
}

/** Whether the plan holds a correlated reference anywhere. */
export function planIsCorrelated(p: LogicalPlan): boolean {
  return exprsOf(p).some(isCorrelated) || inputsOfPlan(p).some(planIsCorrelated);
}

function conjunctsOf(e: Expr): Expr[] {
  return e.kind === 'call' && e.op === 'AND' ? e.operands.flatMap(conjunctsOf) : [e];
}

/** The columns of the subquery's row (below CORRELATION_BASE) an expression reads. */
function innerColumns(e: Expr, width: number): number[] {
  return [...inputsOf(e)].filter((i) => i >= width && i < CORRELATION_BASE).map((i) => i - width);
}

/**
 * Pulls correlated predicates out of `p`; `outerWidth` is the width of the enclosing query's
 * row. Returns a string saying what could not be decorrelated.
 */
export function decorrelate(p: LogicalPlan, outerWidth: number): Decorrelated | string {
  if (!planIsCorrelated(p)) return { plan: p, conditions: [] };
  // A predicate's own (subquery-side) refs move to outerWidth + index; correlated refs to their outer column.
  const toJoinRow = (e: Expr): Expr => mapInputs(e, (i) => (i >= CORRELATION_BASE ? i - CORRELATION_BASE : outerWidth + i));
  switch (p.kind) {
    case 'filter': {
      const inner = decorrelate(p.input, outerWidth);
      if (typeof inner === 'string') return inner;
      const pulled = conjunctsOf(p.condition).filter(isCorrelated).map(toJoinRow);
      const kept = conjunctsOf(p.condition).filter((c) => !isCorrelated(c));
      const fields = inner.plan.fields;
      const plan: LogicalPlan = kept.length === 0 ? inner.plan : { kind: 'filter', input: inner.plan, condition: kept.reduce((a, b) => E.call('AND', b.type, a, b)), fields };
      return { plan, conditions: [...inner.conditions, ...pulled] };
    }
    case 'project': {
      if (p.exprs.some(isCorrelated)) return 'a correlated reference in the SELECT list of a subquery';
      const inner = decorrelate(p.input, outerWidth);
      if (typeof inner === 'string') return inner;
      // Pass the columns the pulled predicates read through the Project, after its own columns.
      const needed = [...new Set(inner.conditions.flatMap((c) => innerColumns(c, outerWidth)))];
      const at = new Map(needed.map((c, i) => [c, p.exprs.length + i]));
      const passed: Field[] = needed.map((c) => inner.plan.fields[c]!);
      const fields = [...p.fields, ...passed];
      const exprs = [...p.exprs, ...needed.map((c) => E.input(c, inner.plan.fields[c]!.type, inner.plan.fields[c]!.name))];
      const conditions = inner.conditions.map((c) => mapInputs(c, (i) => (i < outerWidth ? i : outerWidth + at.get(i - outerWidth)!)));
      return { plan: { kind: 'project', input: inner.plan, exprs, fields }, conditions };
    }
    case 'aggregate': {
      if (p.groupingSets) return 'a correlated subquery with GROUPING SETS';
      const inner = decorrelate(p.input, outerWidth);
      if (typeof inner === 'string') return inner;
      // Only `outer column = inner column` survives an aggregate: the inner column becomes a group key.
      const keys: number[] = [];
      const outerCols: Expr[] = [];
      for (const c of inner.conditions) {
        const pair = c.kind === 'call' && c.op === '=' && c.operands.length === 2 ? (c.operands as [Expr, Expr]) : undefined;
        const [a, b] = pair ?? [];
        const outerSide = a?.kind === 'input' && a.index < outerWidth ? a : b?.kind === 'input' && b.index < outerWidth ? b : undefined;
        const innerSide = outerSide === a ? b : a;
        if (!outerSide || innerSide?.kind !== 'input' || innerSide.index < outerWidth) {
          return 'a correlated predicate other than an equality under an aggregate';
        }
        keys.push(innerSide.index - outerWidth);
        outerCols.push(outerSide);
      }
      const extra = keys.filter((k, i) => keys.indexOf(k) === i && !p.groupKeys.includes(k));
      const groupKeys = [...p.groupKeys, ...extra];
      const aggFields = p.fields.slice(p.groupKeys.length);
      const aggregate: LogicalPlan = {
        kind: 'aggregate',
        input: inner.plan,
        groupKeys,
        aggs: p.aggs,
        fields: [...p.fields.slice(0, p.groupKeys.length), ...extra.map((k) => inner.plan.fields[k]!), ...aggFields],
      };
      // Back to the original column order, the extra keys appended.
      const keyAt = (k: number): number => {
        const g = p.groupKeys.indexOf(k);
        return g >= 0 ? g : p.fields.length + extra.indexOf(k);
      };
      const order = [
        ...p.fields.map((_, i) => (i < p.groupKeys.length ? i : i + extra.length)),
        ...extra.map((_, i) => p.groupKeys.length + i),
      ];
      const fields = order.map((i) => aggregate.fields[i]!);
      const plan: LogicalPlan = { kind: 'project', input: aggregate, exprs: order.map((i, j) => E.input(i, fields[j]!.type, fields[j]!.name)), fields };
      const conditions = keys.map((k, i) => {
        const innerRef = E.input(outerWidth + keyAt(k), inner.plan.fields[k]!.type, inner.plan.fields[k]!.name);
        return E.call('=', inner.conditions[i]!.type, outerCols[i]!, innerRef);
      });
      return { plan, conditions };
    }
    default:
      return 'a correlated reference outside the WHERE clause of a subquery';
  }
}
