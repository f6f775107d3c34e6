/**
 * SELECT semantics into the logical plan:
 *
 *   FROM -> Filter (WHERE) -> [Project: input ++ computed keys/arguments] -> Aggregate (GROUP BY)
 *        -> Filter (HAVING) -> Over (OVER calls) -> Project (SELECT list [+ hidden ORDER BY
 *        columns]) -> Aggregate (DISTINCT)
 *
 * Aggregate calls are not allowed in WHERE; in an aggregating SELECT every column outside an
 * aggregate must be a GROUP BY expression (with a fix that adds it). Window aggregation is a
 * GROUP BY window_start, window_end over a window TVF (a legacy GROUP BY TUMBLE(...) becomes one:
 * group-window.ts); Top-N is an Over with ROW_NUMBER under
 * the outer query's Filter: both are left for the physical planner to recognize.
 */
import type { Range } from '../diagnostic';
import type { Expression, GroupingElement, OrderItem, Select, SelectItem } from '../sql';
import { E, type Expr } from '../expr/expr';
import type { Field, LogicalAggCall, LogicalPlan, SortKey } from '../planner/logical/plan';
import { lookupFunction } from '../types/functions';
import { T, withNullability, withoutTimeAttribute } from '../types/logical-type';
import type { Value } from '../types/values';
import { quoteIdentifierIfNeeded } from '../catalog/model';
import { ExprBinder, containsAggregate, errorExpr, isErrorExpr, isExpression, walkAst, type BindHook } from './bind-expression';
import { exprKey, remapInputs } from './expr-key';
import { fromItem } from './from';
import { groupWindow } from './group-window';
import { bindOverCall, type OverCall } from './over';
import type { Planned, QueryAnalyzer } from './query';
import { SilentReporter } from './reporter';
import { Scope } from './scope';
import { correlatedColumns, remapCorrelated } from '../planner/logical/decorrelate';
import { inEqualities, joinScalarSubquery, markJoin, pulledOut, scalarSubquery, subqueryJoin, subqueryMark, subqueryTestOver, type ScalarSubqueryPlan } from './subquery';

export interface SelectResult {
  readonly planned: Planned;
  /** ORDER BY keys over the planned fields. */
  readonly sortKeys: SortKey[];
  /** Trailing columns added only for ORDER BY (dropped after the sort). */
  readonly hidden: number;
}

/** Placeholder indexes for OVER results, remapped once the Over nodes are laid out. */
const OVER_BASE = 1 << 24;
/** Placeholder indexes for scalar subqueries joined after the aggregate (HAVING, SELECT of a GROUP BY). */
const SCALAR_BASE = 1 << 23;
/** Placeholder indexes for the subquery's columns in the IN comparison of a test joined after the aggregate. */
const INNER_BASE = 1 << 22;

function itemName(item: Extract<SelectItem, { kind: 'selectExpression' }>, i: number): string {
  if (item.alias) return item.alias.value;
  const e = item.expression;
  if (e.kind === 'columnRef') return e.parts[e.parts.length - 1].value;
  if (e.kind === 'fieldAccess') return e.field.value;
  return `EXPR$${i}`;
}

function textOf(e: Expression): string | undefined {
  if (e.kind === 'columnRef') return e.parts.map((p) => quoteIdentifierIfNeeded(p.value)).join('.');
  if (e.kind === 'fieldAccess') {
    const inner = textOf(e.operand);
    return inner === undefined ? undefined : `${inner}.${quoteIdentifierIfNeeded(e.field.value)}`;
  }
  return undefined;
}

