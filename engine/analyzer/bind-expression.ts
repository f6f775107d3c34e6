/**
 * Expressions of the AST -> typed engine/expr IR over a scope's row, with implicit casts, the
 * function table's type rules (inferCall) and Flink-like diagnostics. Never throws: a problem is
 * reported and the sub-expression becomes an error literal of the NULL type, which fits
 * everywhere and so suppresses cascading errors.
 *
 * A `hook` lets SELECT semantics take over parts of the tree (aggregate calls, OVER calls,
 * expressions matching GROUP BY keys) before the default binding runs.
 */
import type { Range } from '../diagnostic';
import type { CallArgument, ColumnRef, Expression, FunctionCall, Query } from '../sql';
import { toLogicalType } from '../sql';
import { E, type Expr } from '../expr/expr';
import type { LogicalType } from '../types/logical-type';
import { T, isCharacterString, withNullability, withoutTimeAttribute } from '../types/logical-type';
import { areComparable, checkCast } from '../types/casts';
import { allFunctionNames, inferCall, lookupFunction, type CallArg } from '../types/functions';
import { printType } from '../types/print';
import { suggestionsFor } from '../catalog/resolve';
import { quoteIdentifierIfNeeded } from '../catalog/model';
import type { Field } from '../planner/logical/plan';
import { bindLiteral } from './bind-literal';
import { castTo, toCommonType } from './coerce';
import type { SemanticInfo } from './model';
import { Reporter } from './reporter';
import type { ColumnLookup, Scope } from './scope';

export type BindHook = (node: Expression, binder: ExprBinder) => Expr | undefined;

export interface BindEnv {
  readonly scope: Scope;
  readonly reporter: Reporter;
  readonly info?: SemanticInfo;
  /** The clause being bound, for messages: 'WHERE', 'SELECT', 'ON', ... */
  readonly clause: string;
  readonly hook?: BindHook;
  /** Analyzes a subquery (IN, EXISTS, scalar) with `scope` as its outer scope; returns its columns. */
  readonly subquery?: (q: Query, outer: Scope) => readonly Field[] | undefined;
  /** Whether a name is a user-defined function of the catalog (CREATE FUNCTION). */
  readonly userFunction?: (parts: readonly string[]) => boolean;
  /** A column of an enclosing query's scope, as the decorrelating subquery analysis binds it (undefined: not supported here). */
  readonly correlate?: (outer: Scope, index: number, field: Field) => Expr | undefined;
  /** A subquery (scalar, IN, EXISTS) the SELECT analysis already joined into the input: the expression over its column. */
  readonly joinedSubquery?: (e: Expression, binder: ExprBinder) => Expr | undefined;
  /** Called when the expression is valid SQL but cannot be expressed in the IR (subqueries, correlation). */
  readonly unsupported?: (what: string) => void;
}

/** The expression that stands for something that did not bind. */
export function errorExpr(): Expr {
  const e = E.lit(null, T.null());
  errorLiterals.add(e);
  return e;
}

/** Functions whose type inference checks an argument's time attribute, so it is kept for them. */
const READS_TIME_ATTRIBUTE: ReadonlySet<string> = new Set(['CURRENT_WATERMARK']);

/** Error stand-ins, so a call over them reports nothing more. */
const errorLiterals = new WeakSet<Expr>();

export function isErrorExpr(e: Expr): boolean {
  return errorLiterals.has(e);
}

/** A call argument: a typed expression or a keyword symbol (a time unit, a TRIM mode). */
export type OpArg = Expr | { readonly symbol: string };

function isSymbol(a: OpArg): a is { readonly symbol: string } {
  return 'symbol' in a;
}

const BOOL = (nullable: boolean): LogicalType => T.boolean(nullable);

export function isAggregateName(name: string): boolean {
  return lookupFunction(name)?.kind === 'aggregate';
}

/** Whether the tree contains an aggregate call (not under OVER, not inside a subquery). */
export function containsAggregate(e: Expression): boolean {
  let found = false;
  walkAst(e, (n) => {
    if (n.kind === 'call' && !n.over && n.name.parts.length === 1 && isAggregateName(n.name.parts[0].value)) found = true;
  });
  return found;
}

export function containsOver(e: Expression): boolean {
  let found = false;
  walkAst(e, (n) => {
    if (n.kind === 'call' && n.over) found = true;
  });
  return found;
}

