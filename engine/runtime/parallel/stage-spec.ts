/**
 * What a keyed stage's subtask is built from: the physical node's operator and its Spec (plain
 * data: expression IR, aggregate calls, types). build-graph.ts builds in-process subtasks from it
 * and a worker thread (subtask-worker.ts) builds its subtask from the very same value after it
 * crossed by structured clone, so both run the same compiled operator.
 */
import { DeduplicateOperator, type DeduplicateSpec } from '../operators/deduplicate';
import { GroupAggregateOperator, type GroupAggregateSpec } from '../operators/group-aggregate';
import { IntervalJoinOperator, type IntervalJoinSpec } from '../operators/interval-join';
import { JoinOperator, type JoinSpec } from '../operators/join';
import type { Operator } from '../operators/operator';
import { OverAggregateOperator, type OverAggregateSpec } from '../operators/over-aggregate';
import { RankOperator, type RankSpec } from '../operators/rank';
import { SemiAntiJoinOperator, type SemiAntiJoinSpec } from '../operators/semi-anti-join';
import { WindowAggregateOperator, type WindowAggregateSpec } from '../operators/window-aggregate';
import { WindowJoinOperator, type WindowJoinSpec } from '../operators/window-join';
import { WindowRankOperator, type WindowRankSpec } from '../operators/window-rank';

export type KeyedStageSpec =
  | { readonly op: 'groupAggregate'; readonly spec: GroupAggregateSpec }
  | { readonly op: 'join'; readonly spec: JoinSpec }
  | { readonly op: 'semiAntiJoin'; readonly spec: SemiAntiJoinSpec }
  | { readonly op: 'windowAggregate'; readonly spec: WindowAggregateSpec }
  | { readonly op: 'windowRank'; readonly spec: WindowRankSpec }
  | { readonly op: 'windowJoin'; readonly spec: WindowJoinSpec }
  | { readonly op: 'intervalJoin'; readonly spec: IntervalJoinSpec }
  | { readonly op: 'rank'; readonly spec: RankSpec }
  | { readonly op: 'deduplicate'; readonly spec: DeduplicateSpec }
  | { readonly op: 'overAggregate'; readonly spec: OverAggregateSpec };

/** A fresh subtask of the stage. */
export function createStageOperator(s: KeyedStageSpec): Operator {
  switch (s.op) {
    case 'groupAggregate':
      return new GroupAggregateOperator(s.spec);
    case 'join':
      return new JoinOperator(s.spec);
    case 'semiAntiJoin':
      return new SemiAntiJoinOperator(s.spec);
    case 'windowAggregate':
      return new WindowAggregateOperator(s.spec);
    case 'windowRank':
      return new WindowRankOperator(s.spec);
    case 'windowJoin':
      return new WindowJoinOperator(s.spec);
    case 'intervalJoin':
      return new IntervalJoinOperator(s.spec);
    case 'rank':
      return new RankOperator(s.spec);
    case 'deduplicate':
      return new DeduplicateOperator(s.spec);
    case 'overAggregate':
      return new OverAggregateOperator(s.spec);
  }
}

/**
 * Whether a watermark or processing time can make the stage emit rows (windows firing, timers,
 * proctime dedup). Not so for GROUP BY and regular / semi / anti joins: they only drop expired
 * state on processing time and ignore watermarks, so their subtasks on workers learn both with
 * their next request. The others fire windows, event-time timers (interval join padding, OVER
 * rows released in time order, rowtime Top-N / dedup) or processing-time windows on them, and
 * drop late rows by the watermark: their subtasks get every watermark and processing time as
 * requests of their own, in order, and rows sent with the processing time they arrived at.
 */
export function stageEmitsOnTime(s: KeyedStageSpec): boolean {
  switch (s.op) {
    case 'groupAggregate':
    case 'join':
    case 'semiAntiJoin':
      return false;
    case 'windowAggregate':
    case 'windowRank':
    case 'windowJoin':
    case 'intervalJoin':
    case 'rank':
    case 'deduplicate':
    case 'overAggregate':
      return true;
  }
}

/** The key columns of each input, as the stage keys its state (the exchange routes by them). */
export function stageKeys(s: KeyedStageSpec): ReadonlyArray<readonly number[]> {
  switch (s.op) {
    case 'groupAggregate':
    case 'windowAggregate':
      return [s.spec.groupKeys];
    case 'join':
    case 'semiAntiJoin':
    case 'windowJoin':
    case 'intervalJoin':
      return [s.spec.leftKeys, s.spec.rightKeys];
    case 'windowRank':
    case 'rank':
    case 'overAggregate':
      return [s.spec.partitionKeys];
    case 'deduplicate':
      return [s.spec.keys];
  }
}
