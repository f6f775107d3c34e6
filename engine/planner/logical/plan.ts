/**
 * The logical plan: what the analyzer produces for a query or an INSERT, and what the
 * physical planner turns into runtime operators. A tree of relational nodes; every node knows
 * its output row type (names + LogicalTypes, time attributes included) and every expression
 * is engine/expr IR over the node's input row (for Join: the concatenation left ++ right).
 *
 * What stays for the physical planner to recognize (as Flink's rules do): Top-N and
 * deduplication (an Over with ROW_NUMBER/RANK under a Filter on it), window aggregation
 * (an Aggregate grouping by window_start/window_end over a WindowTableFunction), interval
 * joins (time bounds in a join condition), changelog modes, watermark propagation, and
 * projection/filter push-down into scans.
 */
import type { Expr } from '../../expr/expr';
import type { CatalogTable, ObjectPath } from '../../catalog/model';
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';

export interface Field {
  readonly name: string;
  readonly type: LogicalType;
}

/** An aggregate call over input columns (see engine/runtime/aggregates: same names). */
export interface LogicalAggCall {
  /** Canonical name: COUNT, SUM, SUM0, AVG, MIN, MAX, FIRST_VALUE, LAST_VALUE, LISTAGG, COLLECT, ... */
  readonly fn: string;
  /** Input columns; empty for COUNT(*). */
  readonly args: readonly number[];
  readonly distinct: boolean;
  /** A BOOLEAN input column: FILTER (WHERE ...). */
  readonly filterArg?: number;
  /** Literal extra arguments (LISTAGG separator, ...). */
  readonly constants?: readonly Value[];
  readonly type: LogicalType;
  readonly name: string;
}

export interface SortKey {
  readonly index: number;
  readonly descending: boolean;
  /** Flink: NULLS FIRST for ASC, NULLS LAST for DESC unless written. */
  readonly nullsFirst: boolean;
}

export type WindowKind = 'TUMBLE' | 'HOP' | 'CUMULATE' | 'SESSION';

interface NodeBase {
  readonly fields: readonly Field[];
}

/** Reads a catalog table. `columns` are the table's columns as exposed (physical, computed, metadata). */
export interface TableScan extends NodeBase {
  readonly kind: 'scan';
  readonly path: ObjectPath;
  readonly table: CatalogTable;
  /** Computed columns, as expressions over the physical + metadata columns before them. */
  readonly computed: readonly { readonly index: number; readonly expr: Expr }[];
  /** The rowtime column and the watermark expression over the scan's row, when declared. */
  readonly watermark?: { readonly column: number; readonly expr: Expr; readonly delayMs?: number };
  /** Dynamic options from an `/*+ OPTIONS(...) *\/` hint, merged over the table's. */
  readonly hintOptions?: Readonly<Record<string, string>>;
}

export interface ValuesNode extends NodeBase {
  readonly kind: 'values';
  readonly rows: readonly (readonly Expr[])[];
}

export interface Project extends NodeBase {
  readonly kind: 'project';
  readonly input: LogicalPlan;
  readonly exprs: readonly Expr[];
}

export interface Filter extends NodeBase {
  readonly kind: 'filter';
  readonly input: LogicalPlan;
  readonly condition: Expr;
}

/** GROUP BY: output = group keys (in order) ++ aggregate results. */
export interface Aggregate extends NodeBase {
  readonly kind: 'aggregate';
  readonly input: LogicalPlan;
  readonly groupKeys: readonly number[];
  /** GROUPING SETS / ROLLUP / CUBE, as sets of indexes into groupKeys; absent for a plain GROUP BY. */
  readonly groupingSets?: readonly (readonly number[])[];
  readonly aggs: readonly LogicalAggCall[];
}

/** TUMBLE/HOP/CUMULATE/SESSION(TABLE t, DESCRIPTOR(col), ...): output = input ++ window_start, window_end, window_time. */
export interface WindowTableFunction extends NodeBase {
  readonly kind: 'windowTvf';
  readonly input: LogicalPlan;
  readonly window: WindowKind;
  readonly timeColumn: number;
  readonly sizeMs?: number;
  readonly slideMs?: number;
  readonly stepMs?: number;
  readonly gapMs?: number;
  readonly offsetMs?: number;
  /** SESSION ... PARTITION BY. */
  readonly partitionKeys: readonly number[];
}

/**
 * `mark`: an IN / EXISTS subquery used as a value; the output is left ++ one BOOLEAN column
 * (see engine/runtime/operators/semi-anti-join.ts for its three-valued rule).
 */
export type JoinKind = 'inner' | 'left' | 'right' | 'full' | 'semi' | 'anti' | 'mark';

