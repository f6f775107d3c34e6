/** Queries, table references, windows, MATCH_RECOGNIZE and hints. */
import { TerminalNode } from 'antlr4ng';
import * as P from '../generated/FlinkSqlParser';
import type { Property } from '../ast/node';
import type {
  FrameBound,
  GroupingElement,
  Hint,
  MatchRecognize,
  OrderItem,
  PatternNode,
  Query,
  QueryBody,
  Select,
  SelectItem,
  TableAlias,
  TableRef,
  WindowSpec,
} from '../ast/query';
import type { Builder } from './builder';
import { columnNames, identifier, identifiers, objectName, unquote } from './build-names';
import { expression, expressions, functionCall, intervalLiteral, value } from './build-expression';

const T = P.FlinkSqlParser;

export function query(b: Builder, ctx: P.QueryContext): Query {
  const w = ctx.withClause();
  const ob = ctx.orderBy();
  const limit = ctx.limitClause()?.expression() ?? undefined;
  const offset = ctx.offsetClause()?.expression() ?? undefined;
  const fetch = ctx.fetchClause();
  const fetchExpr = fetch?.expression() ?? undefined;
  return {
    kind: 'query',
    with: w
      ? w.commonTableExpression().map((c) => ({
          kind: 'cte' as const,
          name: identifier(b, c.identifier()),
          columns: columnNames(b, c.columnNameList()),
          query: query(b, c.query()),
          ...b.loc(c),
        }))
      : [],
    body: queryExpression(b, ctx.queryExpression()),
    orderBy: ob ? orderBy(b, ob) : [],
    ...(limit ? { limit: expression(b, limit) } : {}),
    ...(offset ? { offset: expression(b, offset) } : {}),
    ...(fetch
      ? {
          fetch: fetchExpr
            ? expression(b, fetchExpr)
            : { kind: 'numericLiteral' as const, text: '1', numberKind: 'integer' as const, ...b.loc(fetch) },
        }
      : {}),
    ...b.loc(ctx),
  };
}

function queryExpression(b: Builder, ctx: P.QueryExpressionContext): QueryBody {
  let left: QueryBody | undefined;
  let op: P.SetOperatorContext | undefined;
  for (const c of ctx.children) {
    if (c instanceof P.SetOperatorContext) op = c;
    else if (c instanceof P.QueryIntersectContext) {
      const right = queryIntersect(b, c);
      left =
        left && op
          ? {
              kind: 'setOperation',
              operator: op.UNION() ? 'UNION' : 'EXCEPT',
              all: op.ALL() !== null,
              left,
              right,
              range: { start: left.range.start, end: right.range.end },
              start: left.start,
              end: right.end,
            }
          : right;
    }
  }
  return left!;
}

function queryIntersect(b: Builder, ctx: P.QueryIntersectContext): QueryBody {
  let left: QueryBody | undefined;
  let all = false;
  for (const c of ctx.children) {
    if (c instanceof TerminalNode) {
      if (c.symbol.type === T.ALL) all = true;
      else if (c.symbol.type === T.INTERSECT) all = false;
    } else if (c instanceof P.QueryPrimaryContext) {
      const right = queryPrimary(b, c);
      left = left
        ? { kind: 'setOperation', operator: 'INTERSECT', all, left, right, range: { start: left.range.start, end: right.range.end }, start: left.start, end: right.end }
        : right;
    }
  }
  return left!;
}

function queryPrimary(b: Builder, ctx: P.QueryPrimaryContext): QueryBody {
  const s = ctx.selectCore();
  if (s) return select(b, s);
  const v = ctx.valuesClause();
  if (v) return { kind: 'values', rows: expressions(b, v.expression()), ...b.loc(v) };
  const q = ctx.query();
  if (q) return query(b, q);
  return { kind: 'tableQuery', table: objectName(b, ctx.tablePath()!), ...b.loc(ctx) };
}

