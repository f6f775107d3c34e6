/**
 * Queries: WITH (CTEs), set operations, SELECT, VALUES, `TABLE t`, ORDER BY / LIMIT / OFFSET /
 * FETCH, into a logical plan with its output fields. The QueryAnalyzer carries what one
 * statement's analysis shares: the catalog view and current context, the CTEs in scope, the
 * diagnostics and the semantic info.
 */
import type { Range } from '../diagnostic';
import type { Expression, ObjectName, Query, QueryBody, TableAlias, Hint } from '../sql';
import { parseStatement } from '../sql';
import type { CatalogObject, ObjectPath } from '../catalog/model';
import { quoteIdentifierIfNeeded } from '../catalog/model';
import { resolveFunction, resolveObject, type CurrentContext } from '../catalog/resolve';
import type { ProviderSnapshot } from '../catalog/snapshot';
import { E, type Expr } from '../expr/expr';
import { CORRELATION_BASE } from '../planner/logical/decorrelate';
import type { Field, LogicalPlan, SortKey } from '../planner/logical/plan';
import { T, withoutTimeAttribute } from '../types/logical-type';
import { printType } from '../types/print';
import { ExprBinder } from './bind-expression';
import { castTo, toCommonType } from './coerce';
import { substituteInputs } from './expr-key';
import type { SemanticInfo } from './model';
import { Reporter } from './reporter';
import { Scope, type Relation } from './scope';
import { analyzeSelect } from './select';
import { tableScan } from './table-scan';

export interface Planned {
  readonly plan: LogicalPlan;
  readonly fields: readonly Field[];
  /** Built over something that did not resolve (already reported): its columns are unknown, names in it are not checked. */
  readonly opaque?: boolean;
}

interface Cte {
  readonly name: string;
  readonly planned: Planned;
  readonly declaration: Range;
}

export class QueryAnalyzer {
  private ctes: Map<string, Cte>[] = [];
  /** Why the plan cannot be built although the SQL is valid (subqueries in expressions, ...). */
  readonly unsupportedReasons: string[] = [];
  private readonly viewsInProgress = new Set<string>();