export function analyzeSelect(qa: QueryAnalyzer, sel: Select, outer: Scope | undefined, orderBy: readonly OrderItem[]): SelectResult {
  const reporter = qa.reporter;
  // ----- FROM -----
  let input: Planned;
  let scope: Scope;
  if (sel.from) {
    const f = fromItem(qa, sel.from, outer);
    if (f) ({ planned: input, scope } = f);
    else {
      input = { plan: { kind: 'values', rows: [], fields: [] }, fields: [] };
      scope = new Scope([], outer, true);
    }
  } else {
    input = { plan: { kind: 'values', rows: [[]], fields: [] }, fields: [] };
    scope = Scope.empty(outer);
  }
  qa.info.scopes.push({
    range: sel.range,
    relations: scope.relations.map((r) => ({ ...(r.name !== undefined ? { name: r.name } : {}), fields: r.fields, ...(r.table ? { table: r.table } : {}) })),
    ctes: qa.cteNames(),
  });
  const binder = (clause: string, hook?: BindHook, s: Scope = scope) =>
    new ExprBinder({
      scope: s,
      reporter,
      info: qa.info,
      clause,
      ...(hook ? { hook } : {}),
      subquery: (q, o) => qa.query(q, o).fields,
      userFunction: (parts) => qa.isUserFunction(parts),
      unsupported: (w) => qa.unsupported(w),
      correlate: (o, i, f) => qa.correlate(o, i, f),
      joinedSubquery: (e, b) => scalarColumns.get(e) ?? lateTest(e, b),
    });

  // ----- scalar subqueries: LEFT joins appending their value; in WHERE and the SELECT list of a
  // query without GROUP BY joined to the FROM row, in HAVING and the SELECT list of a GROUP BY
  // query joined to the aggregate's row once it is laid out (correlated by equalities on GROUP BY
  // columns) -----
  const scalarColumns = new Map<Expression, Expr>();
  /**
   * Subqueries joined after the aggregate, decorrelated over a FROM row `width` wide: scalar ones
   * (LEFT joins) and IN / EXISTS tests (mark joins; IN's comparison over the aggregate's row ++
   * the subquery's columns at INNER_BASE).
   */
  const afterAggregate: { s: ScalarSubqueryPlan; width: number; range: Range; test?: { mark?: Expr } }[] = [];
  const grouping =
    sel.groupBy.length > 0 ||
    sel.items.some((i) => i.kind === 'selectExpression' && containsAggregate(i.expression)) ||
    (sel.having !== undefined && containsAggregate(sel.having));
  const selectExprs = sel.items.flatMap((i) => (i.kind === 'selectExpression' ? [i.expression] : []));
  for (const [host, late] of [...(sel.where ? [[sel.where, false] as const] : []), ...selectExprs.map((e) => [e, grouping] as const), ...(sel.having ? [[sel.having, true] as const] : [])]) {
    walkAst(host, (n) => {
      if (n.kind !== 'scalarSubquery') return;
      let value: Expr = errorExpr(); // a failure is reported once, here
      if (!late) {
        const s = scalarSubquery(qa, n, scope, input);
        if (s) ({ planned: input, value } = joinScalarSubquery(input, s));
      } else {
        const s = scalarSubquery(qa, n, scope, input.fields.length);
        if (s) value = E.input(SCALAR_BASE + afterAggregate.push({ s, width: input.fields.length, range: n.range }) - 1, withNullability(s.sub.fields[0]!.type, true), s.sub.fields[0]!.name);
      }
      scalarColumns.set(n, value);
    });
  }

  // ----- IN / EXISTS used as values (under OR, NOT, in CASE, in the SELECT list): mark joins
  // appending their BOOLEAN to the FROM row; WHERE conjuncts become semi / anti joins below.
  // Outside aggregate arguments of a GROUP BY query's SELECT list or HAVING they read the
  // aggregate's row: joined to it once it is laid out (correlated by equalities on GROUP BY
  // columns) -----
  const conjunctTests = new Set<Expression>();
  const lateTests = new Map<Expression, { r: ScalarSubqueryPlan; width: number; value?: Expr }>();
  /** A test after the aggregate, when the SELECT list or HAVING binds it (its operands over the aggregate's row): its placeholder. */
  const lateTest = (e: Expression, b: ExprBinder): Expr | undefined => {
    const t = lateTests.get(e);
    if (!t || (e.kind !== 'exists' && e.kind !== 'inQuery')) return undefined;
    if (t.value) return t.value;
    const mark = e.kind === 'inQuery' ? inEqualities(qa, e, t.r.sub, INNER_BASE, b) : undefined;
    if (e.kind === 'inQuery' && !mark) return (t.value = errorExpr());
    const k = afterAggregate.push({ s: t.r, width: t.width, range: e.range, test: mark ? { mark } : {} }) - 1;
    const column = E.input(SCALAR_BASE + k, T.boolean(mark?.type.nullable ?? false), `$mark${k}`);
    return (t.value = e.kind === 'inQuery' && e.negated ? E.call('NOT', column.type, column) : column);
  };
  for (const c of sel.where ? conjuncts(sel.where) : []) conjunctTests.add(c.kind === 'unary' && c.operator === 'NOT' ? c.operand : c);
  for (const [host, late] of [...(sel.where ? [[sel.where, false] as const] : []), ...selectExprs.map((e) => [e, grouping] as const), ...(sel.having ? [[sel.having, true] as const] : [])]) {
    const inAggregate = new Set<Expression>();
    if (late) {
      walkAst(host, (n) => {
        if (n.kind === 'call' && !n.over && n.name.parts.length === 1 && lookupFunction(n.name.parts[0].value)?.kind === 'aggregate') walkAst(n, (m) => inAggregate.add(m));
      });
    }
    walkAst(host, (n) => {
      if ((n.kind !== 'exists' && n.kind !== 'inQuery') || conjunctTests.has(n)) return;
      let value: Expr = errorExpr(); // a failure is reported once, here
      if (late && !inAggregate.has(n)) {
        // Joined to the aggregate's row once it is laid out (lateTest, then below).
        const r = subqueryTestOver(qa, n, scope, input.fields.length);
        if (r) return void lateTests.set(n, { r, width: input.fields.length });
      } else {
        const m = subqueryMark(qa, n, input, scope, binder(host === sel.where ? 'WHERE' : late ? 'HAVING' : 'SELECT'));
        if (m) ({ planned: input, value } = m);
      }
      scalarColumns.set(n, value);
    });
  }

  // ----- WHERE -----
  let plan: LogicalPlan = input.plan;
  if (sel.where) {
    // Top-level `x [NOT] IN (SELECT ...)` and `[NOT] EXISTS (SELECT ...)` conjuncts become semi / anti joins.
    const rest: Expression[] = [];
    for (const c of conjuncts(sel.where)) {
      const joined = subqueryJoin(qa, c, { plan, fields: input.fields }, scope, binder('WHERE'));
      if (joined) plan = joined;
      else rest.push(c);
    }
    if (rest.length > 0) {
      const w = binder('WHERE');
      const parts = rest.map((c) => w.bindCondition(c, 'The WHERE condition'));
      const condition = parts.reduce((a, b) => E.call('AND', T.boolean(a.type.nullable || b.type.nullable), a, b));
      plan = { kind: 'filter', input: plan, condition, fields: input.fields };
    }
  }

  // ----- legacy group window (GROUP BY ..., TUMBLE(t, size)): its window columns appended to the row -----
  const gw = grouping ? groupWindow(qa, sel.groupBy, [...selectExprs, ...(sel.having ? [sel.having] : [])], { plan, fields: input.fields }, binder('GROUP BY')) : undefined;
  if (gw) {
    plan = gw.plan;
    input = { ...input, plan, fields: [...gw.fields] };
  }

  const items = sel.items;
  const aggregating = grouping;

  // Columns appended to the input for computed group keys and aggregate / OVER arguments.
  const { extras, columnOf, withExtras } = appendedColumns(() => ({ plan, fields: input.fields }));

  // ----- OVER calls (either mode binds them through this hook) -----
  const overCalls: OverCall[] = [];
  const overHook = (node: Expression, b: ExprBinder): Expr | undefined => {
    if (node.kind !== 'call' || !node.over) return undefined;
    // Over a GROUP BY, the call's arguments and window read group keys and aggregates.
    const r = bindOverCall(node, binder('OVER', aggregating ? aggHook : undefined, b.env.scope === scope ? scope : b.env.scope), sel.windows);
    if ('kind' in r) return r;
    overCalls.push(r);
    return E.input(OVER_BASE + overCalls.length - 1, r.type, r.fn);
  };

  // ----- GROUP BY / aggregates -----
  let aggHook: BindHook | undefined;
  const groupExprs: Expr[] = [];
  const aggCalls: { call: LogicalAggCall; key: string }[] = [];
  let groupingSets: number[][] | undefined;
  const groupExprAsts: Expression[] = [];
  if (aggregating) {
    const gb = binder('GROUP BY');
    const keyIndex = new Map<string, number>();
    const addKey = (e: Expression): number => addExpr(gb.bind(e));
    const addExpr = (x: Expr): number => {
      const k = exprKey(x);
      let i = keyIndex.get(k);
      if (i === undefined) {
        i = groupExprs.length;
        groupExprs.push(x);
        keyIndex.set(k, i);
      }
      return i;
    };
    const setsOf = (g: GroupingElement): number[][] => {
      switch (g.kind) {
        case 'groupExpression': {
          const e = g.expression;
          if (gw && e === gw.call) return [gw.keys.map(addExpr)];
          if (e.kind === 'constructor' && e.type === 'ROW' && e.implicit) return [e.elements.map(addKey)];
          return [[addKey(e)]];
        }
        case 'emptyGroup':
          return [[]];
        case 'rollup': {
          const ks = g.expressions.map(addKey);
          return ks.map((_, i) => ks.slice(0, ks.length - i)).concat([[]]);
        }
        case 'cube': {
          const ks = g.expressions.map(addKey);
          const out: number[][] = [];
          for (let m = (1 << ks.length) - 1; m >= 0; m--) out.push(ks.filter((_, i) => m & (1 << (ks.length - 1 - i))));
          return out;
        }
        case 'groupingSets':
          return g.sets.flatMap(setsOf);
      }
    };
    // Cartesian product of the elements' sets (GROUP BY a, ROLLUP(b, c)).
    let product: number[][] = [[]];
    let plain = true;
    for (const g of sel.groupBy) {
      if (g.kind !== 'groupExpression') plain = false;
      if (g.kind === 'groupExpression') groupExprAsts.push(g.expression);
      const sets = setsOf(g);
      product = product.flatMap((p) => sets.map((s) => [...p, ...s]));
    }
    if (!plain) groupingSets = product.map((s) => [...new Set(s)]);
    for (const [i, ast] of sel.groupBy.entries()) {
      if (ast.kind === 'groupExpression' && containsAggregate(ast.expression)) {
        reporter.report('misplaced-aggregate', 'Aggregate functions are not allowed in GROUP BY', ast.range);
        void i;
      }
    }

    const groupKeys = groupExprs.map(exprKey);
    const groupCount = groupExprs.length;
    const lastGroup = sel.groupBy[sel.groupBy.length - 1];
    aggHook = (node, b) => {
      const over = overHook(node, b);
      if (over) return over;
      const aux = gw?.auxiliary(node);
      if (aux) {
        const at = groupKeys.indexOf(exprKey(aux));
        return at < 0 ? aux : E.input(at, groupExprs[at].type, fieldNameOf(groupExprs[at], input.fields));
      }
      if (node.kind === 'call' && !node.over && node.name.parts.length === 1) {
        const fn = lookupFunction(node.name.parts[0].value);
        if (fn?.kind === 'aggregate') return aggregateCall(node, fn.name);
      }
      if (containsAggregate(node)) return undefined;
      // Outside aggregates: must be (built from) GROUP BY expressions.
      const silent = new ExprBinder({ scope, reporter: new SilentReporter(), clause: b.env.clause });
      const x = silent.bind(node);
      const at = groupKeys.indexOf(exprKey(x));
      if (at >= 0) {
        new ExprBinder({ scope, reporter: new SilentReporter(), info: qa.info, clause: b.env.clause }).bind(node); // records the names
        return E.input(at, groupExprs[at].type, fieldNameOf(groupExprs[at], input.fields));
      }
      if (node.kind === 'columnRef' || node.kind === 'fieldAccess') {
        const bound = new ExprBinder({ scope, reporter, clause: b.env.clause }).bind(node);
        if (isErrorExpr(bound)) return bound;
        const text = textOf(node) ?? 'the expression';
        const fixes = lastGroup
          ? [{ title: `Add ${text} to GROUP BY`, range: { start: lastGroup.range.end, end: lastGroup.range.end }, newText: `, ${text}` }]
          : sel.where || sel.from
            ? [{ title: `Add GROUP BY ${text}`, range: { start: (sel.where ?? sel.from)!.range.end, end: (sel.where ?? sel.from)!.range.end }, newText: ` GROUP BY ${text}` }]
            : [];
        reporter.report('not-grouped', `Expression '${text}' is not being grouped: add it to GROUP BY or use it inside an aggregate function`, node.range, fixes);
        return errorExpr();
      }
      return undefined;
    };
    const aggregateCall = (node: Extract<Expression, { kind: 'call' }>, fn: string): Expr => {
      const inner = binder(`the argument of ${fn}`);
      const operands = node.star ? [] : inner.callArgs(node);
      for (const a of node.args) {
        if (isExpression(a.value) && containsAggregate(a.value)) {
          reporter.report('nested-aggregate', `Aggregate function calls cannot be nested: ${fn}(...) contains another aggregate`, a.range);
        }
      }
      const typed = inner.callOp(fn, operands, node.range, node.name.range);
      if (isErrorExpr(typed)) return typed;
      qa.info.names.push({ kind: 'function', range: node.name.range, name: fn, type: typed.type });
      const args: number[] = [];
      const constants: Value[] = [];
      operands.forEach((o, i) => {
        if ('symbol' in o) return;
        if (i > 0 && o.kind === 'literal') constants.push(o.value);
        else args.push(columnOf(o));
      });
      let filterArg: number | undefined;
      if (node.filter) filterArg = columnOf(binder('FILTER').bindCondition(node.filter, 'The FILTER condition'));
      const call: LogicalAggCall = {
        fn,
        args,
        distinct: node.distinct,
        ...(filterArg !== undefined ? { filterArg } : {}),
        ...(constants.length ? { constants } : {}),
        type: typed.type,
        name: `EXPR$${aggCalls.length}`,
      };
      const key = JSON.stringify([fn, args, node.distinct, filterArg ?? null, constants]);
      let i = aggCalls.findIndex((a) => a.key === key);
      if (i < 0) {
        aggCalls.push({ call, key });
        i = aggCalls.length - 1;
      }
      return E.input(groupCount + i, typed.type, `EXPR$${i}`);
    };
  }

  // ----- SELECT list -----
  const hook: BindHook = aggregating ? aggHook! : overHook;
  const selectBinder = binder('SELECT', hook);
  const outExprs: Expr[] = [];
  const outNames: string[] = [];
  const outRanges: Range[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'selectStar') {
      const q = item.qualifier?.parts.map((p) => p.value);
      const rels = q ? scope.relations.filter((r) => r.name === q[q.length - 1]) : scope.relations;
      if (q && rels.length === 0 && !scope.opaque) {
        reporter.report('unknown-table', `Table '${q.join('.')}' is not in the FROM clause${scope.relations.length ? `; it has ${scope.relations.map((r) => `'${r.name ?? '(subquery)'}'`).join(', ')}` : ''}`, item.qualifier!.range);
      }
      if (!q && !sel.from) reporter.report('star-without-from', "SELECT * requires a FROM clause", item.range);
      const first = outExprs.length;
      for (const r of rels) {
        r.fields.forEach((f, j) => {
          if (!q && r.hiddenUnqualified?.has(f.name)) return;
          let x: Expr = E.input(r.offset + j, f.type, f.name);
          if (aggregating) {
            const at = groupExprs.findIndex((g) => exprKey(g) === exprKey(x));
            if (at < 0) {
              reporter.report('not-grouped', `Expression '${f.name}' (from ${q ? q.join('.') + '.*' : '*'}) is not being grouped`, item.range);
              x = errorExpr();
            } else x = E.input(at, groupExprs[at].type, f.name);
          }
          outExprs.push(x);
          outNames.push(f.name);
          outRanges.push(item.range);
        });
      }
      if (!scope.opaque) qa.info.names.push({ kind: 'selectStar', range: item.range, fields: outExprs.slice(first).map((x, j) => ({ name: outNames[first + j]!, type: x.type })) });
      return;
    }
    const x = selectBinder.bind(item.expression);
    outExprs.push(x);
    outNames.push(itemName(item, i));
    outRanges.push(item.range);
    qa.info.names.push({ kind: 'selectItem', range: item.range, name: outNames[outNames.length - 1], type: x.type });
  });

  // ----- HAVING -----
  let having: Expr | undefined;
  if (sel.having) {
    if (!aggregating) reporter.report('having-without-group', 'HAVING requires GROUP BY or an aggregate function', sel.having.range);
    having = binder('HAVING', hook).bindCondition(sel.having, 'The HAVING condition');
  }

  // ----- ORDER BY (bound like SELECT items; output names and ordinals first) -----
  const sortKeys: SortKey[] = [];
  let hidden = 0;
  for (const o of orderBy) {
    const e = o.expression;
    let index: number | undefined;
    if (e.kind === 'numericLiteral' && e.numberKind === 'integer') {
      const n = Number(e.text);
      if (n < 1 || n > outExprs.length) reporter.report('invalid-ordinal', `Ordinal ${n} in ORDER BY is out of range: the SELECT list has ${outExprs.length} columns`, e.range);
      else index = n - 1;
    } else if (e.kind === 'columnRef' && e.parts.length === 1 && outNames.filter((n) => n === e.parts[0].value).length === 1 && !sel.items.some((it) => it.kind === 'selectStar')) {
      index = outNames.indexOf(e.parts[0].value);
    } else {
      const x = selectBinder.with({ clause: 'ORDER BY' }).bind(e);
      const k = exprKey(x);
      index = outExprs.findIndex((y) => exprKey(y) === k);
      if (index < 0) {
        index = outExprs.length;
        outExprs.push(x);
        const natural = x.kind === 'input' ? x.name : undefined;
        outNames.push(natural !== undefined && !outNames.includes(natural) ? natural : `$order${hidden}`);
        outRanges.push(e.range);
        hidden++;
      }
    }
    if (index !== undefined) sortKeys.push({ index, descending: o.descending, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !o.descending });
  }

  // ----- lay out the plan -----
  let current: Planned;
  if (aggregating) {
    const groupKeys = groupExprs.map(columnOf);
    let pre = withExtras();
    const windowed = hasWindowTvf(pre.plan);
    const keyFields: Field[] = groupKeys.map((k, i) => {
      const f = pre.fields[k];
      const t = windowed && f.name === 'window_time' ? f.type : withoutTimeAttribute(f.type);
      return { name: groupExprs[i].kind === 'input' ? f.name : `$f${i}`, type: groupingSets ? { ...t, nullable: true } as typeof t : t };
    });
    // A computed key selected as is takes the SELECT item's name.
    outExprs.forEach((x, i) => {
      if (x.kind !== 'input' || x.index >= keyFields.length || groupExprs[x.index].kind === 'input') return;
      if (keyFields.some((f) => f.name === outNames[i])) return;
      keyFields[x.index] = { ...keyFields[x.index], name: outNames[i] };
    });
    // ... and so does the computed column under the Aggregate (as Flink names it), so that a
    // plan deriving the key's name from its input column keeps the alias.
    const extraNames = new Map<number, string>();
    keyFields.forEach((f, i) => {
      const k = groupKeys[i];
      if (groupExprs[i].kind === 'input' || k < input.fields.length || f.name === `$f${i}`) return;
      if (input.fields.some((g) => g.name === f.name) || [...extraNames.values()].includes(f.name)) return;
      extraNames.set(k, f.name);
    });
    if (extraNames.size > 0) pre = withExtras(extraNames);
    // An aggregate selected as is takes the SELECT item's name.
    const aggNames = aggCalls.map((a) => a.call.name);
    outExprs.forEach((x, i) => {
      const k = x.kind === 'input' ? x.index - keyFields.length : -1;
      if (k >= 0 && aggNames[k] === `EXPR$${k}` && !keyFields.some((f) => f.name === outNames[i]) && !aggNames.includes(outNames[i])) aggNames[k] = outNames[i];
    });
    const aggs = aggCalls.map((a, i) => ({ ...a.call, name: aggNames[i] }));
    const fields = [...keyFields, ...aggs.map((a) => ({ name: a.name, type: a.type }))];
    const agg: LogicalPlan = {
      kind: 'aggregate',
      input: pre.plan,
      groupKeys,
      ...(groupingSets ? { groupingSets: groupingSets.map((s) => s) } : {}),
      aggs,
      fields,
    };
    current = { plan: agg, fields };
    if (afterAggregate.length > 0) {
      const width = fields.length;
      // A subquery that failed (reported) still takes its column, so the placeholders line up.
      const standIn = (c: Planned): Planned => {
        const fs = [...c.fields, { name: `$failed${c.fields.length}`, type: T.null() }];
        return { plan: { kind: 'project', input: c.plan, exprs: [...c.fields.map((f, i) => E.input(i, f.type, f.name)), errorExpr()], fields: fs }, fields: fs };
      };
      for (const { s, range, test } of afterAggregate) {
        // Correlated references to the FROM row now read the GROUP BY column they name; then
        // the subquery is decorrelated over the aggregate's row.
        const outerCols = [...correlatedColumns(s.sub.plan)];
        const keyAt = new Map(outerCols.map((i) => [i, groupExprs.findIndex((g) => g.kind === 'input' && g.index === i)]));
        const loose = outerCols.find((i) => keyAt.get(i)! < 0);
        if (loose !== undefined) {
          reporter.report('not-grouped', `Expression '${input.fields[loose]!.name}' is not being grouped: a subquery after GROUP BY can only correlate on GROUP BY columns`, range);
          current = standIn(current);
          continue;
        }
        const w = current.fields.length;
        const d = pulledOut(qa, remapCorrelated(s.sub.plan, (i) => keyAt.get(i)!), current, range);
        if (!d) {
          current = standIn(current);
          continue;
        }
        const r = { sub: s.sub, d };
        if (test) current = markJoin(current, r, test.mark && remapInputs(test.mark, (i) => (i >= INNER_BASE && i < SCALAR_BASE ? w + i - INNER_BASE : i)), false).planned;
        else current = joinScalarSubquery(current, r).planned;
      }
      const at = (k: number) => (k >= SCALAR_BASE && k < OVER_BASE ? width + k - SCALAR_BASE : k);
      if (having) having = remapInputs(having, at);
      for (let i = 0; i < outExprs.length; i++) outExprs[i] = remapInputs(outExprs[i], at);
    }
    if (having) current = { plan: { kind: 'filter', input: current.plan, condition: having, fields: current.fields }, fields: current.fields };
  } else {
    current = { plan, fields: [...input.fields] };
  }
  void groupExprAsts;

  // OVER nodes: one per distinct window, in order of first use. Over a GROUP BY they read the
  // aggregate's output (group keys ++ aggregates, computed columns appended), as in Flink.
  if (overCalls.length > 0) {
    let colOf = columnOf;
    let base: () => { plan: LogicalPlan; fields: Field[] } = withExtras;
    if (aggregating) {
      const grouped = current;
      ({ columnOf: colOf, withExtras: base } = appendedColumns(() => grouped));
    }
    const windows: string[] = [];
    for (const c of overCalls) if (!windows.includes(c.window.key)) windows.push(c.window.key);
    for (const c of overCalls) {
      c.args.forEach(colOf);
      c.window.partition.forEach(colOf);
      c.window.order.forEach((o) => colOf(o.expr));
    }
    const pre = base();
    let p: LogicalPlan = pre.plan;
    let fields: Field[] = pre.fields;
    const position = new Map<number, number>();
    for (const w of windows) {
      const mine = overCalls.map((c, i) => ({ c, i })).filter(({ c }) => c.window.key === w);
      const first = mine[0].c.window;
      const taken = new Set(fields.map((f) => f.name));
      const aggs: LogicalAggCall[] = mine.map(({ c, i }) => {
        const used = outExprs.findIndex((x) => x.kind === 'input' && x.index === OVER_BASE + i);
        const name = used >= 0 && !taken.has(outNames[used]) && outNames.indexOf(outNames[used]) === used ? outNames[used] : `w${i}$o`;
        taken.add(name);
        return { fn: c.fn, args: c.args.map(colOf), distinct: c.distinct, ...(c.constants.length ? { constants: c.constants } : {}), type: c.type, name };
      });
      mine.forEach(({ i }, j) => position.set(i, fields.length + j));
      const outFields = [...fields, ...aggs.map((a) => ({ name: a.name, type: a.type }))];
      p = {
        kind: 'over',
        input: p,
        partitionKeys: first.partition.map(colOf),
        orderBy: first.order.map((o) => ({ index: colOf(o.expr), descending: o.descending, nullsFirst: o.nullsFirst })),
        ...(first.frame ? { frame: first.frame } : {}),
        calls: aggs,
        fields: outFields,
      };
      fields = outFields;
    }
    current = { plan: p, fields };
    for (let i = 0; i < outExprs.length; i++) outExprs[i] = remapInputs(outExprs[i], (k) => (k >= OVER_BASE ? position.get(k - OVER_BASE)! : k));
  } else if (!aggregating && extras.length > 0) {
    current = withExtras();
  }

  // SELECT list projection.
  const outFields: Field[] = outExprs.map((x, i) => ({ name: outNames[i], type: x.type }));
  let result: Planned = { plan: qa.project(current, outExprs, outFields), fields: outFields };

  if (sel.distinct) {
    const fields = outFields.map((f) => ({ name: f.name, type: withoutTimeAttribute(f.type) }));
    result = { plan: { kind: 'aggregate', input: result.plan, groupKeys: fields.map((_, i) => i), aggs: [], fields }, fields };
  }
  void T;
  return { planned: scope.opaque ? { ...result, opaque: true } : result, sortKeys, hidden };
}

