/**
 * Expressions. Function names are plain names (resolved by the analyzer); the few SQL forms
 * with their own syntax (CAST, EXTRACT, TRIM, CASE, ...) have their own nodes or, when they are
 * ordinary functions with odd argument syntax (POSITION, OVERLAY, SUBSTRING, FLOOR/CEIL ... TO),
 * become calls. Parentheses leave no node: the tree shape carries precedence.
 */
import type { DataType, IntervalQualifier, TimeUnit } from './data-type';
import type { Identifier, Node, ObjectName } from './node';
import type { OrderItem, Query, WindowSpec } from './query';

export interface NullLiteral extends Node {
  readonly kind: 'nullLiteral';
}

/** TRUE, FALSE or UNKNOWN (value null). */
export interface BooleanLiteral extends Node {
  readonly kind: 'booleanLiteral';
  readonly value: boolean | null;
}

export interface NumericLiteral extends Node {
  readonly kind: 'numericLiteral';
  /** The digits as written (no sign: `-1` is a unary minus). */
  readonly text: string;
  /** integer: 42; decimal: 4.2; approximate: 4.2E1. */
  readonly numberKind: 'integer' | 'decimal' | 'approximate';
}

export interface StringLiteral extends Node {
  readonly kind: 'stringLiteral';
  /** Unescaped, adjacent parts concatenated, U&'\0041' escapes decoded. */
  readonly value: string;
}

export interface BinaryLiteral extends Node {
  readonly kind: 'binaryLiteral';
  /** Hex digits, upper case, no spaces. */
  readonly hex: string;
}

/** DATE '2024-01-01', TIME '12:00:00', TIMESTAMP '2024-01-01 00:00:00'. */
export interface TypedLiteral extends Node {
  readonly kind: 'typedLiteral';
  readonly type: 'DATE' | 'TIME' | 'TIMESTAMP';
  readonly value: string;
}

export interface IntervalLiteral extends Node {
  readonly kind: 'intervalLiteral';
  /** The quoted value as written ('1 02:03', '5'), or the number's text. */
  readonly value: string;
  readonly negative: boolean;
  readonly qualifier: IntervalQualifier;
}

export type Literal =
  | NullLiteral
  | BooleanLiteral
  | NumericLiteral
  | StringLiteral
  | BinaryLiteral
  | TypedLiteral
  | IntervalLiteral;

/** A name in an expression: `a`, `t.a`, `t.a.field`. The analyzer decides what each part is. */
export interface ColumnRef extends Node {
  readonly kind: 'columnRef';
  readonly parts: readonly Identifier[];
}

export type UnaryOperator = '-' | '+' | 'NOT';
export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '||'
  | '='
  | '<>'
  | '<'
  | '<='
  | '>'
  | '>='
  | 'AND'
  | 'OR';
export type ComparisonOperator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export interface UnaryExpression extends Node {
  readonly kind: 'unary';
  readonly operator: UnaryOperator;
  readonly operand: Expression;
}

