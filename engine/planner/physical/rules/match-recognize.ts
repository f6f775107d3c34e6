/**
 * MATCH_RECOGNIZE (ONE ROW PER MATCH) on rowtime: the pattern text becomes a pattern tree
 * (variables, sequences, alternatives, quantified groups), DEFINE conditions stay IR over
 * [row ++ previous row ++ navigation rows], and MEASURES
 * (the analyzer writes them as FIRST/LAST/aggregate calls with the variable as a trailing
 * literal, or MATCH_ROWTIME()) become the operator's measures. What the operator cannot do
 * (measures computed from several calls) is refused with a reason.
 */
import type { Expr } from '../../../expr/expr';
import { hasAggregateFunction } from '../../../runtime/aggregates/registry';
import type { Measure } from '../../../runtime/operators/match-recognize';
import { compilePattern, parsePattern, PatternError, type PatternNode } from '../../../runtime/operators/match-pattern';
import type { MatchRecognize } from '../../logical/plan';
import { APPEND, isAppend } from '../changelog-mode';
import type { PhysicalPlan } from '../plan';
import { PlanError, requireTime, type PlanContext } from '../planner-context';

function patternOf(text: string): PatternNode {
  try {
    const p = parsePattern(text);
    compilePattern(p); // refuses what the operator would (a greedy last element)
    return p;
  } catch (e) {
    if (e instanceof PatternError) throw new PlanError(e.message);
    throw e;
  }
}

function measureOf(name: string, e: Expr): Measure {
  const fail = (): never => {
    throw new PlanError(`the measure ${name} is not supported yet: use FIRST/LAST(var.col), var.col, an aggregate over var.col, or MATCH_ROWTIME()`);
  };
  if (e.kind !== 'call') return fail();
  if (e.op === 'MATCH_ROWTIME') return { kind: 'match-rowtime' };
  const v = e.operands[e.operands.length - 1];
  if (!v || v.kind !== 'literal' || typeof v.value !== 'string') return fail();
  const variable = v.value === '' ? {} : { variable: v.value };
  const args = e.operands.slice(0, -1);
  if (e.op === 'FIRST' || e.op === 'LAST') {
    // FIRST/LAST(var.col [, offset]).
    const offset = args[1];
    if (args.length > 2 || args[0]?.kind !== 'input' || (offset && (offset.kind !== 'literal' || typeof offset.value !== 'number'))) return fail();
    const n = offset?.kind === 'literal' ? (offset.value as number) : 0;
    return { kind: e.op === 'FIRST' ? 'first' : 'last', ...variable, column: args[0].index, ...(n !== 0 ? { offset: n } : {}) };
  }
  if (args.some((a) => a.kind !== 'input')) return fail();
  const cols = args.map((a) => (a.kind === 'input' ? a.index : -1));
  if (!hasAggregateFunction(e.op)) return fail();
  return { kind: 'agg', ...variable, call: { fn: e.op, args: cols, type: e.type } };
}

export function planMatchRecognize(p: MatchRecognize, ctx: PlanContext): PhysicalPlan {
  const input = ctx.plan(p.input);
  if (!isAppend(input.mode)) throw new PlanError("MATCH_RECOGNIZE doesn't support consuming update and delete changes");
  const order = p.orderBy[0];
  if (!order || order.descending) throw new PlanError('MATCH_RECOGNIZE must be ordered by a time attribute, ascending');
  if (requireTime(input, order.index, 'MATCH_RECOGNIZE', ctx.options) !== 'rowtime') {
    throw new PlanError('MATCH_RECOGNIZE on processing time is not supported yet');
  }
  const after = p.afterMatch.replace(/^SKIP\s+/i, '').toUpperCase();
  const afterMatch = after === 'PAST LAST ROW' ? 'PAST LAST ROW' : after === 'NEXT ROW' || after === 'TO NEXT ROW' ? 'TO NEXT ROW' : undefined;
  if (!afterMatch) throw new PlanError(`AFTER MATCH SKIP ${p.afterMatch} is not supported yet`);
  const measures = p.measures.map((m) => measureOf(m.name, m.expr));
  const rowtime = measures.flatMap((m, i) => (m.kind === 'match-rowtime' ? [p.partitionKeys.length + i] : []));
  return {
    op: 'matchRecognize',
    fields: p.fields,
    mode: APPEND,
    rowtime,
    inputs: [input],
    measureNames: p.measures.map((m) => m.name),
    spec: {
      partitionKeys: p.partitionKeys,
      timeColumn: order.index,
      arity: p.input.fields.length,
      pattern: patternOf(p.pattern),
      define: Object.fromEntries(p.defines.map((d) => [d.variable, d.condition])),
      ...(p.navigations && p.navigations.length > 0 ? { navigations: p.navigations } : {}),
      measures,
      afterMatch,
      ...(p.withinMs !== undefined ? { withinMs: p.withinMs } : {}),
    },
  };
}