function select(b: Builder, ctx: P.SelectCoreContext): Select {
  const from = ctx.fromClause();
  const where = ctx.whereClause();
  const having = ctx.havingClause();
  const group = ctx.groupBy();
  const windows = ctx.windowClause();
  const h = ctx.hint();
  return {
    kind: 'select',
    hints: h ? hints(b, h) : [],
    distinct: ctx.DISTINCT() !== null,
    items: ctx.selectItem().map((i) => selectItem(b, i)),
    ...(from ? { from: fromClause(b, from) } : {}),
    ...(where ? { where: expression(b, where.expression()) } : {}),
    groupBy: group ? group.groupingElement().map((g) => groupingElement(b, g)) : [],
    ...(having ? { having: expression(b, having.expression()) } : {}),
    windows: windows
      ? windows.namedWindow().map((w) => ({
          kind: 'namedWindow' as const,
          name: identifier(b, w.identifier()),
          spec: windowSpec(b, w.windowSpec()),
          ...b.loc(w),
        }))
      : [],
    ...b.loc(ctx),
  };
}

function selectItem(b: Builder, ctx: P.SelectItemContext): SelectItem {
  const q = ctx.qualifiedName();
  if (q) return { kind: 'selectStar', qualifier: objectName(b, q), ...b.loc(ctx) };
  const e = ctx.expression();
  if (!e) return { kind: 'selectStar', ...b.loc(ctx) };
  const alias = ctx.identifier();
  const expr = expression(b, e);
  return alias
    ? { kind: 'selectExpression', expression: expr, alias: identifier(b, alias), ...b.loc(ctx) }
    : { kind: 'selectExpression', expression: expr, ...b.loc(ctx) };
}

function groupingElement(b: Builder, ctx: P.GroupingElementContext): GroupingElement {
  const at = b.loc(ctx);
  if (ctx.SETS()) return { kind: 'groupingSets', sets: ctx.groupingElement().map((g) => groupingElement(b, g)), ...at };
  if (ctx.ROLLUP() || ctx.CUBE()) return { kind: ctx.ROLLUP() ? 'rollup' : 'cube', expressions: expressions(b, ctx.expression()), ...at };
  const list = ctx.expression();
  if (list.length === 0) return { kind: 'emptyGroup', ...at };
  return { kind: 'groupExpression', expression: expression(b, list[0]), ...at };
}

export function orderBy(b: Builder, ctx: P.OrderByContext): OrderItem[] {
  return ctx.orderItem().map((o) => {
    const nulls = o.NULLS() ? (o.FIRST() ? 'FIRST' : 'LAST') : undefined;
    return {
      kind: 'orderItem' as const,
      expression: expression(b, o.expression()),
      descending: o.DESC() !== null,
      ...(nulls ? { nulls } : {}),
      ...b.loc(o),
    };
  });
}

export function windowSpec(b: Builder, ctx: P.WindowSpecContext): WindowSpec {
  const base = ctx.identifier();
  const ob = ctx.orderBy();
  const frame = ctx.windowFrame();
  return {
    kind: 'windowSpec',
    ...(base ? { base: identifier(b, base) } : {}),
    partitionBy: expressions(b, ctx.expression()),
    orderBy: ob ? orderBy(b, ob) : [],
    ...(frame
      ? {
          frame: {
            kind: 'windowFrame' as const,
            units: frame.ROWS() ? ('ROWS' as const) : ('RANGE' as const),
            lower: frameBound(b, frame.frameBound(0)!),
            ...(frame.frameBound().length > 1 ? { upper: frameBound(b, frame.frameBound(1)!) } : {}),
            ...b.loc(frame),
          },
        }
      : {}),
    ...b.loc(ctx),
  };
}

function frameBound(b: Builder, ctx: P.FrameBoundContext): FrameBound {
  const at = b.loc(ctx);
  if (ctx.UNBOUNDED()) return { kind: ctx.PRECEDING() ? 'unboundedPreceding' : 'unboundedFollowing', ...at };
  if (ctx.CURRENT()) return { kind: 'currentRow', ...at };
  return { kind: ctx.PRECEDING() ? 'preceding' : 'following', offset: value(b, ctx.valueExpression()!), ...at };
}

function fromClause(b: Builder, ctx: P.FromClauseContext): TableRef {
  let left: TableRef | undefined;
  for (const r of ctx.tableReference()) {
    const right = tableReference(b, r);
    left = left
      ? { kind: 'join', joinType: 'COMMA', natural: false, left, right, using: [], range: { start: left.range.start, end: right.range.end }, start: left.start, end: right.end }
      : right;
  }
  return left!;
}

