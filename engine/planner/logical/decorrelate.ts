/**
 * Decorrelation of subqueries (IN, EXISTS, scalar), as Calcite's decorrelator does for the
 * shapes Flink runs: the analyzer binds a reference to a column of the enclosing query as an
 * input ref at CORRELATION_BASE + that column's index; `decorrelate` pulls every predicate
 * using such references out of the subquery's plan, so the subquery becomes an ordinary plan
 * and the pulled predicates become the condition of the join that replaces the subquery (a
 * semi/anti join for IN and EXISTS, a LEFT join for a scalar subquery).
 *
 * Predicates are pulled up through Filters and Projects (the Project passes the columns they
 * need through, appended after its own) and through an Aggregate: equalities
 * `outer column = inner column` make the inner columns extra group keys, appended after the
 * aggregate's own output; any other correlated predicate (`inner.id < outer.id`), when the
 * enclosing query's plan is known, is evaluated before aggregating, as Calcite's decorrelator
 * does: the distinct values of the outer columns it reads are joined with the aggregate's
 * input on it, the aggregate groups by them too, and the join replacing the subquery matches
 * them by equality. A correlated reference anywhere else cannot be decorrelated.
 */
import { E, inputsOf, type Expr } from '../../expr/expr';
import { T, withoutTimeAttribute } from '../../types/logical-type';
import { substitute } from '../physical/rewrite';
import { equiKeys } from './equi-keys';
import { inputsOfPlan, type Field, type LogicalPlan } from './plan';

/** Why a correlated subquery with LIMIT / OFFSET is refused: Flink refuses it with this message too. */
export const CORRELATED_LIMIT = 'unexpected correlate variable in the plan: a correlated subquery with LIMIT or OFFSET cannot be decorrelated';

/** The enclosing query's plan, the row correlated references read. */
export interface OuterRow {
  readonly plan: LogicalPlan;
  readonly fields: readonly Field[];
}

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

/** The enclosing query's columns (indexes into its row) a correlated plan references. */
export function correlatedColumns(p: LogicalPlan): Set<number> {
  const out = new Set<number>();
  const visit = (n: LogicalPlan): void => {
    for (const e of exprsOf(n)) for (const i of inputsOf(e)) if (i >= CORRELATION_BASE) out.add(i - CORRELATION_BASE);
    inputsOfPlan(n).forEach(visit);
  };
  visit(p);
  return out;
}

