/** Expressions, by precedence level, and literals. */
import type { ParserRuleContext } from 'antlr4ng';
import * as P from '../generated/FlinkSqlParser';
import type {
  BinaryOperator,
  CallArgument,
  ComparisonOperator,
  Expression,
  FunctionCall,
  IntervalLiteral,
  JsonClause,
  Literal,
} from '../ast/expression';
import type { Node, ObjectName } from '../ast/node';
import type { Builder } from './builder';
import { identifier, identifiers, objectName, stringValue, unquote } from './build-names';
import { dataType, intervalQualifier, timeUnit } from './build-type';
import { orderBy, query, windowSpec } from './build-query';

/** From `a` to `b`: the span of a node built from two sub-nodes. */
function across(a: Node, b: Node): Node {
  return { range: { start: a.range.start, end: b.range.end }, start: a.start, end: b.end };
}


export function expression(b: Builder, ctx: P.ExpressionContext): Expression {
  if (ctx instanceof P.PredicatedContext) {
    let left = value(b, ctx.valueExpression());
    for (const s of ctx.predicateSuffix()) left = predicateSuffix(b, left, s);
    return left;
  }
  if (ctx instanceof P.LogicalNotContext) return { kind: 'unary', operator: 'NOT', operand: expression(b, ctx.expression()), ...b.loc(ctx) };
  const c = ctx as P.LogicalAndContext | P.LogicalOrContext;
  const left = expression(b, c.expression(0)!);
  const right = expression(b, c.expression(1)!);
  return { kind: 'binary', operator: c instanceof P.LogicalAndContext ? 'AND' : 'OR', left, right, ...across(left, right) };
}

export function expressions(b: Builder, list: readonly P.ExpressionContext[]): Expression[] {
  return list.map((e) => expression(b, e));
}

function predicateSuffix(b: Builder, operand: Expression, s: P.PredicateSuffixContext): Expression {
  const at = across(operand, b.loc(s));
  const negated = s.NOT() !== null || s.negation() !== null;
  const cmp = s.comparisonOperator();
  const ops = s.valueExpression();
  if (cmp) {
    const operator = (cmp.getText() === '!=' ? '<>' : cmp.getText()) as ComparisonOperator;
    const q = s.query();
    if (q) {
      const quantifier = s.ALL() ? 'ALL' : s.ANY() ? 'ANY' : 'SOME';
      return { kind: 'quantifiedComparison', operator, quantifier, operand, query: query(b, q), ...at };
    }
    return { kind: 'binary', operator, left: operand, right: value(b, ops[0]), ...at };
  }
  if (s.IS()) {
    if (s.DISTINCT()) return { kind: 'isDistinctFrom', negated, left: operand, right: value(b, ops[0]), ...at };
    if (s.JSON()) {
      const jt = s.VALUE() ? 'VALUE' : s.SCALAR() ? 'SCALAR' : s.ARRAY() ? 'ARRAY' : s.OBJECT() ? 'OBJECT' : undefined;
      return { kind: 'isJson', negated, ...(jt ? { jsonType: jt } : {}), operand, ...at };
    }
    const test = s.NULL() ? 'NULL' : s.TRUE() ? 'TRUE' : s.FALSE() ? 'FALSE' : 'UNKNOWN';
    return { kind: 'is', negated, test, operand, ...at };
  }
  if (s.BETWEEN()) {
    return { kind: 'between', negated, symmetric: s.SYMMETRIC() !== null, operand, low: value(b, ops[0]), high: value(b, ops[1]), ...at };
  }
  if (s.IN()) {
    const q = s.query();
    if (q) return { kind: 'inQuery', negated, operand, query: query(b, q), ...at };
    return { kind: 'inList', negated, operand, list: expressions(b, s.expression()), ...at };
  }
  const operator: 'LIKE' | 'ILIKE' | 'SIMILAR TO' = s.LIKE() ? 'LIKE' : s.ILIKE() ? 'ILIKE' : 'SIMILAR TO';
  const like = { kind: 'like' as const, operator, negated, operand, pattern: value(b, ops[0]), ...at };
  return ops.length > 1 ? { ...like, escape: value(b, ops[1]) } : like;
}

