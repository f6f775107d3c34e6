/**
 * Joins. `FOR SYSTEM_TIME AS OF` a processing-time column: lookup join (lookup-join.ts);
 * against a versioned table (primary key + watermark): temporal join. Equal window_start and window_end on both sides: window join. Bounds between the two
 * sides' rowtimes in the condition: interval join (insert-only, state expires with the
 * watermark). Otherwise a regular join: insert-only for INNER over insert-only inputs; outer
 * joins and updating inputs produce retractions.
 */
import { E, type Expr } from '../../../expr/expr';
import type { Join } from '../../logical/plan';
import { APPEND, isAppend, retract } from '../changelog-mode';
import type { PhysicalPlan } from '../plan';
import { PlanError, timeKindOf, type PlanContext } from '../planner-context';
import { and, conjuncts, identity } from '../rewrite';
import { calcOver } from './calc';
import { planLookupJoin } from './lookup-join';

/** `x BETWEEN lo AND hi` as `x >= lo` and `x <= hi`, so time bounds are seen. */
function expandBetween(c: Expr): Expr[] {
  if (c.kind !== 'call' || c.operands.length !== 3 || (c.op !== 'BETWEEN' && c.op !== 'BETWEEN ASYMMETRIC')) return [c];
  const [x, lo, hi] = c.operands as [Expr, Expr, Expr];
  return [E.call('>=', c.type, x, lo), E.call('<=', c.type, x, hi)];
}

type RuntimeJoinType = 'INNER' | 'LEFT' | 'RIGHT' | 'FULL';

function isEquiConjunct(c: Expr, p: Join): boolean {
  if (c.kind !== 'call' || c.op !== '=' || c.operands.length !== 2) return false;
  const [a, b] = c.operands as [Expr, Expr];
  if (a.kind !== 'input' || b.kind !== 'input') return false;
  const n = p.left.fields.length;
  const [l, r] = a.index < n ? [a.index, b.index - n] : [b.index, a.index - n];
  return p.equiKeys.some((k) => k.left === l && k.right === r);
}

/** `col`, `col + INTERVAL`, `col - INTERVAL` as (column, offset ms). */
function timeTerm(e: Expr): { col: number; offset: number } | undefined {
  if (e.kind === 'input') return { col: e.index, offset: 0 };
  if (e.kind === 'call' && (e.op === '+' || e.op === '-') && e.operands.length === 2) {
    const [a, b] = e.operands as [Expr, Expr];
    if (a.kind === 'input' && b.kind === 'literal' && typeof b.value === 'number' && b.type.kind === 'INTERVAL_DAY_TIME') {
      return { col: a.index, offset: e.op === '+' ? b.value : -b.value };
    }
  }
  return undefined;
}

interface Bounds {
  lower?: number;
  upper?: number;
  leftTime?: number;
  rightTime?: number;
}

/** Folds `l.t >= r.t - X` style conjuncts into bounds on l.t - r.t; returns false when `c` is no such bound. */
function timeBound(c: Expr, n: number, isRowtime: (col: number) => boolean, b: Bounds): boolean {
  if (c.kind !== 'call' || c.operands.length !== 2 || !['<', '<=', '>', '>=', '='].includes(c.op)) return false;
  const x = timeTerm(c.operands[0]!);
  const y = timeTerm(c.operands[1]!);
  if (!x || !y || !isRowtime(x.col) || !isRowtime(y.col)) return false;
  let op = c.op;
  let [l, r] = [x, y];
  if (x.col >= n && y.col < n) {
    [l, r] = [y, x];
    op = ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' } as Record<string, string>)[op]!;
  } else if (!(x.col < n && y.col >= n)) return false;
  if ((b.leftTime !== undefined && b.leftTime !== l.col) || (b.rightTime !== undefined && b.rightTime !== r.col - n)) return false;
  b.leftTime = l.col;
  b.rightTime = r.col - n;
  // l.t + lo OP r.t + ro  <=>  l.t - r.t OP ro - lo
  const v = r.offset - l.offset;
  const lower = (w: number) => (b.lower = b.lower === undefined ? w : Math.max(b.lower, w));
  const upper = (w: number) => (b.upper = b.upper === undefined ? w : Math.min(b.upper, w));
  if (op === '>=') lower(v);
  else if (op === '>') lower(v + 1);
  else if (op === '<=') upper(v);
  else if (op === '<') upper(v - 1);
  else {
    lower(v);
    upper(v);
  }
  return true;
}

