/**
 * MATCH_RECOGNIZE in FROM -> a MatchRecognize plan node (ONE ROW PER MATCH). Conventions of the
 * bound expressions, for the physical planner:
 *
 * - DEFINE conditions are over [current row ++ previous row of the partition ++ navigation
 *   rows]: `price` and the defined variable's `B.price` are the current row's column,
 *   `PREV(price)` is input width + column; another variable's `A.price` (its last row so far)
 *   and FIRST/LAST(A.price [, k]) read navigation row i (plan.navigations[i]) at 2n + i*n + column.
 * - MEASURES FIRST/LAST(A.price, k) carry the offset k as a literal before the variable.
 * - MEASURES are calls over input columns with the pattern variable as a trailing VARCHAR
 *   literal ('' = the whole match): `FIRST(A.price)` -> FIRST(price, 'A'), `A.price` and
 *   `LAST(A.price)` -> LAST(price, 'A'), aggregates `SUM(A.price)` -> SUM(price, 'A');
 *   `MATCH_ROWTIME()` -> MATCH_ROWTIME() (keeps the rowtime attribute).
 * - Output: the partition keys, then the measures.
 */
import type { Expression, MatchRecognize as MatchAst, PatternNode } from '../sql';
import { E, type Expr } from '../expr/expr';
import type { Field, LogicalPlan, SortKey } from '../planner/logical/plan';
import { lookupFunction } from '../types/functions';
import { T, isTimeAttribute, withNullability } from '../types/logical-type';
import { ExprBinder, errorExpr, isExpression, walkAst, type BindHook } from './bind-expression';
import { substituteInputs } from './expr-key';
import { intervalValue } from './interval';
import type { QueryAnalyzer } from './query';
import { Scope, type Relation } from './scope';
import type { FromResult } from './from';

function patternText(p: PatternNode): string {
  switch (p.kind) {
    case 'patternVariable':
      return p.name.value;
    case 'patternSequence':
      return p.items.map(patternText).join(' ');
    case 'patternAlternation':
      return `(${p.alternatives.map(patternText).join(' | ')})`;
    case 'patternQuantified': {
      const inner = p.pattern.kind === 'patternVariable' ? patternText(p.pattern) : `(${patternText(p.pattern)})`;
      const max = p.max;
      const q = p.min === 0 && max === undefined ? '*' : p.min === 1 && max === undefined ? '+' : p.min === 0 && max === 1 ? '?' : `{${p.min},${max ?? ''}}`;
      return `${inner}${q}${p.reluctant ? '?' : ''}`;
    }
  }
}

/** Alternatives and quantified groups run here, but Flink 2.2's CEP refuses them: a warning says so. */
function warnFlinkUnsupported(p: PatternNode, reporter: QueryAnalyzer['reporter']): void {
  if (p.kind === 'patternAlternation') {
    reporter.report('flink-unsupported-pattern', "Flink does not run branching patterns (A | B) (\"CEP doesn't support branching patterns\"); the embedded engine does", p.range, undefined, 'warning');
    p.alternatives.forEach((a) => warnFlinkUnsupported(a, reporter));
  } else if (p.kind === 'patternQuantified') {
    if (p.pattern.kind !== 'patternVariable') {
      reporter.report('flink-unsupported-pattern', 'Flink does not run quantified groups such as (A B)+ ("Group patterns are not supported yet"); the embedded engine does', p.range, undefined, 'warning');
    }
    warnFlinkUnsupported(p.pattern, reporter);
  } else if (p.kind === 'patternSequence') p.items.forEach((i) => warnFlinkUnsupported(i, reporter));
}

function variablesOf(p: PatternNode, out: string[] = []): string[] {
  if (p.kind === 'patternVariable') {
    if (!out.includes(p.name.value)) out.push(p.name.value);
  } else if (p.kind === 'patternSequence') p.items.forEach((i) => variablesOf(i, out));
  else if (p.kind === 'patternAlternation') p.alternatives.forEach((i) => variablesOf(i, out));
  else variablesOf(p.pattern, out);
  return out;
}

