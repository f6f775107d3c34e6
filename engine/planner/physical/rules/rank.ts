/**
 * ROW_NUMBER() under a filter on it: Top-N (Rank), window Top-N (WindowRank, when partitioned
 * by window_start and window_end) and, when only the first row per key on a time attribute is
 * kept and the number itself is not selected, Deduplicate (keep-first on ASC, keep-last on
 * DESC). Other OVER calls: OVER aggregation ordered by a time attribute.
 */
import type { Expr } from '../../../expr/expr';
import { hasAggregateFunction } from '../../../runtime/aggregates/registry';
import type { SortField } from '../../../runtime/row/compare';
import type { Filter, LogicalAggCall, Over, SortKey } from '../../logical/plan';
import { APPEND, isAppend, retract } from '../changelog-mode';
import type { PhysicalPlan } from '../plan';
import { fieldName, PlanError, requireTime, timeKindOf, type PlanContext } from '../planner-context';
import { and, conjuncts, identity } from '../rewrite';
import { calcOver } from './calc';

const RANKING = new Set(['ROW_NUMBER', 'RANK', 'DENSE_RANK', 'NTILE', 'PERCENT_RANK', 'CUME_DIST', 'LAG', 'LEAD']);

export function isRankingOver(p: Over): boolean {
  return p.calls.some((c) => RANKING.has(c.fn.toUpperCase()));
}

export function toAggCall(a: LogicalAggCall, args: readonly number[] = a.args, filterArg = a.filterArg) {
  if (!hasAggregateFunction(a.fn)) throw new PlanError(`aggregate function ${a.fn} is not supported by the engine yet`);
  return {
    fn: a.fn,
    args,
    distinct: a.distinct,
    ...(filterArg !== undefined ? { filterArg } : {}),
    type: a.type,
    ...(a.constants ? { constants: a.constants } : {}),
  };
}

export function sortFields(keys: readonly SortKey[]): SortField[] {
  return keys.map((k) => ({ index: k.index, descending: k.descending, nullsFirst: k.nullsFirst }));
}

/** Reads `rn <= 3`, `rn < 4`, `rn = 1`, `3 >= rn`, `rn > 1` as bounds on the rank column. */
function rankBound(c: Expr, rn: number): { upper?: number; lower?: number } | undefined {
  if (c.kind !== 'call' || c.operands.length !== 2) return undefined;
  let [a, b] = c.operands as [Expr, Expr];
  let op = c.op;
  if (a.kind === 'literal' && b.kind === 'input') {
    [a, b] = [b, a];
    op = ({ '<=': '>=', '<': '>', '>=': '<=', '>': '<', '=': '=' } as Record<string, string>)[op] ?? op;
  }
  if (a.kind !== 'input' || a.index !== rn || b.kind !== 'literal' || typeof b.value !== 'number') return undefined;
  const v = b.value;
  switch (op) {
    case '<=':
      return { upper: v };
    case '<':
      return { upper: v - 1 };
    case '=':
      return { upper: v, lower: v };
    case '>=':
      return { lower: v };
    case '>':
      return { lower: v + 1 };
    default:
      return undefined;
  }
}

