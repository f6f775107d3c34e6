/**
 * Scalar values to and from text, per logical type, as Flink's text formats (CSV, JSON
 * strings) write them: compiled once per column into a parse and a format function. Parsers
 * throw RecordDecodeError naming the expected type.
 */
import type { LogicalType } from '../types/logical-type';
import { INTEGER_RANGE, type Value } from '../types/values';
import { RecordDecodeError } from './format';
import { decimalText, javaDouble, javaFloat, roundDecimal } from './number-text';
import { formatDate, formatTime, formatTimestamp, parseDate, parseTime, parseTimestampText, type TimestampStyle } from './temporal-text';

export type TextParser = (text: string) => Value;
export type TextFormatter = (value: Value) => string;

/** Only an optional sign and digits (Java's Long.parseLong rejects '1e3', '0x10', '1.0'). */
function integerText(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c < 48 || c > 57) && !(i === 0 && (c === 45 || c === 43) && t.length > 1)) return false;
  }
  return true;
}

/**
 * The value of an integer written as up to 15 digits with an optional '-' and nothing else (the
 * common case, read by character codes), or NaN for any other text (the general parser decides).
 */
export function plainInteger(t: string): number {
  const n = t.length;
  let i = n > 0 && t.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n || n > 15) return NaN;
  let v = 0;
  for (; i < n; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return t.charCodeAt(0) === 45 ? -v : v;
}

function fail(type: LogicalType, text: string): never {
  const shown = text.length > 40 ? text.slice(0, 40) + '…' : text;
  throw new RecordDecodeError(`cannot read '${shown}' as ${type.kind}`);
}

/** A parser for a scalar type; `style` picks the timestamp text form. */
export function textParser(type: LogicalType, style: TimestampStyle = 'sql'): TextParser {
  switch (type.kind) {
    case 'CHAR':
    case 'VARCHAR':
      return (s) => s;
    case 'BOOLEAN':
      return (s) => {
        const t = s.trim().toLowerCase();
        if (t === 'true') return true;
        if (t === 'false') return false;
        return fail(type, s);
      };
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT': {
      const [lo, hi] = INTEGER_RANGE[type.kind];
      return (s) => {
        const plain = plainInteger(s);
        if (plain >= lo && plain <= hi) return plain;
        const t = s.trim();
        const n = Number(t);
        if (t === '' || !Number.isInteger(n) || n < lo || n > hi || !integerText(t)) return fail(type, s);
        return n;
      };
    }
    case 'FLOAT':
    case 'DOUBLE':
      return (s) => {
        const t = s.trim();
        const n = t === 'NaN' ? NaN : Number(t);
        if (t === '' || (Number.isNaN(n) && t !== 'NaN')) return fail(type, s);
        return type.kind === 'FLOAT' ? Math.fround(n) : n;
      };
    case 'DECIMAL': {
      // DecimalData.fromBigDecimal: a value that does not fit the precision is NULL
      const limit = 10 ** (type.precision - type.scale);
      return (s) => {
        const t = s.trim();
        const n = Number(t);
        if (t === '' || !Number.isFinite(n)) return fail(type, s);
        const v = roundDecimal(n, type.scale);
        return Math.abs(v) >= limit ? null : v;
      };
    }
    case 'DATE':
      return (s) => parseDate(s) ?? fail(type, s);
    case 'TIME':
      return (s) => parseTime(s) ?? fail(type, s);
    case 'TIMESTAMP':
      return (s) => parseTimestampText(s, style, false) ?? fail(type, s);
    case 'TIMESTAMP_LTZ':
      return (s) => parseTimestampText(s, style, true) ?? fail(type, s);
    case 'BINARY':
    case 'VARBINARY':
      return (s) => {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s.trim())) return fail(type, s);
        return new Uint8Array(Buffer.from(s.trim(), 'base64'));
      };
    default:
      throw new RecordDecodeError(`type ${type.kind} cannot be read from text`);
  }
}

/** A formatter for a non-null scalar value of the type. */
export function textFormatter(type: LogicalType, style: TimestampStyle = 'sql'): TextFormatter {
  switch (type.kind) {
    case 'CHAR':
    case 'VARCHAR':
      return (v) => v as string;
    case 'BOOLEAN':
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT':
      return (v) => String(v);
    case 'FLOAT':
      return (v) => javaFloat(v as number);
    case 'DOUBLE':
      return (v) => javaDouble(v as number);
    case 'DECIMAL':
      return (v) => decimalText(v as number, type.scale);
    case 'DATE':
      return (v) => formatDate(v as number);
    case 'TIME':
      return (v) => formatTime(v as number);
    case 'TIMESTAMP':
      return (v) => formatTimestamp(v as number, style, false);
    case 'TIMESTAMP_LTZ':
      return (v) => formatTimestamp(v as number, style, true);
    case 'BINARY':
    case 'VARBINARY':
      return (v) => Buffer.from(v as Uint8Array).toString('base64');
    default:
      return (v) => String(v);
  }
}