/** Arithmetic, unary signs, field and item access over primaries. */
export function value(b: Builder, ctx: P.ValueExpressionContext): Expression {
  if (ctx instanceof P.PrimaryValueContext) return primary(b, ctx.primaryExpression());
  if (ctx instanceof P.FieldAccessContext) {
    const e = value(b, ctx.valueExpression());
    const field = identifier(b, ctx.identifier());
    // a.b.c stays one column reference; fields of anything else are field accesses
    return e.kind === 'columnRef'
      ? { kind: 'columnRef', parts: [...e.parts, field], ...across(e, field) }
      : { kind: 'fieldAccess', operand: e, field, ...across(e, field) };
  }
  if (ctx instanceof P.ItemAccessContext) {
    const e = value(b, ctx.valueExpression());
    return { kind: 'itemAccess', operand: e, index: expression(b, ctx.expression()), ...across(e, b.loc(ctx)) };
  }
  if (ctx instanceof P.UnaryValueContext) {
    return { kind: 'unary', operator: ctx.MINUS_SIGN() ? '-' : '+', operand: value(b, ctx.valueExpression()), ...b.loc(ctx) };
  }
  const c = ctx as P.MultiplicativeContext | P.AdditiveContext;
  const left = value(b, c.valueExpression(0)!);
  const right = value(b, c.valueExpression(1)!);
  const operator = c.getChild(1)!.getText() as BinaryOperator;
  return { kind: 'binary', operator, left, right, ...across(left, right) };
}

function primary(b: Builder, ctx: P.PrimaryExpressionContext): Expression {
  const at = b.loc(ctx);
  const c = ctx.getChild(0)!;
  if (c instanceof P.LiteralContext) return literal(b, c);
  if (c instanceof P.IdentifierContext) {
    const id = identifier(b, c);
    if (!id.quoted && NILADIC.has(id.value.toUpperCase())) {
      const name: ObjectName = { kind: 'objectName', parts: [id], ...at };
      return { kind: 'call', name, args: [], star: false, distinct: false, withinGroup: [], jsonClauses: [], niladic: true, ...at };
    }
    return { kind: 'columnRef', parts: [id], ...at };
  }
  if (c instanceof P.FunctionCallContext) return functionCall(b, c);
  if (c instanceof P.CaseExpressionContext) {
    const whens = c.whenClause().map((w) => ({
      kind: 'when' as const,
      condition: expression(b, w.expression(0)!),
      result: expression(b, w.expression(1)!),
      ...b.loc(w),
    }));
    const operand = c.expression();
    const elseClause = c.elseClause();
    return {
      kind: 'case',
      whens,
      ...(operand ? { operand: expression(b, operand) } : {}),
      ...(elseClause ? { else: expression(b, elseClause.expression()) } : {}),
      ...at,
    };
  }
  if (c instanceof P.CastExpressionContext) {
    return { kind: 'cast', tryCast: c.TRY_CAST() !== null, operand: expression(b, c.expression()), type: dataType(b, c.dataType()), ...at };
  }
  if (c instanceof P.ExtractExpressionContext) {
    const u = c.extractUnit();
    const tu = u.timeUnit();
    return { kind: 'extract', unit: tu ? timeUnit(tu) : u.getText().toUpperCase(), operand: expression(b, c.expression()), ...at };
  }
  if (c instanceof P.PositionExpressionContext) return specialCall(b, c, 'POSITION', c.valueExpression().map((e) => value(b, e)));
  if (c instanceof P.TrimExpressionContext) {
    const ops = c.valueExpression();
    const mode = c.LEADING() ? 'LEADING' : c.TRAILING() ? 'TRAILING' : 'BOTH';
    const operand = value(b, ops[ops.length - 1]);
    return ops.length > 1 ? { kind: 'trim', mode, characters: value(b, ops[0]), operand, ...at } : { kind: 'trim', mode, operand, ...at };
  }
  if (c instanceof P.OverlayExpressionContext) return specialCall(b, c, 'OVERLAY', expressions(b, c.expression()));
  if (c instanceof P.SubstringExpressionContext) return specialCall(b, c, 'SUBSTRING', expressions(b, c.expression()));
  if (c instanceof P.FloorCeilExpressionContext) {
    const name = c.FLOOR() ? 'FLOOR' : 'CEIL';
    const call = specialCall(b, c, name, [expression(b, c.expression())]);
    const tu = c.timeUnit();
    return tu ? { ...call, toUnit: timeUnit(tu) } : call;
  }
  if (c instanceof P.ConstructorExpressionContext) {
    const type = c.ARRAY() ? 'ARRAY' : c.MAP() ? 'MAP' : c.MULTISET() ? 'MULTISET' : 'ROW';
    const q = c.query();
    return q
      ? { kind: 'constructor', type, elements: [], query: query(b, q), implicit: false, ...at }
      : { kind: 'constructor', type, elements: expressions(b, c.expression()), implicit: false, ...at };
  }
  if (ctx.EXISTS()) return { kind: 'exists', query: query(b, ctx.query()!), ...at };
  const q = ctx.query();
  if (q) return { kind: 'scalarSubquery', query: query(b, q), ...at };
  // ( expression [, expression]* )
  const list = ctx.expression();
  if (list.length === 1) return expression(b, list[0]);
  return { kind: 'constructor', type: 'ROW', elements: expressions(b, list), implicit: true, ...at };
}

