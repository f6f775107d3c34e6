/**
 * What a keyed stage's subtask is built from: the physical node's operator and its Spec (plain
 * data: expression IR, aggregate calls, types). build-graph.ts builds in-process subtasks from it
 * and a worker thread (subtask-worker.ts) builds its subtask from the very same value after it
 * crossed by structured clone, so both run the same compiled operator.
 */
import { GroupAggregateOperator, type GroupAggregateSpec } from '../operators/group-aggregate';
import { JoinOperator, type JoinSpec } from '../operators/join';
import type { Operator } from '../operators/operator';
import { SemiAntiJoinOperator, type SemiAntiJoinSpec } from '../operators/semi-anti-join';

export type KeyedStageSpec =
  | { readonly op: 'groupAggregate'; readonly spec: GroupAggregateSpec }
  | { readonly op: 'join'; readonly spec: JoinSpec }
  | { readonly op: 'semiAntiJoin'; readonly spec: SemiAntiJoinSpec };

/** A fresh subtask of the stage. */
export function createStageOperator(s: KeyedStageSpec): Operator {
  switch (s.op) {
    case 'groupAggregate':
      return new GroupAggregateOperator(s.spec);
    case 'join':
      return new JoinOperator(s.spec);
    case 'semiAntiJoin':
      return new SemiAntiJoinOperator(s.spec);
  }
}

/**
 * Whether a watermark or processing time can make the stage emit rows (windows firing, timers,
 * proctime dedup). Not so for these: GROUP BY and regular / semi / anti joins only drop expired
 * state on processing time and ignore watermarks, so their subtasks on workers learn both with
 * their next request. A kind added here that emits on time must answer true: its subtasks then
 * get every watermark and processing time as requests of their own, in order.
 */
export function stageEmitsOnTime(s: KeyedStageSpec): boolean {
  switch (s.op) {
    case 'groupAggregate':
    case 'join':
    case 'semiAntiJoin':
      return false;
  }
}

/** The key columns of each input, as the stage keys its state (the exchange routes by them). */
export function stageKeys(s: KeyedStageSpec): ReadonlyArray<readonly number[]> {
  return s.op === 'groupAggregate' ? [s.spec.groupKeys] : [s.spec.leftKeys, s.spec.rightKeys];
}