export function analyzeMatchRecognize(qa: QueryAnalyzer, ref: MatchAst, input: FromResult, outer: Scope | undefined): FromResult | undefined {
  const reporter = qa.reporter;
  const inFields = input.planned.fields;
  const n = inFields.length;
  const plain = (scope: Scope, clause: string, hook?: BindHook) =>
    new ExprBinder({ scope, reporter, info: qa.info, clause, ...(hook ? { hook } : {}), unsupported: (w) => qa.unsupported(w) });
  if (ref.rowsPerMatch === 'ALL ROWS PER MATCH') qa.unsupported('ALL ROWS PER MATCH');

  const partitionKeys: number[] = [];
  for (const p of ref.partitionBy) {
    const x = plain(input.scope, 'PARTITION BY').bind(p);
    if (x.kind === 'input') partitionKeys.push(x.index);
    else if (x.type.kind !== 'NULL') reporter.report('invalid-partition', 'PARTITION BY of MATCH_RECOGNIZE takes column names', p.range);
  }
  const orderBy: SortKey[] = [];
  for (const o of ref.orderBy) {
    const x = plain(input.scope, 'ORDER BY').bind(o.expression);
    if (x.kind === 'input') orderBy.push({ index: x.index, descending: o.descending, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !o.descending });
  }
  const first = orderBy[0];
  if (!first || first.descending || !isTimeAttribute(inFields[first.index].type)) {
    reporter.report('match-order-by', 'MATCH_RECOGNIZE must be ordered by a time attribute (ascending) first', ref.orderBy[0]?.range ?? ref.range);
  }

  const variables = variablesOf(ref.pattern);
  warnFlinkUnsupported(ref.pattern, reporter);
  const allNames = new Set(inFields.map((f) => f.name));
  const varRelations: Relation[] = variables.map((v) => ({ name: v, fields: inFields, offset: 0, hiddenUnqualified: allNames }));
  const defineScope = new Scope([{ fields: inFields, offset: 0 }, ...varRelations], outer);

  const varOf = (e: Expression): string => {
    let v = '';
    walkAst(e, (x) => {
      if (x.kind === 'columnRef' && x.parts.length >= 2 && variables.includes(x.parts[0].value)) v = x.parts[0].value;
    });
    return v;
  };
  /** Literal offset argument of FIRST/LAST / PREV (0 when absent); undefined when not a literal. */
  const offsetOf = (e: Expression | undefined): number | undefined => {
    if (!e) return 0;
    if (e.kind === 'numericLiteral' && e.numberKind === 'integer') return Number(e.text);
    reporter.report('invalid-offset', 'The offset must be a non-negative integer literal', e.range);
    return undefined;
  };
  const navigations: { variable: string; last: boolean; offset: number }[] = [];
  /** `x` (over the current row's columns) read from navigation row (variable, last, offset). */
  const navigate = (x: Expr, variable: string, last: boolean, offset: number): Expr => {
    let k = navigations.findIndex((v) => v.variable === variable && v.last === last && v.offset === offset);
    if (k < 0) k = navigations.push({ variable, last, offset }) - 1;
    const base = 2 * n + k * n;
    return substituteInputs(x, inFields.map((f, i) => E.input(base + i, withNullability(f.type, true), `${last ? 'LAST' : 'FIRST'}(${variable}.${f.name}, ${offset})`)));
  };
  let defining = '';
  const defineHook: BindHook = (node, b) => {
    if (node.kind === 'columnRef' && node.parts.length >= 2 && variables.includes(node.parts[0].value) && node.parts[0].value !== defining) {
      // Another variable's column: its last row so far.
      return navigate(b.with({ hook: undefined }).bind(node), node.parts[0].value, true, 0);
    }
    if (node.kind !== 'call' || node.name.parts.length !== 1) return undefined;
    const name = node.name.parts[0].value.toUpperCase();
    if (name === 'PREV') {
      const args = node.args.map((a) => a.value).filter(isExpression);
      const offset = args[1];
      if (offset && !(offset.kind === 'numericLiteral' && offset.text === '1')) qa.unsupported('PREV with an offset other than 1');
      if (!args[0]) return errorExpr();
      const x = b.with({ hook: undefined }).bind(args[0]);
      return substituteInputs(x, inFields.map((f, i) => E.input(i + n, withNullability(f.type, true), `PREV(${f.name})`)));
    }
    if (name === 'FIRST' || name === 'LAST') {
      const args = node.args.map((a) => a.value).filter(isExpression);
      if (!args[0]) return errorExpr();
      const offset = offsetOf(args[1]);
      const x = b.with({ hook: undefined }).bind(args[0]);
      return offset === undefined ? errorExpr() : navigate(x, varOf(args[0]), name === 'LAST', offset);
    }
    if (name === 'NEXT') qa.unsupported('NEXT in DEFINE');
    return undefined;
  };
  const defines: { variable: string; condition: Expr }[] = [];
  for (const d of ref.definitions) {
    if (!variables.includes(d.name.value)) reporter.report('unknown-pattern-variable', `DEFINE names '${d.name.value}', which is not a variable of the PATTERN (${variables.join(', ')})`, d.name.range);
    defining = d.name.value;
    defines.push({ variable: d.name.value, condition: plain(defineScope, 'DEFINE', defineHook).bindCondition(d.condition, 'A DEFINE condition') });
  }

  const rowtime = first ? inFields[first.index].type : T.timestamp(3, false, 'rowtime');
  const measureHook: BindHook = (node, b) => {
    if (node.kind === 'columnRef' && node.parts.length >= 2 && variables.includes(node.parts[0].value)) {
      const x = b.with({ hook: undefined }).bind(node);
      return E.call('LAST', withNullability(x.type, true), x, E.lit(node.parts[0].value, T.string(false)));
    }
    if (node.kind !== 'call' || node.name.parts.length !== 1) return undefined;
    const name = node.name.parts[0].value.toUpperCase();
    if (name === 'MATCH_ROWTIME') return E.call('MATCH_ROWTIME', rowtime);
    const fn = lookupFunction(name);
    if (name === 'FIRST' || name === 'LAST' || fn?.kind === 'aggregate') {
      const arg = node.args.map((a) => a.value).filter(isExpression)[0];
      const x = arg ? b.with({ hook: undefined }).bind(arg) : undefined;
      const v = E.lit(arg ? varOf(arg) : '', T.string(false));
      if (name === 'FIRST' || name === 'LAST') {
        const offset = offsetOf(node.args.map((a) => a.value).filter(isExpression)[1]);
        if (!x || offset === undefined) return errorExpr();
        return E.call(name, withNullability(x.type, true), x, ...(offset !== 0 ? [E.lit(offset, T.int(false))] : []), v);
      }
      const typed = b.with({ hook: undefined }).callOp(fn!.name, x ? [x] : [], node.range, node.name.range);
      return E.call(fn!.name, typed.type, ...(x ? [x] : []), v);
    }
    return undefined;
  };
  const measures: { name: string; expr: Expr }[] = ref.measures.map((m) => ({ name: m.alias.value, expr: plain(defineScope, 'MEASURES', measureHook).bind(m.expression) }));

  let withinMs: number | undefined;
  if (ref.within) {
    const r = intervalValue(ref.within.value, ref.within.negative, ref.within.qualifier);
    if ('error' in r) reporter.report('invalid-literal', r.error, ref.within.range);
    else withinMs = r.value;
  }
  const fields: Field[] = [...partitionKeys.map((k) => inFields[k]), ...measures.map((m) => ({ name: m.name, type: m.expr.type }))];
  const plan: LogicalPlan = {
    kind: 'matchRecognize',
    input: input.planned.plan,
    partitionKeys,
    orderBy,
    pattern: patternText(ref.pattern),
    defines,
    ...(navigations.length > 0 ? { navigations } : {}),
    measures,
    afterMatch: ref.afterMatchSkip === 'TO' ? `TO ${ref.skipTo?.value ?? ''}` : (ref.afterMatchSkip ?? 'PAST LAST ROW'),
    ...(withinMs !== undefined ? { withinMs } : {}),
    fields,
  };
  const name = ref.alias?.name.value;
  if (ref.alias) qa.info.names.push({ kind: 'alias', range: ref.alias.name.range, name: ref.alias.name.value, declaration: ref.alias.name.range, fields });
  return { planned: { plan, fields }, scope: new Scope([{ ...(name !== undefined ? { name } : {}), fields, offset: 0 }], outer) };
}
