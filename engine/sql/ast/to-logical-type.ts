/**
 * Data types as written -> Flink's LogicalType, with Flink's defaults for omitted parameters
 * (CHAR/VARCHAR/BINARY/VARBINARY length 1, DECIMAL(10, 0), TIME(0), TIMESTAMP(6), ...).
 * Returns undefined for what Flink has no type for (e.g. INTERVAL WEEK).
 */
import { STRING_LENGTH, TYPE_LIMITS, type LogicalType, type RowField } from '../../types/logical-type';
import type { DataType, IntervalQualifier, SimpleType } from './data-type';

export function toLogicalType(t: DataType): LogicalType | undefined {
  const nullable = !t.notNull;
  switch (t.kind) {
    case 'simpleType':
      return simple(t, nullable);
    case 'rowType': {
      const fields: RowField[] = [];
      for (const f of t.fields) {
        const type = toLogicalType(f.type);
        if (!type) return undefined;
        fields.push(f.description === undefined ? { name: f.name.value, type } : { name: f.name.value, type, description: f.description });
      }
      return { kind: 'ROW', nullable, fields };
    }
    case 'collectionType': {
      const element = toLogicalType(t.element);
      return element && { kind: t.collection, nullable, element };
    }
    case 'mapType': {
      const key = toLogicalType(t.key);
      const value = toLogicalType(t.value);
      return key && value && { kind: 'MAP', nullable, key, value };
    }
    case 'intervalType':
      return interval(t.qualifier, nullable);
    case 'rawType':
      return { kind: 'RAW', nullable, className: t.className };
  }
}

function simple(t: SimpleType, nullable: boolean): LogicalType {
  const [p0, p1] = t.params;
  switch (t.name) {
    case 'CHAR':
    case 'VARCHAR':
    case 'BINARY':
    case 'VARBINARY':
      return { kind: t.name, nullable, length: p0 ?? 1 };
    case 'STRING':
      return { kind: 'VARCHAR', nullable, length: STRING_LENGTH };
    case 'BYTES':
      return { kind: 'VARBINARY', nullable, length: STRING_LENGTH };
    case 'DECIMAL':
      return {
        kind: 'DECIMAL',
        nullable,
        precision: p0 ?? TYPE_LIMITS.defaultDecimalPrecision,
        scale: p1 ?? TYPE_LIMITS.defaultDecimalScale,
      };
    case 'BOOLEAN':
    case 'TINYINT':
    case 'SMALLINT':
    case 'BIGINT':
    case 'FLOAT':
    case 'DOUBLE':
    case 'DATE':
    case 'VARIANT':
      return { kind: t.name, nullable };
    case 'INT':
      return { kind: 'INTEGER', nullable };
    case 'TIME':
      return { kind: 'TIME', nullable, precision: p0 ?? TYPE_LIMITS.defaultTimePrecision };
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return { kind: t.name, nullable, precision: p0 ?? TYPE_LIMITS.defaultTimestampPrecision };
    case 'NULL':
      return { kind: 'NULL', nullable: true };
  }
}

type DayTimeResolution = Extract<LogicalType, { kind: 'INTERVAL_DAY_TIME' }>['resolution'];

function interval(q: IntervalQualifier, nullable: boolean): LogicalType | undefined {
  const key = q.to ? `${q.from}_TO_${q.to}` : q.from;
  if (key === 'YEAR' || key === 'YEAR_TO_MONTH' || key === 'MONTH') {
    const yearPrecision = q.from === 'YEAR' ? (q.fromPrecision ?? TYPE_LIMITS.defaultYearPrecision) : TYPE_LIMITS.defaultYearPrecision;
    return { kind: 'INTERVAL_YEAR_MONTH', nullable, resolution: key, yearPrecision };
  }
  const dayTime: readonly string[] = [
    'DAY',
    'DAY_TO_HOUR',
    'DAY_TO_MINUTE',
    'DAY_TO_SECOND',
    'HOUR',
    'HOUR_TO_MINUTE',
    'HOUR_TO_SECOND',
    'MINUTE',
    'MINUTE_TO_SECOND',
    'SECOND',
  ];
  if (!dayTime.includes(key)) return undefined;
  const fractionalPrecision =
    q.to === 'SECOND'
      ? (q.toPrecision ?? TYPE_LIMITS.defaultFractionalPrecision)
      : q.from === 'SECOND'
        ? (q.fromFractionalPrecision ?? q.fromPrecision ?? TYPE_LIMITS.defaultFractionalPrecision)
        : TYPE_LIMITS.defaultFractionalPrecision;
  const dayPrecision =
    q.from === 'DAY' ? (q.fromPrecision ?? TYPE_LIMITS.defaultDayPrecision) : TYPE_LIMITS.defaultDayPrecision;
  return { kind: 'INTERVAL_DAY_TIME', nullable, resolution: key as DayTimeResolution, dayPrecision, fractionalPrecision };
}
