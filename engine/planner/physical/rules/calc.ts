/**
 * Projections and filters: consecutive ones merge into one calc; a calc over a scan is pushed
 * into it; a filter over an inner join moves into the join and its inputs (filter-into-join.ts);
 * a calc that drops a Top-N's rank column turns the Top-N into one without it (and a
 * first/last row per key into a Deduplicate), as Flink's rules do.
 */
import type { Field, Filter, Project } from '../../logical/plan';
import { projectMode } from '../changelog-mode';
import type { CalcBody, PhysicalPlan } from '../plan';
import type { PlanContext } from '../planner-context';
import { filterIntoJoin } from '../filter-into-join';
import { pruneUnderJoin } from '../prune-join';
import { composeCalc, copiedColumns, identity, isIdentity, reads, substitute } from '../rewrite';
import { isRankingOver, planTopN, withoutRankColumn } from './rank';
import { fuseIntoScan } from './scan';

export function planProjectOrFilter(p: Project | Filter, ctx: PlanContext): PhysicalPlan {
  if (p.kind === 'filter' && p.input.kind === 'over' && isRankingOver(p.input)) return planTopN(p, p.input, ctx);
  const rewritten = p.kind === 'filter' ? (filterBelowCopies(p) ?? filterIntoJoin(p)) : undefined;
  if (rewritten) return ctx.plan(rewritten);
  if (p.kind === 'project') {
    const pruned = pruneUnderJoin(p);
    if (pruned !== p) return ctx.plan(pruned);
  }
  const input = ctx.plan(p.input);
  const body: CalcBody = p.kind === 'project' ? { projection: p.exprs } : { projection: identity(p.input.fields), filter: p.condition };
  return calcOver(input, body, p.fields, ctx);
}

/**
 * A filter on a ranking OVER seen through a projection that renames or reorders its columns
 * (`SELECT a.*, ROW_NUMBER() OVER (...) AS rn ...` under `WHERE rn <= 1`): the filter moves
 * below the projection, as Flink's FilterProjectTransposeRule does, so it sits on the OVER and
 * plans as a Top-N. Only when every column the filter reads is a plain copy.
 */
function filterBelowCopies(f: Filter): Project | undefined {
  const proj = f.input;
  if (proj.kind !== 'project' || proj.input.kind !== 'over' || !isRankingOver(proj.input)) return undefined;
  let copies = true;
  const condition = substitute(f.condition, (r) => {
    const e = proj.exprs[r.index]!;
    if (e.kind !== 'input') copies = false;
    return e;
  });
  if (!copies) return undefined;
  return { ...proj, input: { kind: 'filter', fields: proj.input.fields, input: proj.input, condition } };
}

/** A calc with `body` over an already planned input, merged, pushed down or pruned where it can. */
export function calcOver(planned: PhysicalPlan, calc: CalcBody, fields: readonly Field[], ctx: PlanContext): PhysicalPlan {
  let input = planned;
  let body = calc;
  if (input.op === 'calc') {
    body = composeCalc(body, input);
    input = input.inputs[0]!;
  }
  if ((input.op === 'rank' && input.spec.outputRank) || (input.op === 'windowRank' && input.spec.outputRank)) {
    const last = input.fields.length - 1;
    if (!reads([...body.projection, body.filter], last)) input = withoutRankColumn(input, ctx);
  }
  if (input.op === 'scan' && input.mode.kind !== 'upsert') return fuseIntoScan(input, body, fields);
  if (isIdentity(body, input.fields.length)) return { ...input, fields } as PhysicalPlan;
  const copied = copiedColumns(body.projection);
  const rowtime = input.rowtime.flatMap((r) => {
    const at = copied.indexOf(r);
    return at >= 0 ? [at] : [];
  });
  return {
    op: 'calc',
    fields,
    mode: projectMode(input.mode, copied, body.filter !== undefined),
    rowtime,
    inputs: [input],
    projection: body.projection,
    ...(body.filter ? { filter: body.filter } : {}),
  };
}