/** `p` with its correlated references to outer column i moved to outer column `f(i)` (the outer row changed shape). */
export function remapCorrelated(p: LogicalPlan, f: (index: number) => number): LogicalPlan {
  const m = (e: Expr): Expr => mapInputs(e, (i) => (i >= CORRELATION_BASE ? CORRELATION_BASE + f(i - CORRELATION_BASE) : i));
  const r = (q: LogicalPlan): LogicalPlan => remapCorrelated(q, f);
  switch (p.kind) {
    case 'scan':
    case 'values':
      return p.kind === 'values' ? { ...p, rows: p.rows.map((row) => row.map(m)) } : p;
    case 'project':
      return { ...p, input: r(p.input), exprs: p.exprs.map(m) };
    case 'filter':
      return { ...p, input: r(p.input), condition: m(p.condition) };
    case 'join':
      return { ...p, left: r(p.left), right: r(p.right), condition: m(p.condition), ...(p.mark ? { mark: m(p.mark) } : {}) };
    case 'unnest':
      return { ...p, input: r(p.input), expr: m(p.expr) };
    case 'setOp':
      return { ...p, left: r(p.left), right: r(p.right) };
    case 'union':
      return { ...p, inputs: p.inputs.map(r) };
    default:
      return { ...p, input: r(p.input) } as LogicalPlan;
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
 * row, `outer` its plan when known (needed for a predicate other than an equality under an
 * aggregate). Returns a string saying what could not be decorrelated.
 */
export function decorrelate(p: LogicalPlan, outerWidth: number, outer?: OuterRow): Decorrelated | string {
  if (!planIsCorrelated(p)) return { plan: p, conditions: [] };
  // A predicate's own (subquery-side) refs move to outerWidth + index; correlated refs to their outer column.
  const toJoinRow = (e: Expr): Expr => mapInputs(e, (i) => (i >= CORRELATION_BASE ? i - CORRELATION_BASE : outerWidth + i));
  switch (p.kind) {
    case 'filter': {
      const inner = decorrelate(p.input, outerWidth, outer);
      if (typeof inner === 'string') return inner;
      const pulled = conjunctsOf(p.condition).filter(isCorrelated).map(toJoinRow);
      const kept = conjunctsOf(p.condition).filter((c) => !isCorrelated(c));
      const fields = inner.plan.fields;
      const plan: LogicalPlan = kept.length === 0 ? inner.plan : { kind: 'filter', input: inner.plan, condition: kept.reduce((a, b) => E.call('AND', b.type, a, b)), fields };
      return { plan, conditions: [...inner.conditions, ...pulled] };
    }
    case 'project': {
      const inner = decorrelate(p.input, outerWidth, outer);
      if (typeof inner === 'string') return inner;
      if (p.exprs.some(isCorrelated)) {
        if (!outer) return 'a correlated reference in the SELECT list of a subquery';
        return projectOverCorrelatedRows(p, inner, outerWidth, outer);
      }
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
      const inner = decorrelate(p.input, outerWidth, outer);
      if (typeof inner === 'string') return inner;
      // `outer column = inner column` survives an aggregate: the inner column becomes a group key.
      const keys: number[] = [];
      const outerCols: Expr[] = [];
      for (const c of inner.conditions) {
        const pair = c.kind === 'call' && c.op === '=' && c.operands.length === 2 ? (c.operands as [Expr, Expr]) : undefined;
        const [a, b] = pair ?? [];
        const outerSide = a?.kind === 'input' && a.index < outerWidth ? a : b?.kind === 'input' && b.index < outerWidth ? b : undefined;
        const innerSide = outerSide === a ? b : a;
        if (!outerSide || innerSide?.kind !== 'input' || innerSide.index < outerWidth) {
          if (!outer) return 'a correlated predicate other than an equality under an aggregate';
          return aggregateOverCorrelatedRows(p, inner, outerWidth, outer);
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
    case 'sort':
      // ORDER BY alone means nothing in a subquery; with LIMIT / OFFSET Flink refuses it too.
      if (p.limit === undefined && !p.offset) return decorrelate(p.input, outerWidth, outer);
      return CORRELATED_LIMIT;
    default:
      return 'a correlated reference outside the WHERE clause of a subquery';
  }
}

/**
 * The value generator of Calcite's decorrelator: the distinct values of the outer columns
 * `inner`'s conditions and `alsoRead` (correlated references) read (D), joined with `inner`'s plan on its conditions.
 * Its row is D's columns ++ inner's; `at(i)` is where outer column or (outerWidth +) inner
 * column i is in it.
 */
function joinDistinctOuter(inner: Decorrelated, outerWidth: number, outer: OuterRow, alsoRead: readonly Expr[]) {
  const fromConditions = inner.conditions.flatMap((c) => [...inputsOf(c)].filter((i) => i < outerWidth));
  const correlated = alsoRead.flatMap((e) => [...inputsOf(e)].filter((i) => i >= CORRELATION_BASE).map((i) => i - CORRELATION_BASE));
  const cols = [...new Set([...fromConditions, ...correlated])].sort((a, b) => a - b);
  const k = cols.length;
  const dFields: Field[] = cols.map((c) => ({ name: outer.fields[c]!.name, type: withoutTimeAttribute(outer.fields[c]!.type) }));
  const distinct: LogicalPlan = { kind: 'aggregate', input: outer.plan, groupKeys: cols, aggs: [], fields: dFields };
  const at = (i: number) => (i < outerWidth ? cols.indexOf(i) : k + i - outerWidth);
  const pulled = inner.conditions.map((c) => mapInputs(c, at));
  const condition = pulled.length === 0 ? E.lit(true, T.boolean(false)) : pulled.reduce((a, b) => E.call('AND', T.boolean(a.type.nullable || b.type.nullable), a, b));
  const plan: LogicalPlan = {
    kind: 'join',
    joinKind: 'inner',
    left: distinct,
    right: inner.plan,
    condition,
    equiKeys: equiKeys(condition, k),
    fields: [...dFields, ...inner.plan.fields],
  };
  /** Equalities of each outer column to its D column, D's columns at `width` of the subquery's row. */
  const conditions = (width: number) =>
    cols.map((c, i) => {
      const o = outer.fields[c]!;
      return E.call('=', T.boolean(o.type.nullable || dFields[i]!.type.nullable), E.input(c, o.type, o.name), E.input(outerWidth + width + i, dFields[i]!.type, dFields[i]!.name));
    });
  return { plan, k, dFields, at, conditions };
}

/**
 * An aggregate whose input has correlated predicates other than equalities: its input joined
 * with the distinct outer values, aggregated by D's columns too; the result's row is the
 * aggregate's own columns ++ D's, and the join replacing the subquery matches D's columns to the
 * outer ones.
 */
function aggregateOverCorrelatedRows(p: Extract<LogicalPlan, { kind: 'aggregate' }>, inner: Decorrelated, outerWidth: number, outer: OuterRow): Decorrelated {
  const j = joinDistinctOuter(inner, outerWidth, outer, []);
  const { k, dFields } = j;
  const aggregate: LogicalPlan = {
    kind: 'aggregate',
    input: j.plan,
    groupKeys: [...dFields.map((_, i) => i), ...p.groupKeys.map((g) => g + k)],
    aggs: p.aggs.map((a) => ({ ...a, args: a.args.map((x) => x + k), ...(a.filterArg !== undefined ? { filterArg: a.filterArg + k } : {}) })),
    fields: [...dFields, ...p.fields],
  };
  const fields = [...p.fields, ...dFields];
  const exprs = [...p.fields.map((f, i) => E.input(k + i, f.type, f.name)), ...dFields.map((f, i) => E.input(i, f.type, f.name))];
  return { plan: { kind: 'project', input: aggregate, exprs, fields }, conditions: j.conditions(p.fields.length) };
}

/**
 * A Project whose expressions read outer columns (`SELECT MAX(c.id + o.qty) ...`): over its
 * input joined with the distinct outer values, the outer references reading D's columns, which
 * it passes on after its own.
 */
function projectOverCorrelatedRows(p: Extract<LogicalPlan, { kind: 'project' }>, inner: Decorrelated, outerWidth: number, outer: OuterRow): Decorrelated {
  const j = joinDistinctOuter(inner, outerWidth, outer, p.exprs);
  const { k, dFields } = j;
  const exprs = [
    ...p.exprs.map((e) => mapInputs(e, (i) => (i >= CORRELATION_BASE ? j.at(i - CORRELATION_BASE) : k + i))),
    ...dFields.map((f, i) => E.input(i, f.type, f.name)),
  ];
  const fields = [...p.fields, ...dFields];
  return { plan: { kind: 'project', input: j.plan, exprs, fields }, conditions: j.conditions(p.fields.length) };
}
