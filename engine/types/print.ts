/**
 * Printing types the way Flink prints them, plus structural equality and a hash key.
 *
 * `printType` follows Flink's `LogicalType#asSummaryString()` (what DESCRIBE and error messages
 * show): `STRING`, `BYTES`, `INT NOT NULL`, `TIMESTAMP_LTZ(3) *PROCTIME*`, ``ROW<`a` INT>``.
 * `printSqlType` follows `LogicalType#asSerializableString()` (what can be pasted back into DDL):
 * `VARCHAR(2147483647)` stays `STRING` (Flink's parser accepts it), but TIMESTAMP_LTZ prints as
 * `TIMESTAMP(3) WITH LOCAL TIME ZONE` and time-attribute markers are dropped.
 */

import { type LogicalType, type RowField, STRING_LENGTH } from './logical-type';

/** Flink's summary string: `DECIMAL(10, 2) NOT NULL`, `TIMESTAMP(3) *ROWTIME*`, `MAP<STRING, INT>`. */
export function printType(t: LogicalType): string {
  return print(t, true);
}

/** Flink's serializable (DDL) string: `TIMESTAMP(3) WITH LOCAL TIME ZONE`, no time-attribute markers. */
export function printSqlType(t: LogicalType): string {
  return print(t, false);
}

/** A list of types as in error messages: `(INT, STRING)`. */
export function printTypeList(types: readonly LogicalType[]): string {
  return `(${types.map(printType).join(', ')})`;
}

function print(t: LogicalType, summary: boolean): string {
  const nn = (s: string): string => (t.nullable ? s : `${s} NOT NULL`);
  switch (t.kind) {
    case 'CHAR':
      return nn(`CHAR(${t.length})`);
    case 'VARCHAR':
      return nn(t.length === STRING_LENGTH ? 'STRING' : `VARCHAR(${t.length})`);
    case 'BINARY':
      return nn(`BINARY(${t.length})`);
    case 'VARBINARY':
      return nn(t.length === STRING_LENGTH ? 'BYTES' : `VARBINARY(${t.length})`);
    case 'BOOLEAN':
    case 'TINYINT':
    case 'SMALLINT':
    case 'BIGINT':
    case 'FLOAT':
    case 'DOUBLE':
    case 'DATE':
    case 'VARIANT':
      return nn(t.kind);
    case 'INTEGER':
      return nn('INT');
    case 'DECIMAL':
      return nn(`DECIMAL(${t.precision}, ${t.scale})`);
    case 'TIME':
      return nn(`TIME(${t.precision})`);
    case 'TIMESTAMP': {
      const s = nn(`TIMESTAMP(${t.precision})`);
      return summary && t.timeAttribute ? `${s} *${t.timeAttribute.toUpperCase()}*` : s;
    }
    case 'TIMESTAMP_LTZ': {
      if (!summary) return nn(`TIMESTAMP(${t.precision}) WITH LOCAL TIME ZONE`);
      const s = nn(`TIMESTAMP_LTZ(${t.precision})`);
      return t.timeAttribute ? `${s} *${t.timeAttribute.toUpperCase()}*` : s;
    }
    case 'INTERVAL_YEAR_MONTH':
      return nn(printYearMonth(t.resolution, t.yearPrecision));
    case 'INTERVAL_DAY_TIME':
      return nn(printDayTime(t.resolution, t.dayPrecision, t.fractionalPrecision));
    case 'ARRAY':
      return nn(`ARRAY<${print(t.element, summary)}>`);
    case 'MULTISET':
      return nn(`MULTISET<${print(t.element, summary)}>`);
    case 'MAP':
      return nn(`MAP<${print(t.key, summary)}, ${print(t.value, summary)}>`);
    case 'ROW':
      return nn(`ROW<${printFields(t.fields, summary)}>`);
    case 'RAW':
      return nn(`RAW('${t.className.replace(/'/g, "''")}', ?)`);
    case 'NULL':
      return 'NULL';
    case 'DESCRIPTOR':
      return `DESCRIPTOR(${t.columns.map(quoteIdentifier).join(', ')})`;
    case 'TABLE_ARG':
      return `TABLE ROW<${printFields(t.fields, summary)}>`;
  }
}

function printFields(fields: readonly RowField[], summary: boolean): string {
  return fields
    .map((f) => {
      const base = `${quoteIdentifier(f.name)} ${print(f.type, summary)}`;
      return f.description !== undefined ? `${base} '${f.description.replace(/'/g, "''")}'` : base;
    })
    .join(', ');
}