export interface BinaryExpression extends Node {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

/** `x IS [NOT] NULL|TRUE|FALSE|UNKNOWN`. */
export interface IsExpression extends Node {
  readonly kind: 'is';
  readonly negated: boolean;
  readonly test: 'NULL' | 'TRUE' | 'FALSE' | 'UNKNOWN';
  readonly operand: Expression;
}

/** `x IS [NOT] JSON [VALUE|SCALAR|ARRAY|OBJECT]`. */
export interface IsJson extends Node {
  readonly kind: 'isJson';
  readonly negated: boolean;
  readonly jsonType?: 'VALUE' | 'SCALAR' | 'ARRAY' | 'OBJECT';
  readonly operand: Expression;
}

export interface IsDistinctFrom extends Node {
  readonly kind: 'isDistinctFrom';
  readonly negated: boolean;
  readonly left: Expression;
  readonly right: Expression;
}

export interface Between extends Node {
  readonly kind: 'between';
  readonly negated: boolean;
  readonly symmetric: boolean;
  readonly operand: Expression;
  readonly low: Expression;
  readonly high: Expression;
}

export interface InList extends Node {
  readonly kind: 'inList';
  readonly negated: boolean;
  readonly operand: Expression;
  readonly list: readonly Expression[];
}

export interface InQuery extends Node {
  readonly kind: 'inQuery';
  readonly negated: boolean;
  readonly operand: Expression;
  readonly query: Query;
}

export interface Like extends Node {
  readonly kind: 'like';
  readonly operator: 'LIKE' | 'ILIKE' | 'SIMILAR TO';
  readonly negated: boolean;
  readonly operand: Expression;
  readonly pattern: Expression;
  readonly escape?: Expression;
}

/** `x > ALL (SELECT ...)`. */
export interface QuantifiedComparison extends Node {
  readonly kind: 'quantifiedComparison';
  readonly operator: ComparisonOperator;
  readonly quantifier: 'ALL' | 'ANY' | 'SOME';
  readonly operand: Expression;
  readonly query: Query;
}

export interface Exists extends Node {
  readonly kind: 'exists';
  readonly query: Query;
}

export interface ScalarSubquery extends Node {
  readonly kind: 'scalarSubquery';
  readonly query: Query;
}

export interface WhenClause extends Node {
  readonly kind: 'when';
  readonly condition: Expression;
  readonly result: Expression;
}

export interface CaseExpression extends Node {
  readonly kind: 'case';
  readonly operand?: Expression;
  readonly whens: readonly WhenClause[];
  readonly else?: Expression;
}

export interface Cast extends Node {
  readonly kind: 'cast';
  readonly tryCast: boolean;
  readonly operand: Expression;
  readonly type: DataType;
}

export interface Extract extends Node {
  readonly kind: 'extract';
  /** Upper case: YEAR, MONTH, DAY, ..., MILLISECOND, DOW, EPOCH, ... */
  readonly unit: string;
  readonly operand: Expression;
}

export interface Trim extends Node {
  readonly kind: 'trim';
  readonly mode: 'BOTH' | 'LEADING' | 'TRAILING';
  readonly characters?: Expression;
  readonly operand: Expression;
}

/** ARRAY[...], MAP[k, v, ...], MULTISET[...], ROW(...), (a, b) and ARRAY(SELECT ...). */
export interface Constructor extends Node {
  readonly kind: 'constructor';
  readonly type: 'ARRAY' | 'MAP' | 'MULTISET' | 'ROW';
  readonly elements: readonly Expression[];
  readonly query?: Query;
  /** `(a, b)` without the ROW keyword. */
  readonly implicit: boolean;
}

/** `TABLE t [PARTITION BY ...] [ORDER BY ...]` as a table-function argument. */
export interface TableArgument extends Node {
  readonly kind: 'tableArgument';
  readonly table: ObjectName;
  readonly partitionBy: readonly Expression[];
  readonly orderBy: readonly OrderItem[];
}

/** `DESCRIPTOR(ts)`. */
export interface DescriptorArgument extends Node {
  readonly kind: 'descriptor';
  readonly columns: readonly Identifier[];
}

/** `MODEL m` as a table-function argument (ML_PREDICT, ML_EVALUATE). */
export interface ModelArgument extends Node {
  readonly kind: 'modelArgument';
  readonly model: ObjectName;
}

/** A bare time unit as an argument: TIMESTAMPADD(DAY, 1, ts). */
export interface TimeUnitArgument extends Node {
  readonly kind: 'timeUnit';
  readonly unit: TimeUnit;
}

export interface CallArgument extends Node {
  readonly kind: 'argument';
  /** `name => value`. */
  readonly name?: Identifier;
  /** JSON_OBJECT's `[KEY] key VALUE value`: the key (the value is `value`). */
  readonly jsonKey?: Expression;
  readonly value: Expression | TableArgument | DescriptorArgument | ModelArgument | TimeUnitArgument;
}

/**
 * The clauses of the SQL/JSON functions: RETURNING type, NULL|ABSENT ON NULL,
 * <behavior> ON EMPTY / ON ERROR (DEFAULT carries its expression), and JSON_QUERY's wrapper.
 */
export type JsonClause =
  | (Node & { readonly kind: 'returning'; readonly type: DataType })
  | (Node & { readonly kind: 'onNull'; readonly behavior: 'NULL' | 'ABSENT' })
  | (Node & {
      readonly kind: 'onEmpty' | 'onError';
      readonly behavior: 'NULL' | 'ERROR' | 'EMPTY ARRAY' | 'EMPTY OBJECT' | 'DEFAULT' | 'TRUE' | 'FALSE' | 'UNKNOWN';
      readonly default?: Expression;
    })
  | (Node & { readonly kind: 'wrapper'; readonly behavior: 'WITHOUT' | 'WITH' | 'WITH CONDITIONAL' | 'WITH UNCONDITIONAL' });

export interface FunctionCall extends Node {
  readonly kind: 'call';
  readonly name: ObjectName;
  readonly args: readonly CallArgument[];
  /** COUNT(*). */
  readonly star: boolean;
  readonly distinct: boolean;
  /** FLOOR(ts TO HOUR), CEIL(ts TO DAY). */
  readonly toUnit?: TimeUnit;
  readonly nullTreatment?: 'IGNORE NULLS' | 'RESPECT NULLS';
  readonly withinGroup: readonly OrderItem[];
  readonly jsonClauses: readonly JsonClause[];
  /** CURRENT_TIMESTAMP, LOCALTIME, ...: written without parentheses. */
  readonly niladic?: boolean;
  readonly filter?: Expression;
  /** OVER w (a WindowSpec with only `base`) or OVER (...). */
  readonly over?: WindowSpec;
}

export interface FieldAccess extends Node {
  readonly kind: 'fieldAccess';
  readonly operand: Expression;
  readonly field: Identifier;
}

export interface ItemAccess extends Node {
  readonly kind: 'itemAccess';
  readonly operand: Expression;
  readonly index: Expression;
}

export type Expression =
  | Literal
  | ColumnRef
  | UnaryExpression
  | BinaryExpression
  | IsExpression
  | IsJson
  | IsDistinctFrom
  | Between
  | InList
  | InQuery
  | Like
  | QuantifiedComparison
  | Exists
  | ScalarSubquery
  | CaseExpression
  | Cast
  | Extract
  | Trim
  | Constructor
  | FunctionCall
  | FieldAccess
  | ItemAccess;
