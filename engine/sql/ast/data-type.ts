/**
 * Data types as written in SQL (`DECIMAL(10, 2) NOT NULL`, `ROW<a INT, b STRING>`,
 * `TIMESTAMP(3) WITH LOCAL TIME ZONE`, `INT ARRAY`). `toLogicalType` (to-logical-type.ts) turns
 * one into Flink's LogicalType.
 */
import type { Identifier, Node } from './node';

/** Canonical names of the types without structure (aliases folded: INTEGER -> INT, ...). */
export type SimpleTypeName =
  | 'CHAR'
  | 'VARCHAR'
  | 'STRING'
  | 'BOOLEAN'
  | 'BINARY'
  | 'VARBINARY'
  | 'BYTES'
  | 'DECIMAL'
  | 'TINYINT'
  | 'SMALLINT'
  | 'INT'
  | 'BIGINT'
  | 'FLOAT'
  | 'DOUBLE'
  | 'DATE'
  | 'TIME'
  | 'TIMESTAMP'
  | 'TIMESTAMP_LTZ'
  | 'VARIANT'
  | 'NULL';

export type TimeUnit = 'YEAR' | 'QUARTER' | 'MONTH' | 'WEEK' | 'DAY' | 'HOUR' | 'MINUTE' | 'SECOND';

/** `DAY(2) TO SECOND(3)`: the units and their precisions as written. */
export interface IntervalQualifier extends Node {
  readonly kind: 'intervalQualifier';
  readonly from: TimeUnit;
  readonly fromPrecision?: number;
  /** The fractional-second precision given as `SECOND(p, f)`. */
  readonly fromFractionalPrecision?: number;
  readonly to?: TimeUnit;
  readonly toPrecision?: number;
}

interface TypeBase extends Node {
  /** `NOT NULL` was written. */
  readonly notNull: boolean;
}

export interface SimpleType extends TypeBase {
  readonly kind: 'simpleType';
  readonly name: SimpleTypeName;
  /** Length, precision (and scale for DECIMAL) as written; empty when defaulted. */
  readonly params: readonly number[];
}

export interface RowTypeField extends Node {
  readonly kind: 'rowTypeField';
  readonly name: Identifier;
  readonly type: DataType;
  readonly description?: string;
}

export interface RowType extends TypeBase {
  readonly kind: 'rowType';
  readonly fields: readonly RowTypeField[];
}

export interface CollectionType extends TypeBase {
  readonly kind: 'collectionType';
  readonly collection: 'ARRAY' | 'MULTISET';
  readonly element: DataType;
}

export interface MapType extends TypeBase {
  readonly kind: 'mapType';
  readonly key: DataType;
  readonly value: DataType;
}

export interface IntervalType extends TypeBase {
  readonly kind: 'intervalType';
  readonly qualifier: IntervalQualifier;
}

export interface RawType extends TypeBase {
  readonly kind: 'rawType';
  readonly className: string;
  readonly serializerSnapshot?: string;
}

export type DataType = SimpleType | RowType | CollectionType | MapType | IntervalType | RawType;
