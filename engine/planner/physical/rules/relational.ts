/** VALUES, UNION ALL and UNNEST: stateless nodes whose mode and rowtime follow their inputs; INTERSECT / EXCEPT. */
import { E, type Expr } from '../../../expr/expr';
import { compileScalar } from '../../../runtime/compile/compile';
import type { Row } from '../../../runtime/changelog';
import type { SetOperation, Union, Unnest, ValuesNode } from '../../logical/plan';
import { APPEND, mergeModes, retract } from '../changelog-mode';
import type { PhysicalPlan } from '../plan';
import { PlanError, type PlanContext } from '../planner-context';
import { identity } from '../rewrite';
import { calcOver } from './calc';

export function planValues(p: ValuesNode): PhysicalPlan {
  const rows: Row[] = p.rows.map((r) => r.map((e) => compileScalar(e)([])));
  return { op: 'values', fields: p.fields, mode: APPEND, rowtime: [], inputs: [], rows };
}

export function planUnion(p: Union, ctx: PlanContext): PhysicalPlan {
  if (!p.all) throw new PlanError('UNION (distinct) reached the planner without its aggregate; use UNION ALL');
  const inputs = p.inputs.map((i) => ctx.plan(i));
  const rowtime = inputs[0]!.rowtime.filter((r) => inputs.every((i) => i.rowtime.includes(r)));
  return { op: 'union', fields: p.fields, mode: mergeModes(inputs.map((i) => i.mode)), rowtime, inputs };
}

/** INTERSECT / EXCEPT [ALL]: counts per whole row on each side; rows come and go as the counts move. */
export function planSetOperation(p: SetOperation, ctx: PlanContext): PhysicalPlan {
  const inputs = [ctx.plan(p.left), ctx.plan(p.right)];
  return { op: 'setOp', fields: p.fields, mode: retract(true), rowtime: [], inputs, spec: { op: p.op, all: p.all } };
}

export function planUnnest(p: Unnest, ctx: PlanContext): PhysicalPlan {
  let input = ctx.plan(p.input);
  const n = p.input.fields.length;
  const t = p.expr.type;
  if (t.kind !== 'ARRAY' && t.kind !== 'MAP' && t.kind !== 'MULTISET') throw new PlanError(`UNNEST needs an ARRAY, MAP or MULTISET, not ${t.kind}`);
  let column: number;
  if (p.expr.kind === 'input') column = p.expr.index;
  else {
    // Compute the collection into an extra column, unnest it, then drop it again.
    column = n;
    const projection: Expr[] = [...identity(p.input.fields), p.expr];
    input = calcOver(input, { projection }, [...p.input.fields, { name: '$collection', type: t }], ctx);
  }
  const element = t.kind === 'MAP' ? undefined : t.element;
  const elementIsRow = element?.kind === 'ROW';
  const elementArity = t.kind === 'MAP' ? 2 : element?.kind === 'ROW' ? element.fields.length : 1;
  const added = p.fields.slice(n);
  const node: PhysicalPlan = {
    op: 'unnest',
    fields: column === n ? [...p.input.fields, { name: '$collection', type: t }, ...added] : p.fields,
    mode: input.mode,
    rowtime: input.rowtime,
    inputs: [input],
    spec: { column, collection: t.kind, elementIsRow, elementArity, left: p.outer, withOrdinality: p.withOrdinality },
  };
  if (column !== n) return node;
  const projection = p.fields.map((f, i) => E.input(i < n ? i : i + 1, f.type, f.name));
  return calcOver(node, { projection }, p.fields, ctx);
}