/** Backtick-quotes an identifier, doubling inner backticks, as Flink's EncodingUtils.escapeIdentifier. */
export function quoteIdentifier(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

function printYearMonth(resolution: 'YEAR' | 'YEAR_TO_MONTH' | 'MONTH', yearPrecision: number): string {
  switch (resolution) {
    case 'YEAR':
      return `INTERVAL YEAR(${yearPrecision})`;
    case 'YEAR_TO_MONTH':
      return `INTERVAL YEAR(${yearPrecision}) TO MONTH`;
    case 'MONTH':
      return 'INTERVAL MONTH';
  }
}

function printDayTime(
  resolution: Extract<LogicalType, { kind: 'INTERVAL_DAY_TIME' }>['resolution'],
  d: number,
  f: number,
): string {
  switch (resolution) {
    case 'DAY':
      return `INTERVAL DAY(${d})`;
    case 'DAY_TO_HOUR':
      return `INTERVAL DAY(${d}) TO HOUR`;
    case 'DAY_TO_MINUTE':
      return `INTERVAL DAY(${d}) TO MINUTE`;
    case 'DAY_TO_SECOND':
      return `INTERVAL DAY(${d}) TO SECOND(${f})`;
    case 'HOUR':
      return 'INTERVAL HOUR';
    case 'HOUR_TO_MINUTE':
      return 'INTERVAL HOUR TO MINUTE';
    case 'HOUR_TO_SECOND':
      return `INTERVAL HOUR TO SECOND(${f})`;
    case 'MINUTE':
      return 'INTERVAL MINUTE';
    case 'MINUTE_TO_SECOND':
      return `INTERVAL MINUTE TO SECOND(${f})`;
    case 'SECOND':
      return `INTERVAL SECOND(${f})`;
  }
}

/**
 * A canonical key of a type: equal keys <=> equal types. Includes nullability, parameters, field
 * names and time-attribute markers (as Flink's TimestampType#equals includes its kind); ignores
 * field descriptions. Usable as a Map key.
 */
export function typeKey(t: LogicalType): string {
  switch (t.kind) {
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return `${t.kind}(${t.precision})${t.nullable ? '' : '!'}${t.timeAttribute ? '@' + t.timeAttribute : ''}`;
    case 'ARRAY':
    case 'MULTISET':
      return `${t.kind}<${typeKey(t.element)}>${t.nullable ? '' : '!'}`;
    case 'MAP':
      return `MAP<${typeKey(t.key)},${typeKey(t.value)}>${t.nullable ? '' : '!'}`;
    case 'ROW':
    case 'TABLE_ARG':
      return `${t.kind}<${t.fields.map((f) => `${quoteIdentifier(f.name)} ${typeKey(f.type)}`).join(',')}>${t.nullable ? '' : '!'}`;
    case 'DESCRIPTOR':
      return `DESCRIPTOR(${t.columns.map(quoteIdentifier).join(',')})`;
    default:
      return `${printSqlType({ ...t, nullable: true } as LogicalType)}${t.nullable ? '' : '!'}`;
  }
}

/** Structural equality of two types (see typeKey for what counts); `ignoreNullability` ignores it at every level. */
export function typeEquals(a: LogicalType, b: LogicalType, opts: { ignoreNullability?: boolean } = {}): boolean {
  return equal(a, b, opts.ignoreNullability === true, opts.ignoreNullability === true);
}

/** Equality ignoring nullability only at the top level (Flink's `a.copy(true).equals(b.copy(true))`). */
export function typeEqualsIgnoringNullability(a: LogicalType, b: LogicalType): boolean {
  return equal(a, b, true, false);
}

/** Allocation-free structural comparison: the analyzer compares types for every expression. */
function equal(a: LogicalType, b: LogicalType, ignoreTop: boolean, ignoreDeep: boolean): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  if (!ignoreTop && a.nullable !== b.nullable) return false;
  const eq = (x: LogicalType, y: LogicalType): boolean => equal(x, y, ignoreDeep, ignoreDeep);
  switch (a.kind) {
    case 'CHAR':
    case 'VARCHAR':
    case 'BINARY':
    case 'VARBINARY':
      return a.length === (b as typeof a).length;
    case 'DECIMAL':
      return a.precision === (b as typeof a).precision && a.scale === (b as typeof a).scale;
    case 'TIME':
      return a.precision === (b as typeof a).precision;
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return a.precision === (b as typeof a).precision && a.timeAttribute === (b as typeof a).timeAttribute;
    case 'INTERVAL_YEAR_MONTH': {
      const o = b as typeof a;
      return a.resolution === o.resolution && a.yearPrecision === o.yearPrecision;
    }
    case 'INTERVAL_DAY_TIME': {
      const o = b as typeof a;
      return a.resolution === o.resolution && a.dayPrecision === o.dayPrecision && a.fractionalPrecision === o.fractionalPrecision;
    }
    case 'ARRAY':
    case 'MULTISET':
      return eq(a.element, (b as typeof a).element);
    case 'MAP':
      return eq(a.key, (b as typeof a).key) && eq(a.value, (b as typeof a).value);
    case 'ROW':
    case 'TABLE_ARG': {
      const o = b as typeof a;
      return a.fields.length === o.fields.length && a.fields.every((f, i) => f.name === o.fields[i].name && eq(f.type, o.fields[i].type));
    }
    case 'RAW':
      return a.className === (b as typeof a).className;
    case 'DESCRIPTOR': {
      const o = b as typeof a;
      return a.columns.length === o.columns.length && a.columns.every((c, i) => c === o.columns[i]);
    }
    default:
      return true;
  }
}

/** A 32-bit hash of a type, consistent with typeEquals. */
export function typeHash(t: LogicalType): number {
  const s = typeKey(t);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
