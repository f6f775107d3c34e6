/**
 * Flink's logical types, as data. One discriminated union, mirroring Flink's LogicalTypeRoot
 * (org.apache.flink.table.types.logical). Every type carries its nullability; parameters
 * follow Flink's defaults and bounds (VARCHAR(1..2147483647), DECIMAL(1..38, 0..p),
 * TIMESTAMP(0..9), ...).
 *
 * This file is the shared vocabulary of the analyzer, the planner, the runtime and the
 * connectors. Rules over types (casts, common types, printing, parsing) live in sibling files.
 */

export type TimeAttribute = 'rowtime' | 'proctime';

export type LogicalType =
  | { readonly kind: 'CHAR'; readonly nullable: boolean; readonly length: number }
  | { readonly kind: 'VARCHAR'; readonly nullable: boolean; readonly length: number }
  | { readonly kind: 'BOOLEAN'; readonly nullable: boolean }
  | { readonly kind: 'BINARY'; readonly nullable: boolean; readonly length: number }
  | { readonly kind: 'VARBINARY'; readonly nullable: boolean; readonly length: number }
  | { readonly kind: 'DECIMAL'; readonly nullable: boolean; readonly precision: number; readonly scale: number }
  | { readonly kind: 'TINYINT'; readonly nullable: boolean }
  | { readonly kind: 'SMALLINT'; readonly nullable: boolean }
  | { readonly kind: 'INTEGER'; readonly nullable: boolean }
  | { readonly kind: 'BIGINT'; readonly nullable: boolean }
  | { readonly kind: 'FLOAT'; readonly nullable: boolean }
  | { readonly kind: 'DOUBLE'; readonly nullable: boolean }
  | { readonly kind: 'DATE'; readonly nullable: boolean }
  | { readonly kind: 'TIME'; readonly nullable: boolean; readonly precision: number }
  | {
      readonly kind: 'TIMESTAMP';
      readonly nullable: boolean;
      readonly precision: number;
      /** Set when this column is a time attribute (event time or processing time). */
      readonly timeAttribute?: TimeAttribute;
    }
  | {
      readonly kind: 'TIMESTAMP_LTZ';
      readonly nullable: boolean;
      readonly precision: number;
      readonly timeAttribute?: TimeAttribute;
    }
  | {
      readonly kind: 'INTERVAL_YEAR_MONTH';
      readonly nullable: boolean;
      /** YEAR, YEAR TO MONTH or MONTH, with the year precision (1..4, default 2). */
      readonly resolution: 'YEAR' | 'YEAR_TO_MONTH' | 'MONTH';
      readonly yearPrecision: number;
    }
  | {
      readonly kind: 'INTERVAL_DAY_TIME';
      readonly nullable: boolean;
      readonly resolution:
        | 'DAY'
        | 'DAY_TO_HOUR'
        | 'DAY_TO_MINUTE'
        | 'DAY_TO_SECOND'
        | 'HOUR'
        | 'HOUR_TO_MINUTE'
        | 'HOUR_TO_SECOND'
        | 'MINUTE'
        | 'MINUTE_TO_SECOND'
        | 'SECOND';
      readonly dayPrecision: number;
      readonly fractionalPrecision: number;
    }
  | { readonly kind: 'ARRAY'; readonly nullable: boolean; readonly element: LogicalType }
  | { readonly kind: 'MULTISET'; readonly nullable: boolean; readonly element: LogicalType }
  | { readonly kind: 'MAP'; readonly nullable: boolean; readonly key: LogicalType; readonly value: LogicalType }
  | { readonly kind: 'ROW'; readonly nullable: boolean; readonly fields: readonly RowField[] }
  | { readonly kind: 'RAW'; readonly nullable: boolean; readonly className: string }
  | { readonly kind: 'VARIANT'; readonly nullable: boolean }
  /** The type of the NULL literal before it is cast: fits anywhere nullable. */
  | { readonly kind: 'NULL'; readonly nullable: true }
  /** A DESCRIPTOR(...) argument of a table function. */
  | { readonly kind: 'DESCRIPTOR'; readonly nullable: boolean; readonly columns: readonly string[] }
  /** A `TABLE t` argument of a table function. */
  | { readonly kind: 'TABLE_ARG'; readonly nullable: boolean; readonly fields: readonly RowField[] };

export interface RowField {
  readonly name: string;
  readonly type: LogicalType;
  readonly description?: string;
}

export type TypeKind = LogicalType['kind'];

/** Flink's defaults and bounds for type parameters. */
export const TYPE_LIMITS = {
  maxLength: 2147483647,
  maxDecimalPrecision: 38,
  defaultDecimalPrecision: 10,
  defaultDecimalScale: 0,
  maxTimestampPrecision: 9,
  defaultTimestampPrecision: 6,
  defaultTimePrecision: 0,
  defaultYearPrecision: 2,
  defaultDayPrecision: 2,
  defaultFractionalPrecision: 6,
} as const;

export const STRING_LENGTH = TYPE_LIMITS.maxLength;

