/**
 * When a query is finished before its sources are: `SELECT ... LIMIT n` over an append-only
 * stream can never emit more than n rows and never changes one, so once n rows arrived the
 * statement is complete (as a serverless Flink service ends it), however unbounded its
 * sources. Projections above the limit keep the count; a filter above it would not, and an
 * updating limit (a rank over a changelog) may still retract, so neither ends early.
 */
import { isAppend } from '../planner/physical/changelog-mode';
import type { PhysicalPlan } from '../planner/physical/plan';

/** The number of rows after which the query's result is final, if there is one. */
export function finalRowCount(plan: PhysicalPlan): number | undefined {
  let p = plan;
  while (p.op === 'calc' && p.filter === undefined && p.inputs.length === 1) p = p.inputs[0]!;
  return p.op === 'limit' && isAppend(p.mode) ? p.limit : undefined;
}
