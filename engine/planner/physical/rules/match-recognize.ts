/**
 * MATCH_RECOGNIZE (ONE ROW PER MATCH) on rowtime: the pattern text becomes a sequence of
 * quantified variables, DEFINE conditions stay IR over [row ++ previous row], and MEASURES
 * (the analyzer writes them as FIRST/LAST/aggregate calls with the variable as a trailing
 * literal, or MATCH_ROWTIME()) become the operator's measures. What the operator cannot do
 * (alternation, groups, measures computed from several calls) is refused with a reason.
 */
import type { Expr } from '../../../expr/expr';
import { hasAggregateFunction } from '../../../runtime/aggregates/registry';
import type { Measure, PatternElement } from '../../../runtime/operators/match-recognize';
import type { MatchRecognize } from '../../logical/plan';
import { APPEND, isAppend } from '../changelog-mode';
import type { PhysicalPlan } from '../plan';
import { PlanError, requireTime, type PlanContext } from '../planner-context';

function parsePattern(text: string): PatternElement[] {
  if (/[()|]/.test(text)) throw new PlanError(`MATCH_RECOGNIZE patterns with groups or alternatives are not supported yet: (${text})`);
  return text
    .trim()
    .split(/\s+/)
    .map((tok) => {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(\*|\+|\?|\{(\d*),(\d*)\}|\{(\d+)\})?(\?)?$/.exec(tok);
      if (!m) throw new PlanError(`cannot read the pattern element '${tok}'`);
      const [, variable, q, lo, hi, exact, lazy] = m;
      let min = 1;
      let max = 1;
      if (q === '*') [min, max] = [0, Infinity];
      else if (q === '+') [min, max] = [1, Infinity];
      else if (q === '?') [min, max] = [0, 1];
      else if (exact !== undefined) min = max = Number(exact);
      else if (q !== undefined) [min, max] = [lo ? Number(lo) : 0, hi ? Number(hi) : Infinity];
      return { variable: variable!, min, max, ...(lazy ? { reluctant: true } : {}) };
    });
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
  if (args.some((a) => a.kind !== 'input')) return fail();
  const cols = args.map((a) => (a.kind === 'input' ? a.index : -1));
  if (e.op === 'FIRST' || e.op === 'LAST') {
    if (cols.length !== 1) return fail();
    return { kind: e.op === 'FIRST' ? 'first' : 'last', ...variable, column: cols[0]! };
  }
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
      pattern: parsePattern(p.pattern),
      define: Object.fromEntries(p.defines.map((d) => [d.variable, d.condition])),
      measures,
      afterMatch,
      ...(p.withinMs !== undefined ? { withinMs: p.withinMs } : {}),
    },
  };
}