/**
 * Computed columns appended to a plan's row (group keys and aggregate or OVER arguments that
 * are not plain columns): `columnOf` gives an expression's column, appending it once;
 * `withExtras` is the plan with them (a Project), named `$f<i>` unless `names` says otherwise.
 */
function appendedColumns(base: () => { readonly plan: LogicalPlan; readonly fields: readonly Field[] }) {
  const extras: Expr[] = [];
  const keys = new Map<string, number>();
  const columnOf = (x: Expr): number => {
    const width = base().fields.length;
    if (x.kind === 'input' && x.index < width) return x.index;
    const k = exprKey(x);
    let i = keys.get(k);
    if (i === undefined) {
      i = width + extras.length;
      extras.push(x);
      keys.set(k, i);
    }
    return i;
  };
  const withExtras = (names?: ReadonlyMap<number, string>): { plan: LogicalPlan; fields: Field[] } => {
    const { plan, fields: own } = base();
    if (extras.length === 0) return { plan, fields: [...own] };
    const fields = [...own, ...extras.map((x, i) => ({ name: names?.get(own.length + i) ?? `$f${own.length + i}`, type: x.type }))];
    const exprs = [...own.map((f, i) => E.input(i, f.type, f.name)), ...extras];
    return { plan: { kind: 'project', input: plan, exprs, fields }, fields };
  };
  return { extras, columnOf, withExtras };
}

function fieldNameOf(x: Expr, fields: readonly Field[]): string | undefined {
  return x.kind === 'input' ? fields[x.index]?.name : undefined;
}

function hasWindowTvf(p: LogicalPlan): boolean {
  for (let n: LogicalPlan | undefined = p; n; ) {
    if (n.kind === 'windowTvf') return true;
    if (n.kind === 'filter' || n.kind === 'project') n = n.input;
    else return false;
  }
  return false;
}

function conjuncts(e: Expression): Expression[] {
  return e.kind === 'binary' && e.operator === 'AND' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}
