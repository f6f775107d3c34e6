/**
 * A filter over an inner join (`FROM a, b WHERE a.id = b.x AND a.k = 10`), as Flink's
 * FilterIntoJoinRule: conjuncts that read one side only become a filter on that side, the
 * others join the join's condition, so equalities between the sides key the join instead of a
 * cross product filtered afterwards. A logical rewrite with the same result; only
 * deterministic conjuncts move. Outer, temporal, semi, anti and mark joins are left as they are.
 */
import { E, inputsOf, walkExpr, type Expr } from '../../expr/expr';
import { lookupFunction } from '../../types/functions/registry';
import { T } from '../../types/logical-type';
import { equiKeys } from '../logical/equi-keys';
import type { Filter, Join, LogicalPlan } from '../logical/plan';
import { and, conjuncts, shift } from './rewrite';

function deterministic(e: Expr): boolean {
  let ok = true;
  walkExpr(e, (n) => {
    if (n.kind === 'call' && lookupFunction(n.op)?.deterministic === false) ok = false;
  });
  return ok;
}

/** The join with `f`'s condition moved into it and its inputs, or undefined when nothing moves. */
export function filterIntoJoin(f: Filter): LogicalPlan | undefined {
  const join = f.input;
  if (join.kind !== 'join' || join.joinKind !== 'inner' || join.temporal || join.mark) return undefined;
  const n = join.left.fields.length;
  const onLeft: Expr[] = [];
  const onRight: Expr[] = [];
  const onJoin: Expr[] = [];
  const stay: Expr[] = [];
  for (const c of conjuncts(f.condition)) {
    if (!deterministic(c)) {
      stay.push(c);
      continue;
    }
    const cols = [...inputsOf(c)];
    if (cols.length > 0 && cols.every((i) => i < n)) onLeft.push(c);
    else if (cols.length > 0 && cols.every((i) => i >= n)) onRight.push(shift(c, -n));
    else onJoin.push(c);
  }
  if (onLeft.length + onRight.length + onJoin.length === 0) return undefined;
  const filtered = (input: LogicalPlan, cs: Expr[]): LogicalPlan => {
    const condition = and(cs);
    return condition ? { kind: 'filter', input, condition, fields: input.fields } : input;
  };
  const condition = and([...conjuncts(join.condition), ...onJoin]) ?? E.lit(true, T.boolean(false));
  const moved: Join = {
    ...join,
    left: filtered(join.left, onLeft),
    right: filtered(join.right, onRight),
    condition,
    equiKeys: equiKeys(condition, n),
  };
  return filtered(moved, stay);
}
