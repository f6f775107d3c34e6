/**
 * FROM items -> plans and scopes: tables, views and CTEs (with aliases and column aliases),
 * subqueries, window TVFs, UNNEST, LATERAL, joins with ON / USING / NATURAL, and temporal joins
 * (`FOR SYSTEM_TIME AS OF`).
 */
import type { Expression, Join as JoinAst, TableAlias, TableRef, Unnest as UnnestAst } from '../sql';
import { E, type Expr } from '../expr/expr';
import { decorrelate } from '../planner/logical/decorrelate';
import { equiKeys } from '../planner/logical/equi-keys';
import type { Field, JoinKind, LogicalPlan } from '../planner/logical/plan';
import { T, isTimeAttribute, withNullability } from '../types/logical-type';
import { printType } from '../types/print';
import { ExprBinder } from './bind-expression';
import type { Planned, QueryAnalyzer } from './query';
import { Scope, type Relation } from './scope';
import { analyzeMatchRecognize } from './match-recognize';
import { tableFunctionJoin } from './table-function';
import { analyzeWindowTvf, isWindowTvf } from './window-tvf';

export interface FromResult {
  readonly planned: Planned;
  readonly scope: Scope;
}

function single(planned: Planned, relation: Omit<Relation, 'offset'>, outer?: Scope): FromResult {
  return { planned, scope: new Scope([{ ...relation, offset: 0 }], outer, planned.opaque === true) };
}

function binder(qa: QueryAnalyzer, scope: Scope, clause: string): ExprBinder {
  return new ExprBinder({
    scope,
    reporter: qa.reporter,
    info: qa.info,
    clause,
    subquery: (q, o) => qa.query(q, o).fields,
      userFunction: (parts) => qa.isUserFunction(parts),
    unsupported: (w) => qa.unsupported(w),
  });
}

function emptyRow(): Planned {
  return { plan: { kind: 'values', rows: [[]], fields: [] }, fields: [] };
}

export function fromItem(qa: QueryAnalyzer, ref: TableRef, outer: Scope | undefined, joinRight = false): FromResult | undefined {
  switch (ref.kind) {
    case 'namedTable': {
      const r = qa.namedRelation(ref.name, ref.alias, ref.hints, ref.range);
      if (!r) return undefined;
      if (ref.systemTime && !joinRight) qa.reporter.report('misplaced-system-time', 'FOR SYSTEM_TIME AS OF is only allowed on the right side of a join', ref.systemTime.range);
      return single(r.planned, r.relation, outer);
    }
    case 'subqueryTable': {
      let planned = qa.query(ref.query, outer);
      if (ref.alias?.columns.length) planned = qa.renameColumns(planned, ref.alias.columns.map((c) => c.value), ref.alias.range, `Alias '${ref.alias.name.value}'`);
      if (ref.alias) qa.info.names.push({ kind: 'alias', range: ref.alias.name.range, name: ref.alias.name.value, declaration: ref.alias.name.range, fields: planned.fields });
      return single(planned, { ...(ref.alias ? { name: ref.alias.name.value, declaration: ref.alias.name.range } : {}), fields: planned.fields }, outer);
    }
    case 'tableFunction': {
      if (isWindowTvf(ref.call)) {
        const r = analyzeWindowTvf(qa, ref, outer);
        if (!r) return undefined;
        let { planned } = r;
        let relation = r.relation;
        if (ref.alias) {
          if (ref.alias.columns.length) planned = qa.renameColumns(planned, ref.alias.columns.map((c) => c.value), ref.alias.range, `Alias '${ref.alias.name.value}'`);
          relation = { name: ref.alias.name.value, fields: planned.fields, declaration: ref.alias.name.range };
          qa.info.names.push({ kind: 'alias', range: ref.alias.name.range, name: ref.alias.name.value, declaration: ref.alias.name.range, fields: planned.fields });
        }
        return single(planned, relation, outer);
      }
      return tableFunctionJoin(qa, { planned: emptyRow(), scope: Scope.empty(outer) }, ref, false);
    }
    case 'unnest':
      return unnest(qa, emptyRow(), Scope.empty(outer), ref, false);
    case 'join':
      return join(qa, ref, outer);
    case 'matchRecognize': {
      const input = fromItem(qa, ref.input, outer);
      return input ? analyzeMatchRecognize(qa, ref, input, outer) : undefined;
    }
  }
}