  constructor(
    readonly view: ProviderSnapshot,
    readonly current: CurrentContext,
    readonly reporter: Reporter,
    readonly info: SemanticInfo,
    /** Functions created earlier in the file (names as written) -> implementation class. */
    readonly userFunctions: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** A function of the catalog (CREATE FUNCTION): callable, but its types are not known here. */
  isUserFunction(parts: readonly string[]): boolean {
    return this.userFunctionClass(parts) !== undefined;
  }

  /** The implementation class of a user-defined function (CREATE FUNCTION ... AS 'class'); undefined for no such function. */
  userFunctionClass(parts: readonly string[]): string | undefined {
    if (parts.length === 1 && this.userFunctions.has(parts[0])) return this.userFunctions.get(parts[0]);
    return resolveFunction(this.view, parts, this.current)?.className;
  }

  unsupported(what: string): void {
    this.unsupportedReasons.push(what);
  }

  /** Enclosing scopes of the subqueries being analyzed for decorrelation, innermost last. */
  private readonly correlation: Scope[] = [];

  /** Analyzes a subquery whose references to `outer`'s columns bind as correlated refs (see decorrelate.ts). */
  correlatedQuery(q: Query, outer: Scope): Planned {
    this.correlation.push(outer);
    try {
      return this.query(q, outer);
    } finally {
      this.correlation.pop();
    }
  }

  /** A reference to column `index` of the enclosing scope `outer`: correlated when that subquery is being decorrelated. */
  correlate(outer: Scope, index: number, field: Field): Expr | undefined {
    return this.correlation[this.correlation.length - 1] === outer ? E.input(CORRELATION_BASE + index, field.type, field.name) : undefined;
  }

  cteNames(): string[] {
    return [...new Set(this.ctes.flatMap((m) => [...m.keys()]))];
  }

  private findCte(name: string): Cte | undefined {
    for (let i = this.ctes.length - 1; i >= 0; i--) {
      const c = this.ctes[i].get(name);
      if (c) return c;
    }
    return undefined;
  }

  query(q: Query, outer?: Scope): Planned {
    const frame = new Map<string, Cte>();
    this.ctes.push(frame);
    try {
      for (const cte of q.with) {
        let planned = this.query(cte.query, outer);
        if (cte.columns.length > 0) planned = this.renameColumns(planned, cte.columns.map((c) => c.value), cte.columns[0].range, `WITH ${cte.name.value}`);
        if (frame.has(cte.name.value)) this.reporter.report('duplicate-cte', `WITH query name '${cte.name.value}' is specified more than once`, cte.name.range);
        frame.set(cte.name.value, { name: cte.name.value, planned, declaration: cte.name.range });
        this.info.names.push({ kind: 'cte', range: cte.name.range, name: cte.name.value, declaration: cte.name.range, fields: planned.fields });
      }
      let planned: Planned;
      let hidden = 0;
      let keys: SortKey[] = [];
      if (q.body.kind === 'select') {
        const r = analyzeSelect(this, q.body, outer, q.orderBy);
        planned = r.planned;
        keys = r.sortKeys;
        hidden = r.hidden;
      } else {
        planned = this.body(q.body, outer);
        keys = this.orderByOutput(q.orderBy, planned.fields);
      }
      const limit = this.count(q.fetch ?? q.limit, q.fetch ? 'FETCH' : 'LIMIT');
      const offset = this.count(q.offset, 'OFFSET');
      const opaque = planned.opaque === true;
      if (keys.length > 0 || limit !== undefined || offset !== undefined) {
        const sort: LogicalPlan = {
          kind: 'sort',
          input: planned.plan,
          keys,
          ...(limit !== undefined ? { limit } : {}),
          ...(offset !== undefined ? { offset } : {}),
          fields: planned.fields,
        };
        planned = { plan: sort, fields: planned.fields };
      }
      if (hidden > 0) planned = this.dropTrailing(planned, hidden);
      return opaque ? { ...planned, opaque } : planned;
    } finally {
      this.ctes.pop();
    }
  }

  body(b: QueryBody, outer?: Scope): Planned {
    switch (b.kind) {
      case 'select':
        return analyzeSelect(this, b, outer, []).planned;
      case 'query':
        return this.query(b, outer);
      case 'tableQuery': {
        const r = this.namedRelation(b.table, undefined, [], b.range);
        return r ? r.planned : this.emptyPlanned();
      }
      case 'values':
        return this.values(b.rows, outer);
      case 'setOperation':
        return this.setOperation(b, outer);
    }
  }

  emptyPlanned(): Planned {
    return { plan: { kind: 'values', rows: [], fields: [] }, fields: [] };
  }

  private count(e: Expression | undefined, what: string): number | undefined {
    if (!e) return undefined;
    if (e.kind === 'numericLiteral' && e.numberKind === 'integer') return Number(e.text);
    this.reporter.report('invalid-limit', `${what} must be a non-negative integer literal`, e.range);
    return undefined;
  }

  /** ORDER BY over output columns (names or 1-based ordinals). */
  orderByOutput(items: Query['orderBy'], fields: readonly Field[]): SortKey[] {
    const keys: SortKey[] = [];
    const binder = new ExprBinder({ scope: new Scope([{ fields, offset: 0 }]), reporter: this.reporter, info: this.info, clause: 'ORDER BY' });
    for (const o of items) {
      let index: number | undefined;
      if (o.expression.kind === 'numericLiteral' && o.expression.numberKind === 'integer') {
        const n = Number(o.expression.text);
        if (n < 1 || n > fields.length) this.reporter.report('invalid-ordinal', `Ordinal ${n} in ORDER BY is out of range: the query has ${fields.length} columns`, o.expression.range);
        else index = n - 1;
      } else {
        const x = binder.bind(o.expression);
        if (x.kind === 'input') index = x.index;
        else if (x.type.kind !== 'NULL') this.reporter.report('unsupported-order-by', 'ORDER BY of a set operation or VALUES takes output column names or ordinals', o.expression.range);
      }
      if (index !== undefined) keys.push({ index, descending: o.descending, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !o.descending });
    }
    return keys;
  }

  private values(rows: readonly Expression[], outer?: Scope): Planned {
    const binder = new ExprBinder({
      scope: Scope.empty(outer),
      reporter: this.reporter,
      info: this.info,
      clause: 'VALUES',
      subquery: (q, o) => this.query(q, o).fields,
      userFunction: (parts) => this.isUserFunction(parts),
      unsupported: (w) => this.unsupported(w),
    });
    const bound = rows.map((r) => (r.kind === 'constructor' && r.type === 'ROW' ? r.elements.map((x) => binder.bind(x)) : [binder.bind(r)]));
    const width = bound[0]?.length ?? 0;
    bound.forEach((r, i) => {
      if (r.length !== width) this.reporter.report('column-count-mismatch', `All rows of VALUES must have the same number of columns: row 1 has ${width}, row ${i + 1} has ${r.length}`, rows[i].range);
    });
    const fields: Field[] = [];
    const columns: Expr[][] = bound.map(() => []);
    for (let c = 0; c < width; c++) {
      const col = bound.map((r) => r[c] ?? E.lit(null, T.null()));
      const common = toCommonType(col);
      if (!common) {
        this.reporter.report('type-mismatch', `Column ${c + 1} of VALUES has no common type: ${col.map((x) => printType(x.type)).join(', ')}`, rows[0].range);
      }
      const type = common?.type ?? T.null();
      fields.push({ name: `EXPR$${c}`, type });
      col.forEach((x, r) => columns[r].push(common ? common.exprs[r] : x));
    }
    return { plan: { kind: 'values', rows: columns, fields }, fields };
  }

  private setOperation(b: Extract<QueryBody, { kind: 'setOperation' }>, outer?: Scope): Planned {
    const left = this.body(b.left, outer);
    const right = this.body(b.right, outer);
    const what = `${b.operator}${b.all ? ' ALL' : ''}`;
    if (left.fields.length !== right.fields.length && !left.opaque && !right.opaque) {
      this.reporter.report('column-count-mismatch', `Column count mismatch in ${what}: the left query has ${left.fields.length} columns, the right one ${right.fields.length}`, b.range);
      return left;
    }
    const fields: Field[] = [];
    const casts: [Expr[], Expr[]] = [[], []];
    left.fields.forEach((lf, i) => {
      const rf = right.fields[i];
      const l = E.input(i, lf.type, lf.name);
      const r = E.input(i, rf.type, rf.name);
      const common = toCommonType([l, r]);
      if (!common) {
        this.reporter.report('type-mismatch', `Type mismatch in ${what}: column ${i + 1} ('${lf.name}') is ${printType(lf.type)} on the left and ${printType(rf.type)} on the right`, b.range);
        casts[0].push(l);
        casts[1].push(r);
        fields.push(lf);
        return;
      }
      casts[0].push(common.exprs[0]);
      casts[1].push(common.exprs[1]);
      fields.push({ name: lf.name, type: withoutTimeAttribute(common.type) });
    });
    const inputs = [this.project(left, casts[0], fields), this.project(right, casts[1], fields)] as const;
    let plan: LogicalPlan;
    if (b.operator !== 'UNION') plan = { kind: 'setOp', op: b.operator, all: b.all, left: inputs[0], right: inputs[1], fields };
    else {
      plan = { kind: 'union', inputs, all: true, fields };
      // UNION (distinct): an aggregate over all columns of UNION ALL, as Flink plans it.
      if (!b.all) plan = { kind: 'aggregate', input: plan, groupKeys: fields.map((_, i) => i), aggs: [], fields };
    }
    return { plan, fields, ...(left.opaque || right.opaque ? { opaque: true } : {}) };
  }

  /** A Project unless it would be the identity. */
  project(input: Planned, exprs: readonly Expr[], fields: readonly Field[]): LogicalPlan {
    const identity = exprs.length === input.fields.length && exprs.every((x, i) => x.kind === 'input' && x.index === i) && fields.every((f, i) => f.name === input.fields[i].name);
    if (identity) return input.plan;
    const inner = input.plan;
    if (inner.kind === 'project') {
      // Project over Project: one Project.
      const merged = exprs.map((x) => substituteInputs(x, inner.exprs));
      return this.project({ plan: inner.input, fields: inner.input.fields }, merged, fields);
    }
    return { kind: 'project', input: input.plan, exprs, fields };
  }

  private dropTrailing(p: Planned, n: number): Planned {
    const fields = p.fields.slice(0, p.fields.length - n);
    return { plan: this.project(p, fields.map((f, i) => E.input(i, f.type, f.name)), fields), fields };
  }

  renameColumns(p: Planned, names: readonly string[], range: Range, what: string): Planned {
    if (names.length !== p.fields.length) {
      this.reporter.report('column-count-mismatch', `${what} declares ${names.length} column names but its query produces ${p.fields.length} columns`, range);
      return p;
    }
    const fields = p.fields.map((f, i) => ({ name: names[i], type: f.type }));
    return { plan: { kind: 'project', input: p.plan, exprs: p.fields.map((f, i) => E.input(i, f.type, f.name)), fields }, fields, ...(p.opaque ? { opaque: true } : {}) };
  }

  /** A table, view or CTE named in FROM (or TABLE t), with its alias applied. */
  namedRelation(
    name: ObjectName,
    alias: TableAlias | undefined,
    hints: readonly Hint[],
    _range: Range,
  ): { planned: Planned; relation: Omit<Relation, 'offset'> } | undefined {
    const parts = name.parts.map((p) => p.value);
    let planned: Planned | undefined;
    let relationName = parts[parts.length - 1];
    let table: ObjectPath | undefined;
    const cte = parts.length === 1 ? this.findCte(parts[0]) : undefined;
    if (cte) {
      planned = cte.planned;
      this.info.names.push({ kind: 'cte', range: name.range, name: cte.name, declaration: cte.declaration, fields: cte.planned.fields });
    } else {
      const r = resolveObject(this.view, parts, this.current);
      if (!r.ok) {
        const err = r.error;
        const at = err.part >= 0 && err.part < name.parts.length ? name.parts[err.part].range : name.range;
        const code =
          err.kind === 'unknown-object' ? 'unknown-table' : err.kind === 'unknown-database' ? 'unknown-database' : err.kind === 'unknown-catalog' ? 'unknown-catalog' : err.kind === 'unavailable' ? 'catalog-unavailable' : 'invalid-name';
        let suggestions = err.suggestions;
        if (err.kind === 'unknown-object' && parts.length === 1) suggestions = [...new Set([...this.cteNames().filter((c) => c.toLowerCase() === parts[0].toLowerCase()), ...suggestions])];
        this.reporter.report(code, err.message, at, err.part >= 0 ? Reporter.replacements(at, suggestions, quoteIdentifierIfNeeded) : undefined, err.kind === 'unavailable' ? 'warning' : 'error');
        if (err.kind === 'unavailable') this.reporter.errors++;
        return undefined;
      }
      table = r.value.path;
      this.info.names.push({ kind: 'table', range: name.range, path: r.value.path, object: r.value.object });
      planned = this.objectPlan(r.value.path, r.value.object, hints, name.range);
    }
    if (alias) {
      relationName = alias.name.value;
      if (alias.columns.length > 0) planned = this.renameColumns(planned, alias.columns.map((c) => c.value), alias.range, `Alias '${alias.name.value}'`);
      this.info.names.push({ kind: 'alias', range: alias.name.range, name: alias.name.value, declaration: alias.name.range, fields: planned.fields });
    }
    return {
      planned,
      relation: { name: relationName, fields: planned.fields, ...(table ? { table } : {}), ...(alias ? { declaration: alias.name.range } : {}) },
    };
  }

  private objectPlan(path: ObjectPath, object: CatalogObject, hints: readonly Hint[], range: Range): Planned {
    if (object.kind === 'table') {
      const scan = tableScan(path, object);
      const options = hints.filter((h) => h.name.toUpperCase() === 'OPTIONS').flatMap((h) => h.options);
      const withHints = options.length > 0 ? { ...scan, hintOptions: Object.fromEntries(options.map((o) => [o.key, o.value])) } : scan;
      return { plan: withHints, fields: scan.fields };
    }
    // A view: analyze its query in its own context (errors there are reported once, here).
    const key = `${path.catalog}.${path.database}.${path.name}`;
    const fields: Field[] = object.columns.map((c) => ({ name: c.name, type: c.type }));
    const fallback: Planned = { plan: { kind: 'values', rows: [], fields }, fields };
    if (this.viewsInProgress.has(key)) {
      this.reporter.report('recursive-view', `View '${path.name}' refers to itself`, range);
      return fallback;
    }
    const parsed = parseStatement(object.query);
    const stmt = parsed.statement;
    if (!stmt || stmt.kind !== 'queryStatement') {
      this.reporter.report('invalid-view', `View '${path.name}' does not parse: ${parsed.diagnostics[0]?.message ?? 'not a query'}`, range);
      return fallback;
    }
    const inner = new Reporter();
    const sub = new QueryAnalyzer(this.view, { catalog: path.catalog, database: path.database }, inner, { names: [], scopes: [] });
    sub.viewsInProgress.add(key);
    for (const k of this.viewsInProgress) sub.viewsInProgress.add(k);
    const planned = sub.query(stmt.query);
    if (inner.errors > 0) {
      this.reporter.report('invalid-view', `View '${path.name}' does not type-check: ${inner.diagnostics.find((d) => d.severity === 'error')?.message}`, range);
      return fallback;
    }
    this.unsupportedReasons.push(...sub.unsupportedReasons);
    if (planned.fields.length !== fields.length) return planned;
    return { plan: this.project(planned, planned.fields.map((f, i) => castTo(E.input(i, f.type, f.name), fields[i].type)), fields), fields };
  }
}
