/**
 * Queries: WITH, set operations, SELECT, VALUES, table references (tables, subqueries, joins,
 * table functions and window TVFs, UNNEST, MATCH_RECOGNIZE), windows, ORDER BY/LIMIT/OFFSET/FETCH.
 */
import type { Expression, FunctionCall, IntervalLiteral } from './expression';
import type { Identifier, Node, ObjectName, Property } from './node';

/** `/*+ NAME(args) *\/`: arguments are either all `key = value` options or plain values. */
export interface Hint extends Node {
  readonly kind: 'hint';
  readonly name: string;
  readonly options: readonly Property[];
  readonly values: readonly string[];
}

export interface CommonTableExpression extends Node {
  readonly kind: 'cte';
  readonly name: Identifier;
  readonly columns: readonly Identifier[];
  readonly query: Query;
}

export interface Query extends Node {
  readonly kind: 'query';
  readonly with: readonly CommonTableExpression[];
  readonly body: QueryBody;
  readonly orderBy: readonly OrderItem[];
  /** LIMIT n (undefined for LIMIT ALL or none). */
  readonly limit?: Expression;
  readonly offset?: Expression;
  /** FETCH FIRST n ROWS ONLY (n defaults to 1 when omitted). */
  readonly fetch?: Expression;
}

export type QueryBody = Select | SetOperation | Values | TableQuery | Query;

export interface SetOperation extends Node {
  readonly kind: 'setOperation';
  readonly operator: 'UNION' | 'EXCEPT' | 'INTERSECT';
  readonly all: boolean;
  readonly left: QueryBody;
  readonly right: QueryBody;
}

export interface Values extends Node {
  readonly kind: 'values';
  readonly rows: readonly Expression[];
}

/** `TABLE t` as a query. */
export interface TableQuery extends Node {
  readonly kind: 'tableQuery';
  readonly table: ObjectName;
}

export interface Select extends Node {
  readonly kind: 'select';
  readonly hints: readonly Hint[];
  readonly distinct: boolean;
  readonly items: readonly SelectItem[];
  readonly from?: TableRef;
  readonly where?: Expression;
  readonly groupBy: readonly GroupingElement[];
  readonly having?: Expression;
  readonly windows: readonly NamedWindow[];
}

export type SelectItem = SelectStar | SelectExpression;

/** `*` or `t.*`. */
export interface SelectStar extends Node {
  readonly kind: 'selectStar';
  readonly qualifier?: ObjectName;
}

export interface SelectExpression extends Node {
  readonly kind: 'selectExpression';
  readonly expression: Expression;
  readonly alias?: Identifier;
}

export type GroupingElement = GroupExpression | GroupingSets | GroupingRollup | EmptyGroup;

export interface GroupExpression extends Node {
  readonly kind: 'groupExpression';
  readonly expression: Expression;
}

export interface GroupingSets extends Node {
  readonly kind: 'groupingSets';
  readonly sets: readonly GroupingElement[];
}

export interface GroupingRollup extends Node {
  readonly kind: 'rollup' | 'cube';
  readonly expressions: readonly Expression[];
}

export interface EmptyGroup extends Node {
  readonly kind: 'emptyGroup';
}

export interface NamedWindow extends Node {
  readonly kind: 'namedWindow';
  readonly name: Identifier;
  readonly spec: WindowSpec;
}

export interface WindowSpec extends Node {
  readonly kind: 'windowSpec';
  /** OVER w, or (w PARTITION BY ...) refining a named window. */
  readonly base?: Identifier;
  readonly partitionBy: readonly Expression[];
  readonly orderBy: readonly OrderItem[];
  readonly frame?: WindowFrame;
}

export interface WindowFrame extends Node {
  readonly kind: 'windowFrame';
  readonly units: 'ROWS' | 'RANGE';
  readonly lower: FrameBound;
  /** Present for BETWEEN ... AND ...; a single bound means "... AND CURRENT ROW". */
  readonly upper?: FrameBound;
}

export type FrameBound =
  | (Node & { readonly kind: 'unboundedPreceding' | 'unboundedFollowing' | 'currentRow' })
  | (Node & { readonly kind: 'preceding' | 'following'; readonly offset: Expression });

export interface OrderItem extends Node {
  readonly kind: 'orderItem';
  readonly expression: Expression;
  readonly descending: boolean;
  readonly nulls?: 'FIRST' | 'LAST';
}

export interface TableAlias extends Node {
  readonly kind: 'tableAlias';
  readonly name: Identifier;
  readonly columns: readonly Identifier[];
}

export type TableRef = NamedTable | SubqueryTable | TableFunction | Unnest | Join | MatchRecognize;

export interface NamedTable extends Node {
  readonly kind: 'namedTable';
  readonly name: ObjectName;
  readonly hints: readonly Hint[];
  /** FOR SYSTEM_TIME AS OF expr. */
  readonly systemTime?: Expression;
  readonly alias?: TableAlias;
}

export interface SubqueryTable extends Node {
  readonly kind: 'subqueryTable';
  readonly lateral: boolean;
  readonly query: Query;
  readonly alias?: TableAlias;
}

/** `[LATERAL] TABLE(f(...))`, a window TVF, or a process table function `f(...)` in FROM. */
export interface TableFunction extends Node {
  readonly kind: 'tableFunction';
  readonly lateral: boolean;
  /** Written as TABLE(...). */
  readonly tableWrapper: boolean;
  readonly call: FunctionCall;
  readonly alias?: TableAlias;
}

export interface Unnest extends Node {
  readonly kind: 'unnest';
  readonly expressions: readonly Expression[];
  readonly withOrdinality: boolean;
  readonly alias?: TableAlias;
}

export type JoinType = 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'CROSS' | 'COMMA';

export interface Join extends Node {
  readonly kind: 'join';
  readonly joinType: JoinType;
  readonly natural: boolean;
  readonly left: TableRef;
  readonly right: TableRef;
  readonly on?: Expression;
  readonly using: readonly Identifier[];
}

export interface Measure extends Node {
  readonly kind: 'measure';
  readonly expression: Expression;
  readonly alias: Identifier;
}

export type PatternNode =
  | (Node & { readonly kind: 'patternVariable'; readonly name: Identifier })
  | (Node & { readonly kind: 'patternAlternation'; readonly alternatives: readonly PatternNode[] })
  | (Node & { readonly kind: 'patternSequence'; readonly items: readonly PatternNode[] })
  | (Node & {
      readonly kind: 'patternQuantified';
      readonly pattern: PatternNode;
      readonly min: number;
      /** undefined = unbounded. */
      readonly max?: number;
      readonly reluctant: boolean;
    });

export interface MatchRecognize extends Node {
  readonly kind: 'matchRecognize';
  readonly input: TableRef;
  readonly partitionBy: readonly Expression[];
  readonly orderBy: readonly OrderItem[];
  readonly measures: readonly Measure[];
  readonly rowsPerMatch?: 'ONE ROW PER MATCH' | 'ALL ROWS PER MATCH';
  /** 'NEXT ROW', 'PAST LAST ROW', 'FIRST', 'LAST' or 'TO' (with skipTo). */
  readonly afterMatchSkip?: 'NEXT ROW' | 'PAST LAST ROW' | 'FIRST' | 'LAST' | 'TO';
  readonly skipTo?: Identifier;
  readonly pattern: PatternNode;
  readonly within?: IntervalLiteral;
  readonly subsets: readonly { readonly name: Identifier; readonly variables: readonly Identifier[] }[];
  readonly definitions: readonly { readonly name: Identifier; readonly condition: Expression }[];
  readonly alias?: TableAlias;
}
