/**
 * The common ("least restrictive") type of a set of types, as Flink's
 * org.apache.flink.table.types.logical.utils.LogicalTypeMerging#findCommonType computes it
 * (itself inspired by Calcite's SqlTypeFactoryImpl#leastRestrictive). Used for CASE branches,
 * COALESCE/IFNULL/GREATEST/LEAST arguments, IN lists, UNION inputs, VALUES rows and the two
 * sides of a comparison.
 *
 * Examples: [INT, BIGINT, DECIMAL(2, 2)] -> DECIMAL(21, 2); [CHAR(2), CHAR(3)] -> VARCHAR(3);
 * [INT, DOUBLE] -> DOUBLE; [FLOAT, DECIMAL(10, 2)] -> DOUBLE; [TIMESTAMP(3), TIMESTAMP_LTZ(6)]
 * -> TIMESTAMP_LTZ(6); [INT NOT NULL, NULL] -> INT; [INT, STRING] -> none.
 */

import {
  type LogicalType,
  type RowField,
  STRING_LENGTH,
  T,
  TYPE_LIMITS,
  childTypes,
  isApproximateNumeric,
  isBinaryString,
  isCharacterString,
  isConstructed,
  isDatetime,
  isExactNumeric,
  isInterval,
  isNumeric,
  isTimestamp,
} from './logical-type';
import { supportsImplicitCast } from './casts';
import { typeEqualsIgnoringNullability } from './print';

export interface CommonTypeOptions {
  /**
   * Type as Flink's SQL validator (Calcite's leastRestrictive) does for the constructs it types
   * itself: CASE, ARRAY[...], MAP[...], IN lists, VALUES rows and UNION inputs. The one
   * difference that matters: TIMESTAMP and TIMESTAMP_LTZ merge to TIMESTAMP there, while
   * functions typed by Flink's own inference (COALESCE, IFNULL, GREATEST, ...) merge them to
   * TIMESTAMP_LTZ; and types of different families (DATE and TIMESTAMP) have no common type
   * there, while Flink's inference falls back to implicit casts (COALESCE(date, ts) is a DATE).
   * Checked against Flink 2.2.
   */
  readonly validator?: boolean;
}

/** The common type, or undefined when the types have none (e.g. INT and STRING). */
export function findCommonType(types: readonly LogicalType[], options: CommonTypeOptions = {}): LogicalType | undefined {
  if (types.length === 0) return undefined;
  const anyNullable = types.some((t) => t.nullable);
  const normalized = types.map(asNullable);
  const nullable = findCommonNullableType(normalized, options.validator === true);
  const found = nullable === NONE ? undefined : (nullable ?? findCommonCastableType(normalized));
  if (found === undefined || found.kind === 'NULL') return undefined; // NULL is for untyped literals only
  return setNullable(found, anyNullable);
}

/** Like findCommonType, but NULL-only input yields the NULL type (for `CASE ... THEN NULL ELSE NULL`). */
export function findCommonTypeOrNull(types: readonly LogicalType[], options: CommonTypeOptions = {}): LogicalType | undefined {
  if (types.length > 0 && types.every((t) => t.kind === 'NULL')) return T.null();
  return findCommonType(types, options);
}

/** Digits of the integer types when seen as DECIMAL (LogicalTypeChecks#getPrecision). */
export function integerDigits(t: LogicalType): number {
  switch (t.kind) {
    case 'TINYINT':
      return 3;
    case 'SMALLINT':
      return 5;
    case 'INTEGER':
      return 10;
    case 'BIGINT':
      return 19;
    case 'DECIMAL':
      return t.precision;
    default:
      return 0;
  }
}

export function scaleOf(t: LogicalType): number {
  return t.kind === 'DECIMAL' ? t.scale : 0;
}

/** "These types have no common type", as opposed to undefined: "let implicit casts decide". */
const NONE = 'none' as const;

