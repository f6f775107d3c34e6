/**
 * Logical plan -> physical plan: picks the streaming operator for every node (the rules in
 * ./rules/), infers what each one emits (changelog-mode.ts) and which columns keep the rowtime
 * attribute. Throws PlanError when a query cannot run on the engine, saying why.
 */
import type { LogicalPlan } from '../logical/plan';
import type { PhysicalPlan } from './plan';
import { PlanError, type PlanContext, type PlannerOptions } from './planner-context';
import { planAggregate, planWindowTvf } from './rules/aggregate';
import { planProjectOrFilter } from './rules/calc';
import { planJoin } from './rules/join';
import { planMatchRecognize } from './rules/match-recognize';
import { planOverAggregate } from './rules/rank';
import { planSetOperation, planUnion, planUnnest, planValues } from './rules/relational';
import { planScan } from './rules/scan';
import { planSink } from './rules/sink';
import { planSort } from './rules/sort';

export function planPhysical(plan: LogicalPlan, options: PlannerOptions = { mode: 'streaming' }): PhysicalPlan {
  const ctx: PlanContext = {
    options,
    plan(node: LogicalPlan): PhysicalPlan {
      switch (node.kind) {
        case 'scan':
          return planScan(node, ctx);
        case 'values':
          return planValues(node);
        case 'project':
        case 'filter':
          return planProjectOrFilter(node, ctx);
        case 'aggregate':
          return planAggregate(node, ctx);
        case 'windowTvf':
          return planWindowTvf(node, ctx);
        case 'join':
          return planJoin(node, ctx);
        case 'unnest':
          return planUnnest(node, ctx);
        case 'union':
          return planUnion(node, ctx);
        case 'setOp':
          return planSetOperation(node, ctx);
        case 'sort':
          return planSort(node, ctx);
        case 'over':
          return planOverAggregate(node, ctx);
        case 'matchRecognize':
          return planMatchRecognize(node, ctx);
        case 'sink':
          return planSink(node, ctx);
      }
    },
  };
  return ctx.plan(plan);
}

export { PlanError, type PlannerOptions };
