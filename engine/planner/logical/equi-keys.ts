/** The equality pairs of a join condition: what the join keys its state by. */
import type { Expr } from '../../expr/expr';

/** `l = r` conjuncts with one input ref on each side (left ones below `shift`); right indexes relative to the right input. */
export function equiKeys(condition: Expr, shift: number): { left: number; right: number }[] {
  const out: { left: number; right: number }[] = [];
  const visit = (e: Expr) => {
    if (e.kind !== 'call') return;
    if (e.op === 'AND') return e.operands.forEach(visit);
    if (e.op !== '=' || e.operands.length !== 2) return;
    const [a, b] = e.operands.map(stripCast);
    if (a.kind !== 'input' || b.kind !== 'input') return;
    if (a.index < shift && b.index >= shift) out.push({ left: a.index, right: b.index - shift });
    else if (b.index < shift && a.index >= shift) out.push({ left: b.index, right: a.index - shift });
  };
  visit(condition);
  return out;
}

function stripCast(e: Expr): Expr {
  return e.kind === 'cast' ? e.operand : e;
}