function findCommonNullableType(types: readonly LogicalType[], validator: boolean): LogicalType | undefined | typeof NONE {
  if (types.some((t) => t.kind === 'RAW')) {
    return types.every((t) => typeEqualsIgnoringNullability(t, types[0])) ? types[0] : undefined;
  }
  const nonNull = types.filter((t) => t.kind !== 'NULL');
  if (nonNull.length === 0) return T.null();
  let result: LogicalType = nonNull[0];
  for (const t of nonNull) {
    const pattern = commonTypePattern(result, t);
    if (pattern) {
      result = pattern;
      continue;
    }
    if (t.kind === 'ARRAY' || t.kind === 'MULTISET' || t.kind === 'MAP' || t.kind === 'ROW') {
      return commonConstructed(nonNull, validator);
    }
    // Flink's own inference then tries implicit casts (COALESCE(date, timestamp) is a DATE);
    // the validator refuses (a UNION of DATE and TIMESTAMP is a type mismatch).
    if (!areSimilarTypes(result, t)) return validator ? NONE : undefined;
    if (isCharacterString(t) || isBinaryString(t)) {
      result = commonStringType(result, t);
    } else if (isExactNumeric(t)) {
      if (isExactNumeric(result)) result = commonExactNumeric(result, t);
      else if (isApproximateNumeric(result)) result = t.kind === 'DECIMAL' ? T.double() : result;
      else return undefined;
    } else if (isApproximateNumeric(t)) {
      if (isApproximateNumeric(result)) result = result.kind === 'DOUBLE' || t.kind === 'DOUBLE' ? T.double() : result;
      else if (isExactNumeric(result)) result = result.kind === 'DECIMAL' ? T.double() : t;
      else return undefined;
    } else if (t.kind === 'DATE') {
      if (result.kind !== 'DATE') return undefined;
      result = T.date();
    } else if (t.kind === 'TIME') {
      if (result.kind !== 'TIME') return undefined;
      result = T.time(Math.max(result.precision, t.precision));
    } else if (isTimestamp(t)) {
      if (!isTimestamp(result)) return undefined;
      result = commonTimestamp(result, t, validator);
    } else if (t.kind === 'INTERVAL_DAY_TIME' && result.kind === 'INTERVAL_DAY_TIME') {
      result = commonDayTimeInterval(result, t);
    } else if (t.kind === 'INTERVAL_YEAR_MONTH' && result.kind === 'INTERVAL_YEAR_MONTH') {
      result = commonYearMonthInterval(result, t);
    } else {
      return undefined; // other types: findCommonCastableType decides
    }
  }
  return result;
}

/** LogicalTypeMerging#findCommonTypePattern: datetime +/- interval, datetime + exact numeric (days). */
function commonTypePattern(result: LogicalType, t: LogicalType): LogicalType | undefined {
  if (isDatetime(result) && isInterval(t)) return result;
  if (isInterval(result) && isDatetime(t)) return t;
  if ((isTimestamp(result) || result.kind === 'DATE') && isExactNumeric(t)) return result;
  if (isExactNumeric(result) && (isTimestamp(t) || t.kind === 'DATE')) return t;
  return undefined;
}

/** Two types are similar iff they can be the operands of an SQL equality predicate. */
function areSimilarTypes(a: LogicalType, b: LogicalType): boolean {
  if (isCharacterString(a) && isCharacterString(b)) return true;
  if (isBinaryString(a) && isBinaryString(b)) return true;
  if (isNumeric(a) && isNumeric(b)) return true;
  if (isTimestamp(a) && isTimestamp(b)) return true;
  return a.kind === b.kind;
}

function findCommonCastableType(types: readonly LogicalType[]): LogicalType | undefined {
  let result = types[0];
  for (const t of types) {
    if (t.kind === 'NULL') continue;
    if (supportsImplicitCast(result, t)) result = t;
    else if (!supportsImplicitCast(t, result)) return undefined;
  }
  return result;
}

/** Variable length stays variable; fixed lengths that differ become variable (no blank padding). */
function commonStringType(result: LogicalType, t: LogicalType): LogicalType {
  const len = Math.max(lengthOf(result), lengthOf(t));
  const binary = isBinaryString(t);
  if (result.kind === 'VARCHAR' || result.kind === 'VARBINARY') return stringType(result.kind, len);
  if (lengthOf(result) !== lengthOf(t)) return stringType(binary ? 'VARBINARY' : 'VARCHAR', len);
  return stringType(t.kind as 'CHAR' | 'VARCHAR' | 'BINARY' | 'VARBINARY', len);
}

function lengthOf(t: LogicalType): number {
  return t.kind === 'CHAR' || t.kind === 'VARCHAR' || t.kind === 'BINARY' || t.kind === 'VARBINARY' ? t.length : 0;
}

function stringType(kind: 'CHAR' | 'VARCHAR' | 'BINARY' | 'VARBINARY', length: number): LogicalType {
  return { kind, nullable: true, length: Math.min(length, STRING_LENGTH) };
}

