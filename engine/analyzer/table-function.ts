/**
 * Table functions in FROM other than the window TVFs: `[LEFT JOIN] LATERAL TABLE(f(args)) [AS
 * t(a, b)]` (and `TABLE(f(args))` alone). Flink's built-in table functions are the window TVFs
 * (window-tvf.ts) and UNNEST (its own syntax, from.ts); everything else is a user-defined
 * function from CREATE FUNCTION ... AS 'class', whose types live in that class. Such a call
 * binds as a relation whose AS column list names its columns, typed as unknown (the NULL type,
 * which fits everywhere, so nothing cascades); without a column list the relation is opaque
 * (names in it are not checked). Its arguments are bound over the left side's columns (hover,
 * definition, their own errors). The statement has no plan: the engine refuses it saying the
 * function's implementation cannot run in Tideline. A name that is no function is "unknown
 * function" with did-you-mean over the user functions in scope; a built-in scalar or aggregate
 * function is not a table function.
 */
import type { TableRef } from '../sql';
import { E } from '../expr/expr';
import { qualify, suggestionsFor } from '../catalog/resolve';
import type { Field, LogicalPlan } from '../planner/logical/plan';
import { lookupFunction } from '../types/functions';
import { T } from '../types/logical-type';
import { ExprBinder } from './bind-expression';
import type { FromResult } from './from';
import type { Planned, QueryAnalyzer } from './query';
import { Reporter } from './reporter';
import { Scope, type Relation } from './scope';

type TableFunctionRef = Extract<TableRef, { kind: 'tableFunction' }>;

/** The user functions a table function name may have meant: the file's and the current database's. */
function userFunctionNames(qa: QueryAnalyzer): string[] {
  const here = qualify(['x'], qa.current);
  const db = here ? qa.view.catalogs.get(here.catalog)?.databases.get(here.database) : undefined;
  return [...qa.userFunctions.keys(), ...(db ? db.functions.keys() : [])];
}

/**
 * `left` joined with the table function call `ref` (LATERAL: its arguments read left's
 * columns); `outerJoin` for LEFT JOIN ... ON TRUE. Never undefined: a problem is reported and the
 * function's relation is opaque.
 */
export function tableFunctionJoin(qa: QueryAnalyzer, left: { planned: Planned; scope: Scope }, ref: TableFunctionRef, outerJoin: boolean): FromResult {
  const parts = ref.call.name.parts.map((p) => p.value);
  const name = parts.join('.');
  const nameRange = ref.call.name.range;
  const binder = new ExprBinder({
    scope: left.scope,
    reporter: qa.reporter,
    info: qa.info,
    clause: 'LATERAL TABLE',
    subquery: (q, o) => qa.query(q, o).fields,
    userFunction: (p) => qa.isUserFunction(p),
    unsupported: (w) => qa.unsupported(w),
  });
  const className = qa.userFunctionClass(parts);
  let known = false;
  if (className !== undefined) {
    binder.callArgs(ref.call);
    qa.info.names.push({ kind: 'function', range: nameRange, name, implementation: className });
    qa.unsupported(`the user-defined table function ${name}: its implementation, the Java class '${className}', cannot run in Tideline`);
    known = true;
  } else {
    const builtin = parts.length === 1 ? lookupFunction(parts[0]!) : undefined;
    if (builtin) {
      qa.reporter.report('not-a-table-function', `'${builtin.name}' is a ${builtin.kind === 'aggregate' ? 'aggregate' : 'scalar'} function, not a table function: LATERAL TABLE(...) calls a table function (UNNEST(array) expands a collection)`, nameRange);
    } else {
      const suggestions = suggestionsFor(name, userFunctionNames(qa));
      const dym = suggestions.length ? `, did you mean ${suggestions.slice(0, 2).map((s) => `'${s}'`).join(' or ')}?` : '';
      qa.reporter.report('unknown-function', `No match found for function '${name}'${dym}`, nameRange, Reporter.replacements(nameRange, suggestions));
    }
    // The arguments' own problems are reported; nothing about the function's output follows.
    binder.callArgs(ref.call);
  }
  const alias = ref.alias;
  const cols: Field[] = (alias?.columns ?? []).map((c) => ({ name: c.value, type: T.null() }));
  if (alias) qa.info.names.push({ kind: 'alias', range: alias.name.range, name: alias.name.value, declaration: alias.name.range, fields: cols });
  const relation: Relation = {
    ...(alias ? { name: alias.name.value, declaration: alias.name.range } : {}),
    fields: cols,
    offset: left.planned.fields.length,
    ...(cols.length === 0 || !known ? { opaque: true } : {}),
  };
  const fields = [...left.planned.fields, ...cols];
  // A stand-in plan (the statement is refused or in error, so it is never run).
  const right: LogicalPlan = { kind: 'values', rows: [], fields: cols };
  const plan: LogicalPlan = {
    kind: 'join',
    joinKind: outerJoin ? 'left' : 'inner',
    left: left.planned.plan,
    right,
    condition: E.lit(true, T.boolean(false)),
    equiKeys: [],
    fields,
  };
  return { planned: { plan, fields }, scope: new Scope([...left.scope.relations, relation], left.scope.parent, left.scope.opaque) };
}