/** Pre-order walk over expression nodes (subqueries are not entered). */
export function walkAst(e: Expression, visit: (n: Expression) => void): void {
  visit(e);
  for (const c of childrenOf(e)) walkAst(c, visit);
}

function childrenOf(e: Expression): Expression[] {
  switch (e.kind) {
    case 'unary':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
    case 'is':
    case 'isJson':
    case 'extract':
    case 'fieldAccess':
      return [e.operand];
    case 'isDistinctFrom':
      return [e.left, e.right];
    case 'between':
      return [e.operand, e.low, e.high];
    case 'inList':
      return [e.operand, ...e.list];
    case 'inQuery':
    case 'quantifiedComparison':
      return [e.operand];
    case 'like':
      return [e.operand, e.pattern, ...(e.escape ? [e.escape] : [])];
    case 'case':
      return [...(e.operand ? [e.operand] : []), ...e.whens.flatMap((w) => [w.condition, w.result]), ...(e.else ? [e.else] : [])];
    case 'cast':
      return [e.operand];
    case 'trim':
      return [...(e.characters ? [e.characters] : []), e.operand];
    case 'constructor':
      return [...e.elements];
    case 'call':
      return [
        ...e.args.flatMap((a) => (isExpression(a.value) ? [a.value] : [])),
        ...(e.filter ? [e.filter] : []),
      ];
    case 'itemAccess':
      return [e.operand, e.index];
    default:
      return [];
  }
}

const NON_EXPRESSION_ARGUMENTS: ReadonlySet<string> = new Set(['tableArgument', 'descriptor', 'timeUnit', 'modelArgument']);

export function isExpression(v: CallArgument['value']): v is Expression {
  return !NON_EXPRESSION_ARGUMENTS.has(v.kind);
}

export class ExprBinder {
  constructor(readonly env: BindEnv) {}

  get reporter(): Reporter {
    return this.env.reporter;
  }

  with(changes: Partial<BindEnv>): ExprBinder {
    return new ExprBinder({ ...this.env, ...changes });
  }

  bind(e: Expression): Expr {
    const hooked = this.env.hook?.(e, this);
    if (hooked) return hooked;
    return this.bindDefault(e);
  }

  /** A boolean condition (WHERE, ON, HAVING, WHEN). */
  bindCondition(e: Expression, what: string): Expr {
    const x = this.bind(e);
    if (x.type.kind !== 'BOOLEAN' && x.type.kind !== 'NULL') {
      this.reporter.report('type-mismatch', `${what} must be a boolean expression, but is ${printType(x.type)}`, e.range);
      return errorExpr();
    }
    return x;
  }