function tableReference(b: Builder, ctx: P.TableReferenceContext): TableRef {
  let left = tablePrimary(b, ctx.tablePrimary());
  for (const j of ctx.joinPart()) {
    const right = tablePrimary(b, j.tablePrimary());
    const jt = j.joinType();
    const joinType = j.CROSS() ? 'CROSS' : !jt || jt.INNER() ? 'INNER' : jt.LEFT() ? 'LEFT' : jt.RIGHT() ? 'RIGHT' : 'FULL';
    const cond = j.joinCondition();
    const on = cond?.expression();
    const end = b.loc(j);
    if (!cond && joinType !== 'CROSS' && !j.NATURAL()) {
      b.error(end, 'syntax/join-condition', `${joinType} JOIN needs a condition: add ON ... or USING (...)`);
    }
    left = {
      kind: 'join',
      joinType,
      natural: j.NATURAL() !== null,
      left,
      right,
      ...(on ? { on: expression(b, on) } : {}),
      using: columnNames(b, cond?.columnNameList() ?? null),
      range: { start: left.range.start, end: end.range.end },
      start: left.start,
      end: end.end,
    };
  }
  return left;
}

function tableAlias(b: Builder, ctx: P.TableAliasContext | null): { alias?: TableAlias } {
  if (!ctx) return {};
  return { alias: { kind: 'tableAlias', name: identifier(b, ctx.identifier()), columns: columnNames(b, ctx.columnNameList()), ...b.loc(ctx) } };
}

function tablePrimary(b: Builder, ctx: P.TablePrimaryContext): TableRef {
  const alias = tableAlias(b, ctx.tableAlias());
  const mr = ctx.matchRecognize();
  const input = tableFactor(b, ctx.tableFactor(), mr ? {} : alias, ctx);
  return mr ? matchRecognize(b, mr, input, alias, ctx) : input;
}

function tableFactor(b: Builder, ctx: P.TableFactorContext, alias: { alias?: TableAlias }, whole: P.TablePrimaryContext): TableRef {
  const at = b.loc(whole);
  const path = ctx.tablePath();
  if (path) {
    const h = ctx.hint();
    const st = ctx.systemTime();
    return {
      kind: 'namedTable',
      name: objectName(b, path),
      hints: h ? hints(b, h) : [],
      ...(st ? { systemTime: expression(b, st.expression()) } : {}),
      ...alias,
      ...at,
    };
  }
  const lateral = ctx.LATERAL() !== null;
  const q = ctx.query();
  if (q) return { kind: 'subqueryTable', lateral, query: query(b, q), ...alias, ...at };
  const call = ctx.functionCall();
  if (call) return { kind: 'tableFunction', lateral, tableWrapper: ctx.TABLE() !== null, call: functionCall(b, call), ...alias, ...at };
  if (ctx.UNNEST()) return { kind: 'unnest', expressions: expressions(b, ctx.expression()), withOrdinality: ctx.ORDINALITY() !== null, ...alias, ...at };
  // ( tableReference ): the parenthesised join keeps its own node, the alias is not allowed by Flink here
  return tableReference(b, ctx.tableReference()!);
}

