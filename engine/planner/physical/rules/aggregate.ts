/**
 * GROUP BY. Grouping by window_start and window_end of a window table function (through any
 * projections and filters) is a window aggregate: insert-only, emitted when the watermark
 * passes the window end; the operator assigns windows itself from the time column, so the
 * calc below it reads the TVF's input. Any other GROUP BY is a group aggregate emitting
 * +I then -U/+U (and -D over retracting input), keyed by the group columns.
 */
import { E, type Expr } from '../../../expr/expr';
import type { AggCall } from '../../../runtime/aggregates/agg-function';
import type { WindowSpec } from '../../../runtime/operators/window-assigner';
import type { Aggregate, LogicalPlan, WindowTableFunction } from '../../logical/plan';
import { APPEND, isAppend, retract } from '../changelog-mode';
import type { CalcBody, PhysicalPlan } from '../plan';
import { PlanError, requireTime, type PlanContext } from '../planner-context';
import { pruneUnderJoin } from '../prune-join';
import { composeCalc, identity, reads } from '../rewrite';
import { calcOver } from './calc';
import { toAggCall } from './rank';

export function windowSpecOf(w: WindowTableFunction): WindowSpec {
  const need = (v: number | undefined, what: string): number => {
    if (v === undefined || !(v > 0)) throw new PlanError(`${w.window} needs a positive ${what}`);
    return v;
  };
  const offset = w.offsetMs ? { offsetMs: w.offsetMs } : {};
  switch (w.window) {
    case 'TUMBLE':
      return { kind: 'TUMBLE', sizeMs: need(w.sizeMs, 'size'), ...offset };
    case 'HOP':
      return { kind: 'HOP', sizeMs: need(w.sizeMs, 'size'), slideMs: need(w.slideMs, 'slide'), ...offset };
    case 'CUMULATE':
      return { kind: 'CUMULATE', maxSizeMs: need(w.sizeMs, 'max size'), stepMs: need(w.stepMs, 'step'), ...offset };
    case 'SESSION':
      return { kind: 'SESSION', gapMs: need(w.gapMs, 'gap') };
  }
}

/** Follows projections and filters down to a window TVF, composing them into one calc over its output. */
function overWindowTvf(p: LogicalPlan): { tvf: WindowTableFunction; calc: CalcBody } | undefined {
  let calc: CalcBody = { projection: identity(p.fields) };
  let node = p;
  for (;;) {
    if (node.kind === 'windowTvf') return { tvf: node, calc };
    if (node.kind === 'project') calc = composeCalc(calc, { projection: node.exprs });
    else if (node.kind === 'filter') calc = composeCalc(calc, { projection: identity(node.input.fields), filter: node.condition });
    else return undefined;
    node = node.input;
  }
}

export function planAggregate(p: Aggregate, ctx: PlanContext): PhysicalPlan {
  if (p.groupingSets) return planGroupingSets(p, ctx);
  const pruned = pruneUnderJoin(p);
  if (pruned !== p) return ctx.plan(pruned);
  const windowed = overWindowTvf(p.input);
  if (windowed) {
    const n = windowed.tvf.input.fields.length;
    const keyExprs = p.groupKeys.map((k) => windowed.calc.projection[k]!);
    const role = keyExprs.map((e) => (e.kind === 'input' && e.index >= n && e.index <= n + 2 ? e.index - n : -1));
    if (role.includes(0) && role.includes(1)) return planWindowAggregate(p, windowed.tvf, windowed.calc, role, ctx);
  }
  // Projection push-down: a scan under the aggregate reads only the columns it uses.
  let input = ctx.plan(p.input);
  let at = (i: number) => i;
  const used = [...new Set([...p.groupKeys, ...p.aggs.flatMap((a) => [...a.args, ...(a.filterArg === undefined ? [] : [a.filterArg])])])].sort((a, b) => a - b);
  if (input.op === 'scan' && input.mode.kind !== 'upsert' && used.length < input.fields.length) {
    const f = input.fields;
    input = calcOver(input, { projection: used.map((i) => E.input(i, f[i]!.type, f[i]!.name)) }, used.map((i) => f[i]!), ctx);
    at = (i) => used.indexOf(i);
  }
  return groupAggregate(p, input, p.groupKeys.map(at), ctx, at);
}

function groupAggregate(p: Aggregate, input: PhysicalPlan, groupKeys: readonly number[], ctx: PlanContext, at: (i: number) => number = (i) => i): PhysicalPlan {
  const o = ctx.options;
  const keyCount = groupKeys.length;
  return {
    op: 'groupAggregate',
    fields: [...groupKeys.map((k) => input.fields[k]!), ...p.fields.slice(p.groupKeys.length)],
    mode: retract(!isAppend(input.mode), keyCount > 0 ? groupKeys.map((_, i) => i) : []),
    rowtime: [],
    inputs: [input],
    aggNames: p.aggs.map((a) => a.name),
    spec: {
      groupKeys,
      aggs: p.aggs.map((a) => toAggCall(a, a.args.map(at), a.filterArg === undefined ? undefined : at(a.filterArg))),
      inputRetracts: !isAppend(input.mode),
      ...(o.stateTtlMs ? { stateTtlMs: o.stateTtlMs } : {}),
      ...(o.miniBatch ? { miniBatch: true } : {}),
      ...(o.mode === 'batch' && keyCount === 0 ? { emitEmptyGlobal: true } : {}),
    },
  };
}