  bindDefault(e: Expression): Expr {
    switch (e.kind) {
      case 'nullLiteral':
      case 'booleanLiteral':
      case 'numericLiteral':
      case 'stringLiteral':
      case 'binaryLiteral':
      case 'typedLiteral':
      case 'intervalLiteral': {
        const r = bindLiteral(e);
        if ('error' in r) {
          this.reporter.report('invalid-literal', r.error, e.range);
          return errorExpr();
        }
        return r.expr;
      }
      case 'columnRef':
        return this.column(e);
      case 'unary': {
        const x = this.bind(e.operand);
        if (e.operator === '+') return x;
        return this.callOp(e.operator === 'NOT' ? 'NOT' : '-', [x], e.range);
      }
      case 'binary':
        return this.binary(e.operator, this.bind(e.left), this.bind(e.right), e.range);
      case 'is':
        return this.callOp(`IS ${e.negated ? 'NOT ' : ''}${e.test}`, [this.bind(e.operand)], e.range);
      case 'isJson': {
        const x = this.bind(e.operand);
        const test = this.callOp('IS JSON', e.jsonType ? [x, { symbol: e.jsonType }] : [x], e.range);
        return e.negated && !isErrorExpr(test) ? E.call('NOT', test.type, test) : test;
      }
      case 'isDistinctFrom':
        return this.compare(e.negated ? 'IS NOT DISTINCT FROM' : 'IS DISTINCT FROM', this.bind(e.left), this.bind(e.right), e.range);
      case 'between': {
        const ops = [this.bind(e.operand), this.bind(e.low), this.bind(e.high)];
        const common = this.common(ops, e.range, 'BETWEEN', true);
        if (!common) return errorExpr();
        return E.call(e.negated ? 'NOT BETWEEN' : 'BETWEEN', BOOL(common.type.nullable), ...common.exprs);
      }
      case 'inList': {
        const ops = [this.bind(e.operand), ...e.list.map((x) => this.bind(x))];
        const common = this.common(ops, e.range, 'IN', false);
        if (!common) return errorExpr();
        return E.call(e.negated ? 'NOT IN' : 'IN', BOOL(common.type.nullable), ...common.exprs);
      }
      case 'inQuery':
      case 'quantifiedComparison': {
        const joined = this.env.joinedSubquery?.(e, this);
        if (joined) return joined;
        const x = this.bind(e.operand);
        const fields = this.env.subquery?.(e.query, this.env.scope);
        if (fields && fields.length !== 1) {
          this.reporter.report('subquery-columns', `The subquery must return exactly one column, but returns ${fields.length}`, e.query.range);
        } else if (fields && !areComparable(x.type, fields[0].type)) {
          this.reporter.report('type-mismatch', `Cannot compare ${printType(x.type)} with ${printType(fields[0].type)} in IN`, e.range);
        }
        this.env.unsupported?.(e.kind === 'inQuery' ? `IN (subquery) in ${this.env.clause} (it runs in WHERE and the SELECT list)` : `${e.quantifier} (subquery)`);
        return E.lit(null, T.boolean());
      }
      case 'exists': {
        const joined = this.env.joinedSubquery?.(e, this);
        if (joined) return joined;
        this.env.subquery?.(e.query, this.env.scope);
        this.env.unsupported?.(`EXISTS (subquery) in ${this.env.clause} (it runs in WHERE and the SELECT list)`);
        return E.lit(null, T.boolean(false));
      }
      case 'scalarSubquery': {
        const joined = this.env.joinedSubquery?.(e, this);
        if (joined) return joined;
        const fields = this.env.subquery?.(e.query, this.env.scope);
        this.env.unsupported?.('a scalar subquery outside WHERE and the SELECT list of a query without GROUP BY');
        if (fields && fields.length !== 1) {
          this.reporter.report('subquery-columns', `A scalar subquery must return exactly one column, but returns ${fields.length}`, e.range);
          return errorExpr();
        }
        return fields ? E.lit(null, withNullability(fields[0].type, true)) : errorExpr();
      }
      case 'like': {
        const ops = [this.bind(e.operand), this.bind(e.pattern), ...(e.escape ? [this.bind(e.escape)] : [])];
        if (e.operator === 'ILIKE') {
          // ILIKE: LIKE over lower-cased operands.
          const lower = (x: Expr) => (x.type.kind === 'NULL' ? x : this.callOp('LOWER', [x], e.range));
          return this.callOp(`${e.negated ? 'NOT ' : ''}LIKE`, [lower(ops[0]), lower(ops[1]), ...ops.slice(2)], e.range);
        }
        return this.callOp(`${e.negated ? 'NOT ' : ''}${e.operator}`, ops, e.range);
      }
      case 'case':
        return this.caseExpr(e);
      case 'cast': {
        const x = this.bind(e.operand);
        const target = toLogicalType(e.type);
        if (!target) {
          this.reporter.report('unsupported-type', 'This type is not supported', e.type.range);
          return errorExpr();
        }
        const check = checkCast(x.type, target, 'explicit');
        if (!check.ok) {
          this.reporter.report('invalid-cast', `Cast function cannot convert value of type ${printType(x.type)} to type ${printType(target)}`, e.range);
          return errorExpr();
        }
        const t = e.tryCast ? withNullability(target, true) : withNullability(target, x.type.nullable || target.nullable && e.type.notNull === false && x.type.nullable);
        return e.tryCast ? E.tryCast(x, t) : E.cast(x, t);
      }
      case 'extract': {
        const x = this.bind(e.operand);
        return this.callOp('EXTRACT', [{ symbol: e.unit }, x], e.range);
      }
      case 'trim': {
        const chars = e.characters ? this.bind(e.characters) : E.lit(' ', T.char(1, false));
        const x = this.bind(e.operand);
        return this.callOp('TRIM', [{ symbol: e.mode }, chars, x], e.range);
      }
      case 'constructor': {
        if (e.query) {
          this.env.subquery?.(e.query, this.env.scope);
          this.env.unsupported?.(`${e.type}(subquery)`);
          return errorExpr();
        }
        const ops = e.elements.map((x) => this.bind(x));
        if (e.type === 'ROW') {
          const fields = ops.map((o, i) => ({ name: `EXPR$${i}`, type: withoutTimeAttribute(o.type) }));
          return E.call('ROW', T.row(fields, false), ...ops);
        }
        if (e.type === 'ARRAY' || e.type === 'MULTISET') {
          const common = this.common(ops, e.range, e.type, false);
          if (!common) return errorExpr();
          return this.callOp(e.type, common.exprs, e.range);
        }
        return this.callOp('MAP', ops, e.range);
      }
      case 'call':
        return this.call(e);
      case 'fieldAccess': {
        const x = this.bind(e.operand);
        return this.field(x, e.field.value, e.field.range);
      }
      case 'itemAccess':
        return this.callOp('ITEM', [this.bind(e.operand), this.bind(e.index)], e.range);
      default: {
        const kind = (e as { kind: string }).kind;
        this.reporter.report('unsupported-expression', `Expressions of kind '${kind}' are not supported yet`, (e as { range: Range }).range);
        return errorExpr();
      }
    }
  }