function matchRecognize(b: Builder, ctx: P.MatchRecognizeContext, input: TableRef, alias: { alias?: TableAlias }, whole: P.TablePrimaryContext): MatchRecognize {
  const ob = ctx.orderBy();
  const rpm = ctx.rowsPerMatch();
  const ams = ctx.afterMatchSkip();
  const within = ctx.intervalLiteral();
  let afterMatchSkip: MatchRecognize['afterMatchSkip'];
  let skipTo: MatchRecognize['skipTo'];
  if (ams) {
    if (ams.NEXT()) afterMatchSkip = 'NEXT ROW';
    else if (ams.PAST()) afterMatchSkip = 'PAST LAST ROW';
    else {
      afterMatchSkip = ams.FIRST() ? 'FIRST' : ams.LAST() ? 'LAST' : 'TO';
      skipTo = identifier(b, ams.identifier()!);
    }
  }
  return {
    kind: 'matchRecognize',
    input,
    partitionBy: expressions(b, ctx.expression()),
    orderBy: ob ? orderBy(b, ob) : [],
    measures: ctx.measure().map((m) => ({ kind: 'measure' as const, expression: expression(b, m.expression()), alias: identifier(b, m.identifier()), ...b.loc(m) })),
    ...(rpm ? { rowsPerMatch: rpm.ONE() ? ('ONE ROW PER MATCH' as const) : ('ALL ROWS PER MATCH' as const) } : {}),
    ...(afterMatchSkip ? { afterMatchSkip } : {}),
    ...(skipTo ? { skipTo } : {}),
    pattern: pattern(b, ctx.pattern()),
    ...(within ? { within: intervalLiteral(b, within) } : {}),
    subsets: ctx.subsetDefinition().map((s) => {
      const [name, ...variables] = identifiers(b, s.identifier());
      return { name, variables };
    }),
    definitions: ctx.patternDefinition().map((d) => ({ name: identifier(b, d.identifier()), condition: expression(b, d.expression()) })),
    ...alias,
    ...b.loc(whole),
  };
}

function pattern(b: Builder, ctx: P.PatternContext): PatternNode {
  const terms = ctx.patternTerm().map((t) => patternTerm(b, t));
  return terms.length === 1 ? terms[0] : { kind: 'patternAlternation', alternatives: terms, ...b.loc(ctx) };
}

function patternTerm(b: Builder, ctx: P.PatternTermContext): PatternNode {
  const items = ctx.patternFactor().map((f) => patternFactor(b, f));
  return items.length === 1 ? items[0] : { kind: 'patternSequence', items, ...b.loc(ctx) };
}

function patternFactor(b: Builder, ctx: P.PatternFactorContext): PatternNode {
  const p = ctx.patternPrimary();
  const id = p.identifier();
  const inner: PatternNode = id ? { kind: 'patternVariable', name: identifier(b, id), ...b.loc(p) } : pattern(b, p.pattern()!);
  const q = ctx.patternQuantifier();
  if (!q) return inner;
  let min = 0;
  let max: number | undefined;
  if (q.STAR()) min = 0;
  else if (q.PLUS()) min = 1;
  else if (q.LBRACE()) {
    const nums = q.INTEGER_VALUE().map((t) => ({ v: Number(t.getText()), idx: t.symbol.tokenIndex }));
    const comma = q.COMMA();
    if (!comma) {
      min = nums[0]?.v ?? 0;
      max = min;
    } else {
      const ci = comma.symbol.tokenIndex;
      min = nums.find((n) => n.idx < ci)?.v ?? 0;
      max = nums.find((n) => n.idx > ci)?.v;
    }
  } else {
    // a lone '?' quantifier
    max = 1;
  }
  const questions = q.QUESTION().length;
  const reluctant = q.QUESTION().length > 0 && (questions === 2 || !!(q.STAR() || q.PLUS() || q.LBRACE()));
  return { kind: 'patternQuantified', pattern: inner, min, ...(max !== undefined ? { max } : {}), reluctant, ...b.loc(ctx) };
}

export function hints(b: Builder, ctx: P.HintContext): Hint[] {
  return ctx.hintItem().map((item) => {
    const options: Property[] = [];
    const values: string[] = [];
    for (const o of item.hintOption()) {
      const vs = o.hintValue();
      if (vs.length === 2) {
        options.push({ kind: 'property', key: hintText(vs[0]), value: hintText(vs[1]), keyRange: b.loc(vs[0]).range, valueRange: b.loc(vs[1]).range, ...b.loc(o) });
      } else {
        values.push(hintText(vs[0]));
      }
    }
    return { kind: 'hint' as const, name: item.HINT_NAME().getText().toUpperCase(), options, values, ...b.loc(item) };
  });
}

function hintText(ctx: P.HintValueContext): string {
  const t = ctx.getText();
  if (ctx.HINT_STRING()) return unquote(t, "'");
  if (ctx.HINT_QUOTED()) return unquote(t, '`');
  return t;
}