/** Functions SQL writes without parentheses. */
const NILADIC = new Set([
  'CURRENT_TIMESTAMP',
  'CURRENT_DATE',
  'CURRENT_TIME',
  'LOCALTIME',
  'LOCALTIMESTAMP',
  'CURRENT_USER',
  'SESSION_USER',
  'USER',
  'CURRENT_ROW_TIMESTAMP',
]);

function specialCall(b: Builder, ctx: ParserRuleContext, name: string, values: Expression[]): FunctionCall {
  const first = b.tok(ctx.start!);
  return {
    kind: 'call',
    name: { kind: 'objectName', parts: [{ kind: 'identifier', value: name, quoted: false, ...first }], ...first },
    args: values.map((value) => ({ kind: 'argument', value, range: value.range, start: value.start, end: value.end })),
    star: false,
    distinct: false,
    withinGroup: [],
    jsonClauses: [],
    ...b.loc(ctx),
  };
}

function functionName(b: Builder, ctx: P.FunctionNameContext): ObjectName {
  const q = ctx.qualifiedName();
  if (q) return objectName(b, q);
  const at = b.loc(ctx);
  return { kind: 'objectName', parts: [{ kind: 'identifier', value: ctx.getText(), quoted: false, ...at }], ...at };
}

export function functionCall(b: Builder, ctx: P.FunctionCallContext): FunctionCall {
  const name = functionName(b, ctx.functionName());
  const args = ctx.callArgument().map((a) => callArgument(b, a));
  const filter = ctx.expression();
  const within = ctx.orderBy();
  const nullTreatment = ctx.IGNORE() ? 'IGNORE NULLS' : ctx.RESPECT() ? 'RESPECT NULLS' : undefined;
  let over: FunctionCall['over'];
  if (ctx.OVER()) {
    const spec = ctx.windowSpec();
    if (spec) over = windowSpec(b, spec);
    else {
      const id = identifier(b, ctx.identifier()!);
      over = { kind: 'windowSpec', base: id, partitionBy: [], orderBy: [], range: id.range, start: id.start, end: id.end };
    }
  }
  return {
    kind: 'call',
    name,
    args,
    star: ctx.STAR() !== null,
    distinct: ctx.DISTINCT() !== null,
    withinGroup: within ? orderBy(b, within) : [],
    jsonClauses: ctx.jsonClause().map((j) => jsonClause(b, j)),
    ...(nullTreatment ? { nullTreatment } : {}),
    ...(filter ? { filter: expression(b, filter) } : {}),
    ...(over ? { over } : {}),
    ...b.loc(ctx),
  };
}