  // ----- names -----

  /** A resolved column (`x` stands for it): recorded for the IDE, then any ROW field parts after it. */
  private columnUse(e: ColumnRef, r: Extract<ColumnLookup, { kind: 'found' }>, x: Expr): Expr {
    this.env.info?.names.push({
      kind: 'column',
      range: { start: e.parts[0].range.start, end: e.parts[r.consumed - 1].range.end },
      name: r.field.name,
      type: r.field.type,
      ...(r.relation.name !== undefined ? { relation: r.relation.name } : {}),
      ...(r.relation.table ? { table: r.relation.table } : {}),
    });
    for (let i = r.consumed; i < e.parts.length; i++) x = this.field(x, e.parts[i].value, e.parts[i].range);
    return x;
  }

  private column(e: ColumnRef): Expr {
    const parts = e.parts.map((p) => p.value);
    const r = this.env.scope.lookup(parts);
    switch (r.kind) {
      case 'found':
        return this.columnUse(e, r, E.input(r.index, r.field.type, r.field.name));
      case 'ambiguous': {
        const names = r.relations.map((rel) => rel.name).filter((n): n is string => n !== undefined);
        const fixes = names.map((n) => ({ title: `Qualify as ${n}.${r.name}`, range: e.parts[0].range, newText: `${quoteIdentifierIfNeeded(n)}.${quoteIdentifierIfNeeded(r.name)}` }));
        this.reporter.report(
          'ambiguous-column',
          `Column '${r.name}' is ambiguous${names.length > 0 ? `: it exists in ${names.map((n) => `'${n}'`).join(' and ')}` : ''}`,
          e.range,
          fixes,
        );
        return errorExpr();
      }
      case 'outer': {
        const x = this.env.correlate?.(r.scope, r.found.index, r.found.field);
        if (x) return this.columnUse(e, r.found, x);
        this.env.unsupported?.('a correlated reference outside a WHERE subquery (EXISTS, IN, scalar) or a LATERAL subquery');
        return errorExpr();
      }
      case 'opaque':
        return errorExpr();
      case 'unknown-column': {
        const part = e.parts[r.part];
        const suggestions = suggestionsFor(r.name, r.candidates);
        const dym = suggestions.length ? `, did you mean ${suggestions.slice(0, 2).map((s) => `'${s}'`).join(' or ')}?` : '';
        const where = r.relation?.name !== undefined ? ` in table '${r.relation.name}'` : this.env.scope.relations.length === 0 ? ' (there is no FROM clause)' : '';
        this.reporter.report(
          'unknown-column',
          `Column '${r.name}' not found${where}${dym}`,
          part.range,
          Reporter.replacements(part.range, suggestions, quoteIdentifierIfNeeded),
        );
        return errorExpr();
      }
    }
  }