export function planJoin(p: Join, ctx: PlanContext): PhysicalPlan {
  const left = ctx.plan(p.left);
  const right = ctx.plan(p.right);
  const n = p.left.fields.length;
  const m = p.right.fields.length;
  const leftKeys = p.equiKeys.map((k) => k.left);
  const rightKeys = p.equiKeys.map((k) => k.right);
  const residual = conjuncts(p.condition).flatMap(expandBetween).filter((c) => !isEquiConjunct(c, p));
  if (p.joinKind === 'semi' || p.joinKind === 'anti' || p.joinKind === 'mark') return semiAntiJoin(p, left, right, residual, ctx);
  const type = p.joinKind.toUpperCase() as RuntimeJoinType;

  if (p.temporal) {
    if (type !== 'INNER' && type !== 'LEFT') throw new PlanError('temporal joins are INNER or LEFT joins');
    if (timeKindOf(left, p.temporal.leftTime, ctx.options) === 'proctime') return planLookupJoin(p, left, right, residual, type);
    const rightTime = right.rowtime[0];
    if (rightTime === undefined) {
      throw new PlanError(`the versioned table of a temporal join needs a primary key and a WATERMARK (or join FOR SYSTEM_TIME AS OF a PROCTIME() column for a lookup join)`);
    }
    if (p.equiKeys.length === 0) throw new PlanError('a temporal join needs an equality on the versioned table\'s primary key');
    const node: PhysicalPlan = {
      op: 'temporalJoin',
      fields: p.fields,
      mode: APPEND,
      rowtime: left.rowtime,
      inputs: [left, right],
      spec: { type, leftKeys, rightKeys, leftTime: p.temporal.leftTime, rightTime, rightArity: m },
    };
    const cond = and(residual);
    return cond ? calcOver(node, { projection: identity(p.fields), filter: cond }, p.fields, ctx) : node;
  }

  const names = (fs: typeof p.left.fields) => fs.map((f) => f.name.toLowerCase());
  const ln = names(p.left.fields);
  const rn = names(p.right.fields);
  const pair = (name: string) => p.equiKeys.findIndex((k) => ln[k.left] === name && rn[k.right] === name);
  const ws = pair('window_start');
  const we = pair('window_end');
  if (ws >= 0 && we >= 0 && isAppend(left.mode) && isAppend(right.mode)) {
    const keep = (_: unknown, i: number) => i !== ws && i !== we;
    const cond = and(residual);
    return {
      op: 'windowJoin',
      fields: p.fields,
      mode: APPEND,
      rowtime: [...left.rowtime, ...right.rowtime.map((r) => r + n)],
      inputs: [left, right],
      spec: {
        type,
        leftKeys: leftKeys.filter(keep),
        rightKeys: rightKeys.filter(keep),
        leftWindowEnd: p.equiKeys[we]!.left,
        rightWindowEnd: p.equiKeys[we]!.right,
        leftArity: n,
        rightArity: m,
        ...(cond ? { condition: cond } : {}),
      },
    };
  }

  const isRowtime = (col: number) => (col < n ? left.rowtime.includes(col) : right.rowtime.includes(col - n));
  const bounds: Bounds = {};
  const rest = residual.filter((c) => !timeBound(c, n, isRowtime, bounds));
  if (bounds.lower !== undefined && bounds.upper !== undefined && isAppend(left.mode) && isAppend(right.mode)) {
    const cond = and(rest);
    return {
      op: 'intervalJoin',
      fields: p.fields,
      mode: APPEND,
      rowtime: [...left.rowtime, ...right.rowtime.map((r) => r + n)],
      inputs: [left, right],
      spec: {
        type,
        leftKeys,
        rightKeys,
        leftTime: bounds.leftTime!,
        rightTime: bounds.rightTime!,
        lowerMs: bounds.lower,
        upperMs: bounds.upper,
        leftArity: n,
        rightArity: m,
        ...(cond ? { condition: cond } : {}),
      },
    };
  }

  const cond = and(residual);
  const appendOnly = type === 'INNER' && isAppend(left.mode) && isAppend(right.mode);
  return {
    op: 'join',
    fields: p.fields,
    mode: appendOnly ? APPEND : retract(true),
    rowtime: [],
    inputs: [left, right],
    spec: {
      type,
      leftKeys,
      rightKeys,
      leftArity: n,
      rightArity: m,
      ...(cond ? { condition: cond } : {}),
      ...(ctx.options.stateTtlMs ? { stateTtlMs: ctx.options.stateTtlMs } : {}),
    },
  };
}


/**
 * IN / EXISTS (semi) and NOT IN / NOT EXISTS (anti), decorrelated into a join of the outer
 * query with the subquery: left rows only, emitted while they have (semi) or lack (anti) a
 * matching right row. Equalities give the state keys; any other conjunct (a residual
 * correlated predicate, NOT IN's null-aware test) is the join's condition. A semi join over
 * insert-only inputs only inserts; otherwise right-side changes retract and restore left rows.
 * A mark join (IN / EXISTS used as a value) appends a BOOLEAN to every left row, which changes
 * as right rows come and go, so it always retracts.
 */
function semiAntiJoin(p: Join, left: PhysicalPlan, right: PhysicalPlan, residual: readonly Expr[], ctx: PlanContext): PhysicalPlan {
  const anti = p.joinKind === 'anti';
  const mark = p.joinKind === 'mark';
  const cond = and(residual);
  const appendOnly = !anti && !mark && isAppend(left.mode) && isAppend(right.mode);
  return {
    op: 'semiAntiJoin',
    fields: p.fields,
    mode: appendOnly ? APPEND : retract(true),
    rowtime: [],
    inputs: [left, right],
    spec: {
      anti,
      ...(mark ? { mark: p.mark ? { test: p.mark } : {} } : {}),
      leftKeys: p.equiKeys.map((k) => k.left),
      rightKeys: p.equiKeys.map((k) => k.right),
      leftArity: p.left.fields.length,
      ...(cond ? { condition: cond } : {}),
      ...(ctx.options.stateTtlMs ? { stateTtlMs: ctx.options.stateTtlMs } : {}),
    },
  };
}