/** Integers: the wider one. With DECIMAL: whole digits d = max(p - s), scale s = max(s) capped so d + s <= 38. */
function commonExactNumeric(result: LogicalType, t: LogicalType): LogicalType {
  if (typeEqualsIgnoringNullability(result, t)) return result;
  if (result.kind !== 'DECIMAL' && t.kind !== 'DECIMAL') {
    return integerDigits(t) > integerDigits(result) ? t : result;
  }
  const max = TYPE_LIMITS.maxDecimalPrecision;
  const d = Math.min(Math.max(integerDigits(result) - scaleOf(result), integerDigits(t) - scaleOf(t)), max);
  const s = Math.min(Math.max(scaleOf(result), scaleOf(t)), max - d);
  return T.decimal(d + s, s);
}

function commonTimestamp(result: LogicalType, t: LogicalType, validator: boolean): LogicalType {
  if (typeEqualsIgnoringNullability(result, t)) return result;
  const p = Math.max(precisionOf(result), precisionOf(t));
  if (result.kind === t.kind) return result.kind === 'TIMESTAMP_LTZ' ? T.timestampLtz(p) : T.timestamp(p);
  // Mixed kinds: LogicalTypeMerging generalizes to the zoned type; the SQL validator to TIMESTAMP.
  return validator ? T.timestamp(p) : T.timestampLtz(p);
}

function precisionOf(t: LogicalType): number {
  return t.kind === 'TIME' || t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ' ? t.precision : 0;
}

const DAY_TIME_UNITS = ['DAY', 'HOUR', 'MINUTE', 'SECOND'] as const;
type DayTime = Extract<LogicalType, { kind: 'INTERVAL_DAY_TIME' }>;
type YearMonth = Extract<LogicalType, { kind: 'INTERVAL_YEAR_MONTH' }>;

function dayTimeBounds(r: DayTime['resolution']): [number, number] {
  const [from, to] = r.split('_TO_');
  const a = DAY_TIME_UNITS.indexOf(from as (typeof DAY_TIME_UNITS)[number]);
  return [a, to ? DAY_TIME_UNITS.indexOf(to as (typeof DAY_TIME_UNITS)[number]) : a];
}

/** The widest resolution covering both (LogicalTypeMerging#combineIntervalResolutions). */
function commonDayTimeInterval(a: DayTime, b: DayTime): LogicalType {
  const [a0, a1] = dayTimeBounds(a.resolution);
  const [b0, b1] = dayTimeBounds(b.resolution);
  const lo = DAY_TIME_UNITS[Math.min(a0, b0)];
  const hi = DAY_TIME_UNITS[Math.max(a1, b1)];
  const resolution = (lo === hi ? lo : `${lo}_TO_${hi}`) as DayTime['resolution'];
  return {
    kind: 'INTERVAL_DAY_TIME',
    nullable: true,
    resolution,
    dayPrecision: Math.max(a.dayPrecision, b.dayPrecision),
    fractionalPrecision: Math.max(a.fractionalPrecision, b.fractionalPrecision),
  };
}

function commonYearMonthInterval(a: YearMonth, b: YearMonth): LogicalType {
  const resolution = a.resolution === b.resolution ? a.resolution : 'YEAR_TO_MONTH';
  return {
    kind: 'INTERVAL_YEAR_MONTH',
    nullable: true,
    resolution,
    yearPrecision: Math.max(a.yearPrecision, b.yearPrecision),
  };
}

/** ARRAY/MULTISET/MAP/ROW: same kind and arity, children merged position by position; ROW keeps the first input's names. */
function commonConstructed(types: readonly LogicalType[], validator: boolean): LogicalType | undefined {
  const first = types[0];
  const kids = (t: LogicalType): readonly LogicalType[] | undefined =>
    t.kind === first.kind && isConstructed(t) ? childTypes(t) : undefined;
  const all = types.map(kids);
  const n = all[0]?.length ?? 0;
  if (all.some((k) => k === undefined || k.length !== n)) return undefined;
  const merged: LogicalType[] = [];
  for (let i = 0; i < n; i++) {
    const c = findCommonType(all.map((k) => (k as readonly LogicalType[])[i]), { validator });
    if (!c) return undefined;
    merged.push(c);
  }
  switch (first.kind) {
    case 'ARRAY':
      return T.array(merged[0]);
    case 'MULTISET':
      return T.multiset(merged[0]);
    case 'MAP':
      return T.map(merged[0], merged[1]);
    case 'ROW':
      return T.row(first.fields.map((f, i): RowField => ({ ...f, type: merged[i] })));
    default:
      return undefined;
  }
}

function asNullable(t: LogicalType): LogicalType {
  return t.nullable ? t : ({ ...t, nullable: true } as LogicalType);
}

function setNullable(t: LogicalType, nullable: boolean): LogicalType {
  if (t.kind === 'NULL' || t.nullable === nullable) return t;
  return { ...t, nullable } as LogicalType;
}