export interface Join extends NodeBase {
  readonly kind: 'join';
  readonly joinKind: JoinKind;
  readonly left: LogicalPlan;
  readonly right: LogicalPlan;
  /** Over left ++ right; TRUE literal for a cross join. */
  readonly condition: Expr;
  /** Equality pairs found in the condition (left index, right index relative to right input). */
  readonly equiKeys: readonly { readonly left: number; readonly right: number }[];
  /** A mark join's IN comparison over left ++ right (three-valued); absent for EXISTS. */
  readonly mark?: Expr;
  /** `FOR SYSTEM_TIME AS OF left.col` on the right side: a temporal (versioned or lookup) join. */
  readonly temporal?: { readonly leftTime: number };
}

/** LATERAL table function / CROSS JOIN UNNEST(expr): output = input ++ function columns. */
export interface Unnest extends NodeBase {
  readonly kind: 'unnest';
  readonly input: LogicalPlan;
  readonly expr: Expr;
  readonly withOrdinality: boolean;
  readonly outer: boolean;
}

export interface Union extends NodeBase {
  readonly kind: 'union';
  readonly inputs: readonly LogicalPlan[];
  /** UNION (distinct) is planned as an aggregate over UNION ALL. */
  readonly all: boolean;
}

/** INTERSECT / EXCEPT [ALL] of two inputs of the same row type; rows compare as wholes, NULLs equal. */
export interface SetOperation extends NodeBase {
  readonly kind: 'setOp';
  readonly op: 'INTERSECT' | 'EXCEPT';
  readonly all: boolean;
  readonly left: LogicalPlan;
  readonly right: LogicalPlan;
}

export interface Sort extends NodeBase {
  readonly kind: 'sort';
  readonly input: LogicalPlan;
  readonly keys: readonly SortKey[];
  readonly limit?: number;
  readonly offset?: number;
}

/** OVER aggregates and ranking functions: output = input ++ one column per call. */
export interface Over extends NodeBase {
  readonly kind: 'over';
  readonly input: LogicalPlan;
  readonly partitionKeys: readonly number[];
  readonly orderBy: readonly SortKey[];
  /** ROWS/RANGE BETWEEN n PRECEDING (null = UNBOUNDED) AND CURRENT ROW; RANGE bounds in ms or rows. */
  readonly frame?: { readonly unit: 'ROWS' | 'RANGE'; readonly preceding: number | null };
  /** Aggregates (COUNT, SUM, ...) or ranking functions (ROW_NUMBER, RANK, DENSE_RANK, LAG, LEAD). */
  readonly calls: readonly LogicalAggCall[];
}

/**
 * ONE ROW PER MATCH; output = partition keys ++ measures. Expression conventions (see
 * engine/analyzer/match-recognize.ts): DEFINE conditions are over [current row ++ previous row]
 * (`PREV(col)` = input width + col); measures are FIRST/LAST/aggregate calls with the pattern
 * variable as a trailing VARCHAR literal ('' = whole match), or MATCH_ROWTIME().
 */
export interface MatchRecognize extends NodeBase {
  readonly kind: 'matchRecognize';
  readonly input: LogicalPlan;
  readonly partitionKeys: readonly number[];
  readonly orderBy: readonly SortKey[];
  /** The pattern as written (variables with quantifiers), parsed by the runtime operator. */
  readonly pattern: string;
  readonly defines: readonly { readonly variable: string; readonly condition: Expr }[];
  /**
   * Rows DEFINE conditions read besides the current and previous one, each n columns wide after
   * them (input width 2n + k*n for navigation k): `A.col` of another variable, FIRST/LAST(A.col, k)
   * (variable '' = the whole match).
   */
  readonly navigations?: readonly { readonly variable: string; readonly last: boolean; readonly offset: number }[];
  readonly measures: readonly { readonly name: string; readonly expr: Expr }[];
  readonly afterMatch: string;
  readonly withinMs?: number;
}

/** INSERT INTO target: `columns[i]` is the target column index written by input column i. */
export interface SinkNode extends NodeBase {
  readonly kind: 'sink';
  readonly input: LogicalPlan;
  readonly path: ObjectPath;
  readonly table: CatalogTable;
  readonly columns: readonly number[];
  readonly overwrite: boolean;
  /** Static partition values (INSERT ... PARTITION (k = v)). */
  readonly staticPartitions?: Readonly<Record<string, string>>;
}

export type LogicalPlan =
  | TableScan
  | ValuesNode
  | Project
  | Filter
  | Aggregate
  | WindowTableFunction
  | Join
  | Unnest
  | Union
  | SetOperation
  | Sort
  | Over
  | MatchRecognize
  | SinkNode;

export type LogicalPlanKind = LogicalPlan['kind'];

/** The direct inputs of a node, left to right. */
export function inputsOfPlan(p: LogicalPlan): readonly LogicalPlan[] {
  switch (p.kind) {
    case 'scan':
    case 'values':
      return [];
    case 'join':
    case 'setOp':
      return [p.left, p.right];
    case 'union':
      return p.inputs;
    default:
      return [p.input];
  }
}