  field(x: Expr, name: string, range: Range): Expr {
    if (x.type.kind === 'NULL') return x;
    if (x.type.kind !== 'ROW') {
      this.reporter.report('not-a-row', `Cannot access field '${name}' of a value of type ${printType(x.type)}: it is not a ROW`, range);
      return errorExpr();
    }
    const i = x.type.fields.findIndex((f) => f.name === name);
    if (i < 0) {
      const names = x.type.fields.map((f) => f.name);
      const suggestions = suggestionsFor(name, names);
      const dym = suggestions.length ? `, did you mean ${suggestions.slice(0, 2).map((s) => `'${s}'`).join(' or ')}?` : '';
      this.reporter.report('unknown-field', `Field '${name}' not found in ${printType(x.type)}${dym}`, range, Reporter.replacements(range, suggestions, quoteIdentifierIfNeeded));
      return errorExpr();
    }
    const f = x.type.fields[i];
    const t = x.type.nullable ? withNullability(f.type, true) : f.type;
    this.env.info?.names.push({ kind: 'field', range, name: f.name, type: t });
    return E.field(x, i, f.name, t);
  }

  // ----- operators and calls -----

  private binary(op: string, a: Expr, b: Expr, range: Range): Expr {
    switch (op) {
      case '=':
      case '<>':
      case '<':
      case '<=':
      case '>':
      case '>=':
        return this.compare(op, a, b, range);
      default:
        return this.callOp(op, [a, b], range);
    }
  }

  private compare(op: string, a: Expr, b: Expr, range: Range): Expr {
    if (a.type.kind === 'NULL' && b.type.kind === 'NULL') return E.call(op, BOOL(true), a, b);
    const ordering = op !== '=' && op !== '<>' && !op.includes('DISTINCT');
    if (!areComparable(a.type, b.type, ordering)) {
      this.reporter.report('type-mismatch', `Cannot apply '${op}' to arguments of type '${printType(a.type)} ${op} ${printType(b.type)}'`, range);
      return errorExpr();
    }
    // A character string compared with a DATE, TIME, TIMESTAMP, BOOLEAN or number is cast to it.
    const common = toCommonType([a, b]) ?? (isCharacterString(a.type) ? { exprs: [castTo(a, b.type), b] } : { exprs: [a, castTo(b, a.type)] });
    const [x, y] = common.exprs;
    const nullable = op.includes('DISTINCT') ? false : a.type.nullable || b.type.nullable;
    return E.call(op, BOOL(nullable), x, y);
  }

  private common(ops: Expr[], range: Range, what: string, ordering: boolean): { exprs: Expr[]; type: LogicalType } | undefined {
    const [first, ...rest] = ops;
    for (const o of rest) {
      if (!areComparable(first.type, o.type, ordering)) {
        this.reporter.report('type-mismatch', `Values passed to ${what} must have compatible types, but got ${printType(first.type)} and ${printType(o.type)}`, range);
        return undefined;
      }
    }
    const c = toCommonType(ops);
    if (!c) {
      this.reporter.report('type-mismatch', `Values passed to ${what} have no common type: ${ops.map((o) => printType(o.type)).join(', ')}`, range);
      return undefined;
    }
    return c;
  }

  /** An operator or function by its canonical name; `{ symbol }` arguments become VARCHAR literals. */
  callOp(name: string, args: readonly OpArg[], range: Range, nameRange?: Range): Expr {
    // Time attributes are dropped from the arguments (a result never inherits one), except
    // where the function checks for one (CURRENT_WATERMARK(rowtime)).
    const keepMarker = READS_TIME_ATTRIBUTE.has(name.toUpperCase());
    const types: CallArg[] = args.map((a) => (isSymbol(a) ? { kind: 'SYMBOL' as const, value: a.symbol } : keepMarker ? a.type : withoutTimeAttribute(a.type)));
    const literals = args.map((a) => (!isSymbol(a) && a.kind === 'literal' ? a.value : undefined));
    const r = inferCall(name, types, { literals });
    const fn = lookupFunction(name);
    if ('error' in r) {
      if (!fn) {
        const suggestions = suggestionsFor(name, allFunctionNames());
        const dym = suggestions.length ? `, did you mean ${suggestions.slice(0, 2).map((s) => `'${s}'`).join(' or ')}?` : '';
        const at = nameRange ?? range;
        this.reporter.report('unknown-function', `No match found for function '${name}'${dym}`, at, Reporter.replacements(at, suggestions));
      } else if (!args.some((a) => !isSymbol(a) && a.type.kind === 'NULL' && a.kind === 'literal' && errorLiterals.has(a))) {
        const code = /it takes .* arguments?, not \d+/.test(r.error) ? 'wrong-argument-count' : 'argument-type-mismatch';
        this.reporter.report(code, r.error, range);
      }
      return errorExpr();
    }
    const canonical = fn?.name ?? name.toUpperCase();
    const ops = args.map((a) => (isSymbol(a) ? (E.lit(a.symbol, T.varchar(a.symbol.length, false)) as Expr) : a));
    return E.call(canonical, r.type, ...ops);
  }