/** GROUPING SETS / ROLLUP / CUBE: one group aggregate per set, keys outside the set NULL, unioned. */
function planGroupingSets(p: Aggregate, ctx: PlanContext): PhysicalPlan {
  const input = ctx.plan(p.input);
  const branches = p.groupingSets!.map((set) => {
    const keys = set.map((i) => p.groupKeys[i]!);
    const agg = groupAggregate(p, input, keys, ctx);
    const projection: Expr[] = p.groupKeys.map((k, i) => {
      const at = set.indexOf(i);
      const type = p.fields[i]!.type;
      return at >= 0 ? E.input(at, type) : E.lit(null, type);
    });
    p.aggs.forEach((a, j) => projection.push(E.input(set.length + j, a.type)));
    return calcOver(agg, { projection }, p.fields, ctx);
  });
  if (branches.length === 1) return branches[0]!;
  return { op: 'union', fields: p.fields, mode: retract(true), rowtime: [], inputs: branches };
}

function planWindowAggregate(p: Aggregate, tvf: WindowTableFunction, calc: CalcBody, role: readonly number[], ctx: PlanContext): PhysicalPlan {
  const n = tvf.input.fields.length;
  const windowCols = [n, n + 1, n + 2];
  const otherKeys = p.groupKeys.filter((_, i) => role[i] === -1);
  // The calc under the operator reads the TVF's input: it must not use the window columns.
  const projection: Expr[] = otherKeys.map((k) => calc.projection[k]!);
  const argAt = new Map<number, number>();
  const arg = (c: number): number => {
    let at = argAt.get(c);
    if (at === undefined) {
      at = projection.length;
      projection.push(calc.projection[c]!);
      argAt.set(c, at);
    }
    return at;
  };
  const aggs: AggCall[] = p.aggs.map((a) =>
    toAggCall(a, a.args.map(arg), a.filterArg === undefined ? undefined : arg(a.filterArg)),
  );
  const timeAt = projection.length;
  projection.push(E.input(tvf.timeColumn, tvf.input.fields[tvf.timeColumn]!.type));
  for (const c of windowCols) {
    if (reads([...projection, calc.filter], c)) {
      throw new PlanError('a window aggregate can only group by window_start, window_end and window_time as they are; other uses of them are not supported yet');
    }
  }
  const input = ctx.plan(tvf.input);
  const timeKind = requireTime(input, tvf.timeColumn, `${tvf.window} window`, ctx.options);
  const belowFields = projection.map((e, i) => {
    const name = i < otherKeys.length ? p.input.fields[otherKeys[i]!]!.name : e.kind === 'input' ? tvf.input.fields[e.index]!.name : `$f${i}`;
    return { name, type: e.type };
  });
  const below = calcOver(input, { projection, ...(calc.filter ? { filter: calc.filter } : {}) }, belowFields, ctx);
  const k = otherKeys.length;
  const aggFields = p.fields.filter((_, i) => i >= p.groupKeys.length);
  const wtype = (i: number) => tvf.fields[n + i]!;
  const out = [...belowFields.slice(0, k), ...aggFields, wtype(0), wtype(1), wtype(2)];
  const agg: PhysicalPlan = {
    op: 'windowAggregate',
    fields: out,
    mode: APPEND,
    rowtime: timeKind === 'rowtime' ? [k + aggs.length + 2] : [],
    inputs: [below],
    aggNames: p.aggs.map((a) => a.name),
    spec: {
      window: windowSpecOf(tvf),
      timeColumn: timeAt,
      groupKeys: otherKeys.map((_, i) => i),
      aggs,
      inputRetracts: !isAppend(below.mode),
      ...(timeKind === 'proctime' ? { timeKind } : {}),
    },
  };
  // Back to the aggregate's own layout: group keys in order, then the aggregates.
  let other = 0;
  const top: Expr[] = p.groupKeys.map((_, i) => {
    const r = role[i]!;
    const idx = r >= 0 ? k + aggs.length + r : other++;
    return E.input(idx, out[idx]!.type);
  });
  aggs.forEach((a, j) => top.push(E.input(k + j, a.type)));
  return calcOver(agg, { projection: top }, p.fields, ctx);
}

export function planWindowTvf(p: WindowTableFunction, ctx: PlanContext): PhysicalPlan {
  const input = ctx.plan(p.input);
  if (p.window === 'SESSION') throw new PlanError('SESSION windows are only supported under a GROUP BY window_start, window_end');
  const timeKind = requireTime(input, p.timeColumn, `${p.window} window`, ctx.options);
  const n = p.input.fields.length;
  return {
    op: 'windowTvf',
    fields: p.fields,
    mode: input.mode,
    rowtime: timeKind === 'rowtime' ? [...input.rowtime, n + 2] : input.rowtime,
    inputs: [input],
    window: windowSpecOf(p),
    timeColumn: p.timeColumn,
  };
}