export function planTopN(filter: Filter, over: Over, ctx: PlanContext): PhysicalPlan {
  const call = over.calls[0]!;
  const rankType = call.fn.toUpperCase();
  if (over.calls.length !== 1 || (rankType !== 'ROW_NUMBER' && rankType !== 'RANK' && rankType !== 'DENSE_RANK')) {
    throw new PlanError(`${call.fn}() over a window is only supported as ROW_NUMBER(), RANK() or DENSE_RANK() in a Top-N (WHERE rank <= N)`);
  }
  const rn = over.input.fields.length;
  let upper: number | undefined;
  let lower = 1;
  const rest: Expr[] = [];
  for (const c of conjuncts(filter.condition)) {
    const b = rankBound(c, rn);
    if (!b) {
      rest.push(c);
      continue;
    }
    if (b.upper !== undefined) upper = upper === undefined ? b.upper : Math.min(upper, b.upper);
    if (b.lower !== undefined) lower = Math.max(lower, b.lower);
  }
  if (rankType !== 'ROW_NUMBER' && ctx.options.mode !== 'batch') {
    throw new PlanError(`${rankType}() on streaming table is not supported currently (as in Flink): use ROW_NUMBER(), or run in batch mode`);
  }
  if (upper === undefined) throw new PlanError(`${rankType}() needs an upper bound in the WHERE clause (e.g. ${call.name} <= 10) to run as a Top-N`);
  const input = ctx.plan(over.input);
  const names = over.partitionKeys.map((k) => over.input.fields[k]!.name.toLowerCase());
  const ws = names.indexOf('window_start');
  const we = names.indexOf('window_end');
  let node: PhysicalPlan;
  if (ws >= 0 && we >= 0 && isAppend(input.mode)) {
    if (rankType !== 'ROW_NUMBER') throw new PlanError(`window Top-N supports ROW_NUMBER() only, not ${rankType}()`);
    if (lower > 1) throw new PlanError('window Top-N supports only an upper bound on the row number (rn <= N)');
    const first = over.orderBy[0];
    node = {
      op: 'windowRank',
      fields: over.fields,
      mode: APPEND,
      rowtime: input.rowtime,
      inputs: [input],
      spec: {
        windowEndColumn: over.partitionKeys[we]!,
        partitionKeys: over.partitionKeys.filter((_, i) => i !== ws && i !== we),
        orderBy: sortFields(over.orderBy),
        n: upper,
        outputRank: true,
        ...(first?.descending && timeKindOf(input, first.index, ctx.options) ? { latestWinsTies: true } : {}),
      },
    };
  } else {
    node = {
      op: 'rank',
      fields: over.fields,
      mode: retract(true),
      rowtime: [],
      inputs: [input],
      spec: {
        partitionKeys: over.partitionKeys,
        orderBy: sortFields(over.orderBy),
        n: upper,
        ...(lower > 1 ? { rankStart: lower } : {}),
        outputRank: true,
        inputRetracts: !isAppend(input.mode),
        ...(rankType !== 'ROW_NUMBER' ? { rankType: rankType as 'RANK' | 'DENSE_RANK' } : {}),
      },
    };
  }
  const cond = and(rest);
  return cond ? calcOver(node, { projection: identity(over.fields), filter: cond }, over.fields, ctx) : node;
}

/** The Top-N without its rank column; a first/last row per key on time becomes a Deduplicate. */
export function withoutRankColumn(p: PhysicalPlan, ctx: PlanContext): PhysicalPlan {
  const fields = p.fields.slice(0, -1);
  if (p.op === 'windowRank') return { ...p, fields, spec: { ...p.spec, outputRank: false } };
  if (p.op !== 'rank') return p;
  const input = p.inputs[0]!;
  const s = p.spec;
  const order = s.orderBy[0];
  if ((s.rankType ?? 'ROW_NUMBER') === 'ROW_NUMBER' && s.n === 1 && (s.rankStart ?? 1) === 1 && s.orderBy.length === 1 && order && isAppend(input.mode)) {
    const time = timeKindOf(input, order.index, ctx.options);
    if (time !== undefined) {
      const keepLast = order.descending === true;
      const keepFirstProctime = !keepLast && time === 'proctime';
      return {
        op: 'deduplicate',
        fields,
        mode: keepFirstProctime ? APPEND : retract(false, s.partitionKeys),
        rowtime: keepFirstProctime || (!keepLast && time === 'rowtime') ? input.rowtime : [],
        inputs: [input],
        spec: { keys: s.partitionKeys, keepLast, ...(time === 'rowtime' ? { rowtimeColumn: order.index } : {}) },
      };
    }
  }
  return { ...p, fields, spec: { ...s, outputRank: false } };
}

export function planOverAggregate(p: Over, ctx: PlanContext): PhysicalPlan {
  if (isRankingOver(p)) {
    const c = p.calls.find((x) => RANKING.has(x.fn.toUpperCase()))!;
    throw new PlanError(`${c.fn}() is only supported in a Top-N: ROW_NUMBER(), RANK() or DENSE_RANK() with a WHERE ${c.name} <= N on it`);
  }
  const input = ctx.plan(p.input);
  if (!isAppend(input.mode)) throw new PlanError("OVER aggregation doesn't support consuming update and delete changes");
  const order = p.orderBy[0];
  if (p.orderBy.length !== 1 || !order || order.descending) {
    throw new PlanError('OVER windows must be ordered by one time attribute, ascending (ORDER BY rowtime)');
  }
  const timeKind = requireTime(input, order.index, `OVER ordered by '${fieldName(input.fields, order.index)}'`, ctx.options);
  return {
    op: 'overAggregate',
    fields: p.fields,
    mode: APPEND,
    rowtime: input.rowtime,
    inputs: [input],
    aggNames: p.calls.map((c) => c.name),
    spec: {
      partitionKeys: p.partitionKeys,
      timeColumn: order.index,
      frame: p.frame ?? { unit: 'RANGE', preceding: null },
      aggs: p.calls.map((c) => toAggCall(c)),
      ...(timeKind === 'proctime' ? { timeKind } : {}),
    },
  };
}