  private caseExpr(e: Extract<Expression, { kind: 'case' }>): Expr {
    const operand = e.operand ? this.bind(e.operand) : undefined;
    const whens = e.whens.map((w) => {
      let when: Expr;
      if (operand) when = this.compare('=', operand, this.bind(w.condition), w.condition.range);
      else when = this.bindCondition(w.condition, 'A WHEN condition');
      return { when, then: this.bind(w.result) };
    });
    const otherwise = e.else ? this.bind(e.else) : null;
    const results = [...whens.map((w) => w.then), ...(otherwise ? [otherwise] : [])];
    const common = toCommonType(results);
    if (!common) {
      this.reporter.report('type-mismatch', `Illegal mixing of types in CASE or COALESCE statement: ${results.map((r) => printType(r.type)).join(', ')}`, e.range);
      return errorExpr();
    }
    const type = withNullability(common.type, common.type.nullable || otherwise === null);
    const cast = (x: Expr) => castTo(x, type);
    return E.case(whens.map((w) => ({ when: w.when, then: cast(w.then) })), otherwise ? cast(otherwise) : null, type);
  }

  private call(e: FunctionCall): Expr {
    const nameRange = e.name.range;
    const parts = e.name.parts.map((p) => p.value);
    if ((parts.length > 1 || !lookupFunction(parts[0])) && this.env.userFunction?.(parts)) {
      // A user-defined function: its signature lives in a JAR; arguments are still checked.
      this.callArgs(e);
      this.env.unsupported?.(`user-defined function ${parts.join('.')}`);
      this.env.info?.names.push({ kind: 'function', range: nameRange, name: parts.join('.') });
      return E.lit(null, T.null());
    }
    if (e.name.parts.length > 1) {
      this.reporter.report('unknown-function', `Function '${e.name.parts.map((p) => p.value).join('.')}' not found: user-defined functions in catalogs are not supported yet`, nameRange);
      return errorExpr();
    }
    const name = e.name.parts[0].value;
    const fn = lookupFunction(name);
    if (fn && e.over) {
      this.reporter.report('misplaced-over', `OVER windows are only allowed in the SELECT list, not in ${this.env.clause}`, e.range);
      return errorExpr();
    }
    if (fn?.kind === 'aggregate') {
      const where = this.env.clause;
      this.reporter.report(
        where === 'WHERE' ? 'aggregate-in-where' : 'misplaced-aggregate',
        where === 'WHERE'
          ? `Aggregate functions are not allowed in WHERE: '${fn.name}' (filter groups with HAVING instead)`
          : `Aggregate function '${fn.name}' is not allowed in ${where}`,
        e.range,
      );
      return errorExpr();
    }
    if (fn?.kind === 'window-ranking') {
      this.reporter.report('missing-over', `Function '${fn.name}' requires an OVER clause`, e.range);
      return errorExpr();
    }
    if (fn?.kind === 'table') {
      this.reporter.report('misplaced-table-function', `Table function '${fn.name}' can only be used in FROM, as TABLE(${fn.name}(...))`, e.range);
      return errorExpr();
    }
    const args = this.callArgs(e);
    if (e.toUnit) args.push({ symbol: e.toUnit });
    const x = this.callOp(name, args, e.range, nameRange);
    if (x.kind === 'call') this.env.info?.names.push({ kind: 'function', range: nameRange, name: x.op, type: x.type });
    return x;
  }

  /** The arguments in order; time units become symbols. */
  callArgs(e: FunctionCall): OpArg[] {
    const out: OpArg[] = [];
    for (const a of e.args) {
      const v = a.value;
      if (v.kind === 'timeUnit') out.push({ symbol: v.unit });
      else if (isExpression(v)) out.push(this.bind(v));
      else {
        this.reporter.report('misplaced-table-argument', `${v.kind === 'descriptor' ? 'DESCRIPTOR' : v.kind === 'tableArgument' ? 'TABLE' : 'MODEL'} arguments are only allowed in table functions`, v.range);
        out.push(errorExpr());
      }
    }
    return out;
  }
}