/** `left CROSS JOIN UNNEST(expr) [WITH ORDINALITY] [AS t(cols)]`: output = left ++ element columns. */
function unnest(qa: QueryAnalyzer, left: Planned, leftScope: Scope, ref: UnnestAst, outerJoin: boolean): FromResult | undefined {
  const b = binder(qa, leftScope, 'UNNEST');
  const exprs = ref.expressions.map((e) => b.bind(e));
  if (exprs.length !== 1) qa.unsupported('UNNEST of several collections');
  const x = exprs[0];
  if (!x) return undefined;
  let cols: Field[];
  const t = x.type;
  if (t.kind === 'ARRAY' || t.kind === 'MULTISET') {
    cols = t.element.kind === 'ROW' ? t.element.fields.map((f) => ({ name: f.name, type: f.type })) : [{ name: 'EXPR$0', type: t.element }];
  } else if (t.kind === 'MAP') {
    cols = [{ name: 'KEY', type: t.key }, { name: 'VALUE', type: t.value }];
  } else if (t.kind === 'NULL') {
    cols = [{ name: 'EXPR$0', type: T.null() }];
  } else {
    qa.reporter.report('type-mismatch', `UNNEST expects an ARRAY, MAP or MULTISET, but got ${printType(t)}`, ref.expressions[0].range);
    return undefined;
  }
  if (ref.withOrdinality) cols.push({ name: 'ORDINALITY', type: T.int(false) });
  if (outerJoin) cols = cols.map((c) => ({ name: c.name, type: withNullability(c.type, true) }));
  const alias: TableAlias | undefined = ref.alias;
  if (alias?.columns.length) {
    if (alias.columns.length !== cols.length) {
      qa.reporter.report('column-count-mismatch', `UNNEST produces ${cols.length} columns but the alias names ${alias.columns.length}`, alias.range);
    } else cols = cols.map((c, i) => ({ name: alias.columns[i].value, type: c.type }));
  }
  if (alias) qa.info.names.push({ kind: 'alias', range: alias.name.range, name: alias.name.value, declaration: alias.name.range, fields: cols });
  const fields = [...left.fields, ...cols];
  const plan: LogicalPlan = { kind: 'unnest', input: left.plan, expr: x, withOrdinality: ref.withOrdinality, outer: outerJoin, fields };
  const relation: Relation = { ...(alias ? { name: alias.name.value, declaration: alias.name.range } : {}), fields: cols, offset: left.fields.length };
  return { planned: { plan, fields }, scope: new Scope([...leftScope.relations, relation], leftScope.parent) };
}

const JOIN_KIND: Readonly<Record<JoinAst['joinType'], JoinKind>> = { INNER: 'inner', LEFT: 'left', RIGHT: 'right', FULL: 'full', CROSS: 'inner', COMMA: 'inner' };

