/**
 * The physical plan: streaming operators with what each one emits (changelog mode, upsert key)
 * and which of its output columns carry the rowtime attribute (so watermarks mean something
 * downstream). Nodes hold the runtime operators' own Specs (engine/runtime/operators), so
 * building the dataflow graph (build-graph.ts) is a plain walk; EXPLAIN prints this tree.
 */
import type { CatalogTable, ObjectPath } from '../../catalog/model';
import type { Expr } from '../../expr/expr';
import type { Row } from '../../runtime/changelog';
import type { ChangelogNormalizeSpec } from '../../runtime/operators/changelog-normalize';
import type { DeduplicateSpec } from '../../runtime/operators/deduplicate';
import type { GroupAggregateSpec } from '../../runtime/operators/group-aggregate';
import type { IntervalJoinSpec } from '../../runtime/operators/interval-join';
import type { JoinSpec } from '../../runtime/operators/join';
import type { MatchRecognizeSpec } from '../../runtime/operators/match-recognize';
import type { OverAggregateSpec } from '../../runtime/operators/over-aggregate';
import type { RankSpec } from '../../runtime/operators/rank';
import type { SemiAntiJoinSpec } from '../../runtime/operators/semi-anti-join';
import type { SetOperationSpec } from '../../runtime/operators/set-operation';
import type { SortSpec } from '../../runtime/operators/sort-limit';
import type { TemporalJoinSpec } from '../../runtime/operators/temporal-join';
import type { TemporalSortSpec } from '../../runtime/operators/temporal-sort';
import type { UnnestSpec } from '../../runtime/operators/unnest';
import type { WindowAggregateSpec } from '../../runtime/operators/window-aggregate';
import type { WindowSpec } from '../../runtime/operators/window-assigner';
import type { WindowJoinSpec } from '../../runtime/operators/window-join';
import type { WindowRankSpec } from '../../runtime/operators/window-rank';
import type { Field } from '../logical/plan';
import type { ChangelogMode } from './changelog-mode';

interface Base {
  readonly fields: readonly Field[];
  readonly mode: ChangelogMode;
  /** Output columns carrying the rowtime attribute (watermarks refer to them). */
  readonly rowtime: readonly number[];
  readonly inputs: readonly PhysicalPlan[];
}

/** Projection with an optional filter, over the input row. */
export interface CalcBody {
  readonly projection: readonly Expr[];
  readonly filter?: Expr;
}

export interface ScanNode extends Base {
  readonly op: 'scan';
  readonly path: ObjectPath;
  readonly table: CatalogTable;
  /** What the connector hands out: physical columns, then the metadata columns read. */
  readonly sourceFields: readonly Field[];
  /** Names of the metadata columns read (in sourceFields order after the physical ones). */
  readonly metadataColumns: readonly string[];
  /** Source row -> output row: computed columns, and any projection/filter pushed down. */
  readonly calc: CalcBody;
  /** Whether `calc` holds a pushed-down projection or filter (for EXPLAIN). */
  readonly pushedDown: boolean;
  /** Watermark over the source row: a column minus a delay, or a general expression. */
  readonly watermark?: { readonly column?: number; readonly delayMs?: number; readonly expr?: Expr; readonly text: string };
  readonly options: Readonly<Record<string, string>>;
  readonly idleTimeoutMs?: number;
}

/**
 * Lookup join: each row of the one input looks up the table by key when it arrives
 * (processing time); the table's rows go through `calc` (its computed columns, any
 * projection or filter on it) before they are joined.
 */
export interface LookupJoinNode extends Base {
  readonly op: 'lookupJoin';
  readonly type: 'INNER' | 'LEFT';
  readonly path: ObjectPath;
  readonly table: CatalogTable;
  readonly options: Readonly<Record<string, string>>;
  /** What the connector hands out: physical columns, then the metadata columns read. */
  readonly sourceFields: readonly Field[];
  readonly metadataColumns: readonly string[];
  /** Probe-row columns, and the physical columns of the table they must equal (pairwise). */
  readonly leftKeys: readonly number[];
  readonly lookupKeys: readonly number[];
  /** Source row -> the table's row as the join sees it. */
  readonly calc: CalcBody;
  /** Over probe row ++ the table's row. */
  readonly condition?: Expr;
}

export interface ValuesPhysical extends Base {
  readonly op: 'values';
  readonly rows: readonly Row[];
}

export interface CalcNode extends Base, CalcBody {
  readonly op: 'calc';
}

export interface SinkPhysical extends Base {
  readonly op: 'sink';
  readonly path: ObjectPath;
  readonly table: CatalogTable;
  /** The physical columns written, in table order; each is an expression over the input. */
  readonly calc: CalcBody;
}

export type PhysicalPlan =
  | ScanNode
  | ValuesPhysical
  | CalcNode
  | SinkPhysical
  | LookupJoinNode
  | (Base & { readonly op: 'changelogNormalize'; readonly spec: ChangelogNormalizeSpec })
  | (Base & { readonly op: 'groupAggregate'; readonly spec: GroupAggregateSpec; readonly aggNames: readonly string[] })
  | (Base & { readonly op: 'windowAggregate'; readonly spec: WindowAggregateSpec; readonly aggNames: readonly string[] })
  | (Base & { readonly op: 'windowTvf'; readonly window: WindowSpec; readonly timeColumn: number })
  | (Base & { readonly op: 'join'; readonly spec: JoinSpec })
  | (Base & { readonly op: 'semiAntiJoin'; readonly spec: SemiAntiJoinSpec })
  | (Base & { readonly op: 'intervalJoin'; readonly spec: IntervalJoinSpec })
  | (Base & { readonly op: 'temporalJoin'; readonly spec: TemporalJoinSpec })
  | (Base & { readonly op: 'windowJoin'; readonly spec: WindowJoinSpec })
  | (Base & { readonly op: 'rank'; readonly spec: RankSpec })
  | (Base & { readonly op: 'deduplicate'; readonly spec: DeduplicateSpec })
  | (Base & { readonly op: 'windowRank'; readonly spec: WindowRankSpec })
  | (Base & { readonly op: 'overAggregate'; readonly spec: OverAggregateSpec; readonly aggNames: readonly string[] })
  | (Base & { readonly op: 'matchRecognize'; readonly spec: MatchRecognizeSpec; readonly measureNames: readonly string[] })
  | (Base & { readonly op: 'unnest'; readonly spec: UnnestSpec })
  | (Base & { readonly op: 'union' })
  | (Base & { readonly op: 'setOp'; readonly spec: SetOperationSpec })
  | (Base & { readonly op: 'sort'; readonly spec: SortSpec })
  | (Base & { readonly op: 'temporalSort'; readonly spec: TemporalSortSpec })
  | (Base & { readonly op: 'limit'; readonly limit: number; readonly offset: number });

export type PhysicalOp = PhysicalPlan['op'];

/** Operators that need a watermark (event time) or processing time to make progress. */
export function timeOperator(p: PhysicalPlan): 'rowtime' | 'proctime' | undefined {
  switch (p.op) {
    case 'windowAggregate':
    case 'overAggregate':
      return p.spec.timeKind ?? 'rowtime';
    case 'intervalJoin':
    case 'temporalJoin':
    case 'windowJoin':
    case 'windowRank':
    case 'temporalSort':
    case 'matchRecognize':
      return 'rowtime';
    case 'deduplicate':
      return p.spec.rowtimeColumn === undefined ? 'proctime' : 'rowtime';
    default:
      return undefined;
  }
}