/** Type families as Flink's LogicalTypeFamily groups them. */
export function isCharacterString(t: LogicalType): boolean {
  return t.kind === 'CHAR' || t.kind === 'VARCHAR';
}
export function isBinaryString(t: LogicalType): boolean {
  return t.kind === 'BINARY' || t.kind === 'VARBINARY';
}
export function isExactNumeric(t: LogicalType): boolean {
  return (
    t.kind === 'TINYINT' || t.kind === 'SMALLINT' || t.kind === 'INTEGER' || t.kind === 'BIGINT' || t.kind === 'DECIMAL'
  );
}
export function isIntegerNumeric(t: LogicalType): boolean {
  return t.kind === 'TINYINT' || t.kind === 'SMALLINT' || t.kind === 'INTEGER' || t.kind === 'BIGINT';
}
export function isApproximateNumeric(t: LogicalType): boolean {
  return t.kind === 'FLOAT' || t.kind === 'DOUBLE';
}
export function isNumeric(t: LogicalType): boolean {
  return isExactNumeric(t) || isApproximateNumeric(t);
}
export function isTimestamp(t: LogicalType): boolean {
  return t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ';
}
export function isDatetime(t: LogicalType): boolean {
  return t.kind === 'DATE' || t.kind === 'TIME' || isTimestamp(t);
}
export function isInterval(t: LogicalType): boolean {
  return t.kind === 'INTERVAL_YEAR_MONTH' || t.kind === 'INTERVAL_DAY_TIME';
}
export function isConstructed(t: LogicalType): boolean {
  return t.kind === 'ARRAY' || t.kind === 'MULTISET' || t.kind === 'MAP' || t.kind === 'ROW';
}
/** The types a constructed type is made of, in order: element; key, value; field types. Empty for other types. */
export function childTypes(t: LogicalType): readonly LogicalType[] {
  switch (t.kind) {
    case 'ARRAY':
    case 'MULTISET':
      return [t.element];
    case 'MAP':
      return [t.key, t.value];
    case 'ROW':
      return t.fields.map((f) => f.type);
    default:
      return [];
  }
}
export function isTimeAttribute(t: LogicalType): t is Extract<LogicalType, { kind: 'TIMESTAMP' | 'TIMESTAMP_LTZ' }> & {
  timeAttribute: TimeAttribute;
} {
  return (t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') && t.timeAttribute !== undefined;
}

/** The same type with another nullability. */
export function withNullability<T extends LogicalType>(t: T, nullable: boolean): T {
  if (t.kind === 'NULL' || t.nullable === nullable) return t;
  return { ...t, nullable } as T;
}

/** Drops a time-attribute marker (a time attribute used in an expression becomes a plain timestamp). */
export function withoutTimeAttribute(t: LogicalType): LogicalType {
  if ((t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') && t.timeAttribute !== undefined) {
    const { timeAttribute: _drop, ...rest } = t;
    return rest as LogicalType;
  }
  return t;
}

/** Constructors for the common cases; parameters default as in Flink. */
export const T = {
  boolean: (nullable = true): LogicalType => ({ kind: 'BOOLEAN', nullable }),
  tinyint: (nullable = true): LogicalType => ({ kind: 'TINYINT', nullable }),
  smallint: (nullable = true): LogicalType => ({ kind: 'SMALLINT', nullable }),
  int: (nullable = true): LogicalType => ({ kind: 'INTEGER', nullable }),
  bigint: (nullable = true): LogicalType => ({ kind: 'BIGINT', nullable }),
  float: (nullable = true): LogicalType => ({ kind: 'FLOAT', nullable }),
  double: (nullable = true): LogicalType => ({ kind: 'DOUBLE', nullable }),
  decimal: (precision = 10, scale = 0, nullable = true): LogicalType => ({ kind: 'DECIMAL', nullable, precision, scale }),
  char: (length = 1, nullable = true): LogicalType => ({ kind: 'CHAR', nullable, length }),
  varchar: (length = 1, nullable = true): LogicalType => ({ kind: 'VARCHAR', nullable, length }),
  string: (nullable = true): LogicalType => ({ kind: 'VARCHAR', nullable, length: STRING_LENGTH }),
  binary: (length = 1, nullable = true): LogicalType => ({ kind: 'BINARY', nullable, length }),
  varbinary: (length = 1, nullable = true): LogicalType => ({ kind: 'VARBINARY', nullable, length }),
  bytes: (nullable = true): LogicalType => ({ kind: 'VARBINARY', nullable, length: STRING_LENGTH }),
  date: (nullable = true): LogicalType => ({ kind: 'DATE', nullable }),
  time: (precision = 0, nullable = true): LogicalType => ({ kind: 'TIME', nullable, precision }),
  timestamp: (precision = 6, nullable = true, timeAttribute?: TimeAttribute): LogicalType =>
    timeAttribute ? { kind: 'TIMESTAMP', nullable, precision, timeAttribute } : { kind: 'TIMESTAMP', nullable, precision },
  timestampLtz: (precision = 6, nullable = true, timeAttribute?: TimeAttribute): LogicalType =>
    timeAttribute
      ? { kind: 'TIMESTAMP_LTZ', nullable, precision, timeAttribute }
      : { kind: 'TIMESTAMP_LTZ', nullable, precision },
  array: (element: LogicalType, nullable = true): LogicalType => ({ kind: 'ARRAY', nullable, element }),
  multiset: (element: LogicalType, nullable = true): LogicalType => ({ kind: 'MULTISET', nullable, element }),
  map: (key: LogicalType, value: LogicalType, nullable = true): LogicalType => ({ kind: 'MAP', nullable, key, value }),
  row: (fields: readonly RowField[], nullable = true): LogicalType => ({ kind: 'ROW', nullable, fields }),
  intervalDayTime: (nullable = true): LogicalType => ({
    kind: 'INTERVAL_DAY_TIME',
    nullable,
    resolution: 'DAY_TO_SECOND',
    dayPrecision: 2,
    fractionalPrecision: 3,
  }),
  intervalYearMonth: (nullable = true): LogicalType => ({
    kind: 'INTERVAL_YEAR_MONTH',
    nullable,
    resolution: 'YEAR_TO_MONTH',
    yearPrecision: 2,
  }),
  null: (): LogicalType => ({ kind: 'NULL', nullable: true }),
} as const;