function join(qa: QueryAnalyzer, ref: JoinAst, outer: Scope | undefined): FromResult | undefined {
  const left = fromItem(qa, ref.left, outer);
  const r = ref.right;
  if (r.kind === 'unnest') {
    if (!left) return undefined;
    return unnest(qa, left.planned, left.scope, r, ref.joinType === 'LEFT');
  }
  if (r.kind === 'tableFunction' && !isWindowTvf(r.call)) {
    // [LEFT JOIN] LATERAL TABLE(f(left columns)) [ON TRUE]
    if (!left) return undefined;
    const f = tableFunctionJoin(qa, left, r, ref.joinType === 'LEFT');
    if (ref.on) binder(qa, f.scope, 'ON').bindCondition(ref.on, 'The join condition');
    return f;
  }
  // LATERAL (subquery): decorrelated, its correlated predicates join the ON condition.
  const lateral = r.kind === 'subqueryTable' && r.lateral && left ? lateralSubquery(qa, r, left, outer) : undefined;
  const right = lateral ? lateral.right : fromItem(qa, r, outer, true);
  if (!left || !right) return undefined;
  const joinKind = JOIN_KIND[ref.joinType];
  const nullableLeft = joinKind === 'right' || joinKind === 'full';
  const nullableRight = joinKind === 'left' || joinKind === 'full';
  const relax = (s: Scope, on: boolean): Scope =>
    on ? new Scope(s.relations.map((rel) => ({ ...rel, fields: rel.fields.map((f) => ({ name: f.name, type: withNullability(f.type, true) })) })), s.parent, s.opaque) : s;

  // USING / NATURAL: the shared columns, visible unqualified once (from the left).
  let using = ref.using.map((u) => ({ name: u.value, range: u.range }));
  if (ref.natural) {
    const rightNames = new Set(right.planned.fields.map((f) => f.name));
    using = left.planned.fields.filter((f) => rightNames.has(f.name)).map((f) => ({ name: f.name, range: ref.range }));
  }
  const joined = Scope.join(relax(left.scope, nullableLeft), relax(right.scope, nullableRight), using.length ? new Set(using.map((u) => u.name)) : undefined);
  const opaque = left.scope.opaque || right.scope.opaque;
  const scope = opaque ? new Scope(joined.relations, joined.parent, true) : joined;
  const fields = scope.fields;
  const shift = left.planned.fields.length;

  let condition: Expr = E.lit(true, T.boolean(false));
  if (ref.on) {
    condition = binder(qa, scope, 'ON').bindCondition(ref.on, 'The join condition');
  } else if (using.length) {
    const b = binder(qa, scope, 'USING');
    const eqs: Expr[] = [];
    for (const u of using) {
      const li = left.planned.fields.findIndex((f) => f.name === u.name);
      const ri = right.planned.fields.findIndex((f) => f.name === u.name);
      if (li < 0 || ri < 0) {
        qa.reporter.report('unknown-column', `Column '${u.name}' in USING is not in both sides of the join`, u.range);
        continue;
      }
      const eq = b.callOp('=', [E.input(li, fields[li].type, u.name), E.input(shift + ri, fields[shift + ri].type, u.name)], u.range);
      eqs.push(eq);
    }
    if (eqs.length > 0) condition = eqs.reduce((a, c) => E.call('AND', T.boolean(a.type.nullable || c.type.nullable), a, c));
  } else if (lateral) {
    // FROM t, LATERAL (...) / CROSS JOIN LATERAL / JOIN LATERAL (...) ON TRUE
  } else if (ref.joinType !== 'CROSS' && ref.joinType !== 'COMMA' && !ref.natural) {
    qa.reporter.report('missing-join-condition', `${ref.joinType} JOIN needs an ON or USING condition`, ref.range);
  }

  // FOR SYSTEM_TIME AS OF left.time on the right side.
  let temporal: { leftTime: number } | undefined;
  if (r.kind === 'namedTable' && r.systemTime) {
    const x = binder(qa, left.scope, 'FOR SYSTEM_TIME AS OF').bind(r.systemTime);
    if (x.kind === 'input' && isTimeAttribute(left.planned.fields[x.index].type)) temporal = { leftTime: x.index };
    else if (x.type.kind !== 'NULL') {
      qa.reporter.report('not-a-time-attribute', `FOR SYSTEM_TIME AS OF must name a time attribute of the left table, but got ${printType(x.type)}`, r.systemTime.range);
    }
  }

  for (const c of lateral?.conditions ?? []) condition = E.call('AND', T.boolean(condition.type.nullable || c.type.nullable), condition, c);
  // A decorrelated LATERAL subquery passes extra columns for its pulled predicates: joined, then dropped.
  const extra = lateral ? right.planned.plan.fields.slice(right.planned.fields.length) : [];
  let plan: LogicalPlan = {
    kind: 'join',
    joinKind,
    left: left.planned.plan,
    right: right.planned.plan,
    condition,
    equiKeys: equiKeys(condition, shift),
    ...(temporal ? { temporal } : {}),
    fields: [...fields, ...extra],
  };
  if (extra.length > 0) plan = { kind: 'project', input: plan, exprs: fields.map((f, i) => E.input(i, f.type, f.name)), fields };
  return { planned: { plan, fields, ...(opaque ? { opaque } : {}) }, scope };
}

/**
 * The right side of a join with a LATERAL subquery: analyzed with correlation to the left
 * side's columns and decorrelated; its plan's row may carry extra columns after the
 * subquery's own, which `conditions` (over left ++ that row) read.
 */
function lateralSubquery(qa: QueryAnalyzer, r: Extract<TableRef, { kind: 'subqueryTable' }>, left: FromResult, outer: Scope | undefined): { right: FromResult; conditions: readonly Expr[] } {
  let planned = qa.correlatedQuery(r.query, left.scope);
  if (r.alias?.columns.length) planned = qa.renameColumns(planned, r.alias.columns.map((c) => c.value), r.alias.range, `Alias '${r.alias.name.value}'`);
  if (r.alias) qa.info.names.push({ kind: 'alias', range: r.alias.name.range, name: r.alias.name.value, declaration: r.alias.name.range, fields: planned.fields });
  const d = decorrelate(planned.plan, left.planned.fields.length);
  let conditions: readonly Expr[] = [];
  if (typeof d === 'string') qa.unsupported(d);
  else if (d.conditions.length > 0 && underProjects(planned.plan).kind === 'aggregate') {
    qa.unsupported('a LATERAL subquery aggregating over correlated rows');
  } else {
    planned = { ...planned, plan: d.plan };
    conditions = d.conditions;
  }
  const relation = { ...(r.alias ? { name: r.alias.name.value, declaration: r.alias.name.range } : {}), fields: planned.fields };
  return { right: single(planned, relation, outer), conditions };
}

/** The plan under Projects. */
export function underProjects(p: LogicalPlan): LogicalPlan {
  return p.kind === 'project' ? underProjects(p.input) : p;
}

/** Re-exported for the analyzer's other join builders (subquery.ts). */
export { equiKeys };
export type { Expression };