function jsonClause(b: Builder, ctx: P.JsonClauseContext): JsonClause {
  const at = b.loc(ctx);
  const type = ctx.dataType();
  if (type) return { kind: 'returning', type: dataType(b, type), ...at };
  if (ctx.WRAPPER()) {
    const behavior = ctx.WITHOUT() ? 'WITHOUT' : ctx.CONDITIONAL() ? 'WITH CONDITIONAL' : ctx.UNCONDITIONAL() ? 'WITH UNCONDITIONAL' : 'WITH';
    return { kind: 'wrapper', behavior, ...at };
  }
  const last = ctx.getChild(ctx.getChildCount() - 1)!.getText().toUpperCase();
  if (last === 'NULL') return { kind: 'onNull', behavior: ctx.ABSENT() ? 'ABSENT' : 'NULL', ...at };
  const kind = last === 'EMPTY' ? 'onEmpty' : 'onError';
  const first = ctx.getChild(0)!.getText().toUpperCase();
  const e = ctx.expression();
  if (e) return { kind, behavior: 'DEFAULT', default: expression(b, e), ...at };
  const behavior = first === 'EMPTY' ? (`EMPTY ${ctx.getChild(1)!.getText().toUpperCase()}` as 'EMPTY ARRAY' | 'EMPTY OBJECT') : (first as 'NULL' | 'ERROR' | 'TRUE' | 'FALSE' | 'UNKNOWN');
  return { kind, behavior, ...at };
}

export function callArgument(b: Builder, ctx: P.CallArgumentContext): CallArgument {
  const v = ctx.callArgumentValue();
  const at = b.loc(v);
  let value: CallArgument['value'];
  const tu = v.callTimeUnit();
  if (v.TABLE()) {
    const ob = v.orderBy();
    value = { kind: 'tableArgument', table: objectName(b, v.tablePath()!), partitionBy: expressions(b, v.expression()), orderBy: ob ? orderBy(b, ob) : [], ...at };
  } else if (v.DESCRIPTOR()) {
    value = { kind: 'descriptor', columns: identifiers(b, v.identifier()), ...at };
  } else if (v.MODEL()) {
    value = { kind: 'modelArgument', model: objectName(b, v.tablePath()!), ...at };
  } else if (tu) {
    value = { kind: 'timeUnit', unit: timeUnit(tu), ...at };
  } else {
    const exprs = v.expression();
    value = expression(b, exprs[exprs.length - 1]);
    if (exprs.length === 2) return { kind: 'argument', jsonKey: expression(b, exprs[0]), value, ...b.loc(ctx) };
  }
  const name = ctx.identifier();
  return name ? { kind: 'argument', name: identifier(b, name), value, ...b.loc(ctx) } : { kind: 'argument', value, ...b.loc(ctx) };
}

export function literal(b: Builder, ctx: P.LiteralContext): Literal {
  const at = b.loc(ctx);
  const n = ctx.number();
  if (n) return numberLiteral(b, n);
  const s = ctx.stringLiteral();
  if (s) return { kind: 'stringLiteral', value: stringValue(s), ...at };
  const iv = ctx.intervalLiteral();
  if (iv) return intervalLiteral(b, iv);
  if (ctx.NULL()) return { kind: 'nullLiteral', ...at };
  if (ctx.TRUE()) return { kind: 'booleanLiteral', value: true, ...at };
  if (ctx.FALSE()) return { kind: 'booleanLiteral', value: false, ...at };
  if (ctx.UNKNOWN()) return { kind: 'booleanLiteral', value: null, ...at };
  const bin = ctx.BINARY_STRING();
  if (bin) {
    const hex = unquote(bin.getText().slice(1), "'").replace(/\s+/g, '').toUpperCase();
    if (!/^[0-9A-F]*$/.test(hex) || hex.length % 2 !== 0) b.error(at, 'syntax/invalid-binary', `invalid binary literal: X'...' takes an even number of hex digits`);
    return { kind: 'binaryLiteral', hex, ...at };
  }
  const value = unquote(ctx.STRING()!.getText(), "'");
  const type = ctx.DATE() ? 'DATE' : ctx.TIME() ? 'TIME' : 'TIMESTAMP';
  return { kind: 'typedLiteral', type, value, ...at };
}

function numberLiteral(b: Builder, n: P.NumberContext): Literal {
  const numberKind = n.INTEGER_VALUE() ? 'integer' : n.DECIMAL_VALUE() ? 'decimal' : 'approximate';
  return { kind: 'numericLiteral', text: n.getText(), numberKind, ...b.loc(n) };
}

export function intervalLiteral(b: Builder, ctx: P.IntervalLiteralContext): IntervalLiteral {
  const s = ctx.STRING();
  const value = s ? unquote(s.getText(), "'") : ctx.number()!.getText();
  return { kind: 'intervalLiteral', value, negative: ctx.MINUS_SIGN() !== null, qualifier: intervalQualifier(b, ctx.intervalQualifier()), ...b.loc(ctx) };
}
