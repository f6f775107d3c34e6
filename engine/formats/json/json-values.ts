/**
 * Column values to and from JSON, compiled once per type, with Flink's JSON format rules:
 * lenient reads (numbers from numeric strings, strings from any node's JSON text), timestamps
 * as text in the SQL or ISO-8601 standard, bytes as base64, MAP/MULTISET as objects, ROW as
 * objects by field name. Writers produce JSON text directly (decimals keep their scale).
 */
import type { LogicalType } from '../../types/logical-type';
import { INTEGER_RANGE, type Value } from '../../types/values';
import { RecordDecodeError } from '../format';
import { decimalText, javaDouble, javaFloat, roundDecimal } from '../number-text';
import { textFormatter, textParser } from '../text-values';
import { formatTime, type TimestampStyle } from '../temporal-text';

export interface JsonSettings {
  readonly timestampStyle: TimestampStyle;
  readonly failOnMissingField: boolean;
  readonly mapNullKeyMode: 'FAIL' | 'DROP' | 'LITERAL';
  readonly mapNullKeyLiteral: string;
  readonly ignoreNullFields: boolean;
  /** Fields that fail to convert become NULL (Flink's ignore-parse-errors), reasons collected here. */
  readonly tolerate?: { problems: string[] | undefined };
}

export type JsonReader = (node: unknown) => Value;
export type JsonWriter = (value: Value) => string;

function bad(type: LogicalType, node: unknown): never {
  let shown = typeof node === 'string' ? `'${node}'` : JSON.stringify(node);
  if (shown.length > 40) shown = shown.slice(0, 40) + '…';
  throw new RecordDecodeError(`cannot read ${shown} as ${type.kind}`);
}

export function jsonReader(type: LogicalType, s: JsonSettings): JsonReader {
  const r = reader(type, s);
  return (node) => (node === null || node === undefined ? null : r(node));
}

function reader(type: LogicalType, s: JsonSettings): JsonReader {
  switch (type.kind) {
    case 'CHAR':
    case 'VARCHAR':
      return (n) => (typeof n === 'string' ? n : JSON.stringify(n));
    case 'BOOLEAN':
      // Boolean.parseBoolean: any text other than 'true' (any case) is false
      return (n) => (typeof n === 'boolean' ? n : String(n).trim().toLowerCase() === 'true');
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT': {
      const [lo, hi] = INTEGER_RANGE[type.kind];
      const fromText = textParser(type);
      return (n) => {
        if (typeof n === 'number') {
          // Jackson's canConvertToInt/Long: a number in range converts, fractions truncated
          if (n < lo || n > hi) return bad(type, n);
          return Math.trunc(n);
        }
        if (typeof n === 'string') return fromText(n);
        return bad(type, n);
      };
    }
    case 'FLOAT':
    case 'DOUBLE':
    case 'DECIMAL': {
      const fromText = textParser(type);
      if (type.kind === 'DECIMAL') {
        // DecimalData.fromBigDecimal gives NULL when the value does not fit the precision
        const limit = 10 ** (type.precision - type.scale);
        return (n) => {
          const v = typeof n === 'number' ? roundDecimal(n, type.scale) : typeof n === 'string' ? (fromText(n) as number) : bad(type, n);
          return Math.abs(v) >= limit ? null : v;
        };
      }
      const fix = type.kind === 'FLOAT' ? Math.fround : (x: number) => x;
      return (n) => (typeof n === 'number' ? fix(n) : typeof n === 'string' ? fromText(n) : bad(type, n));
    }
    case 'TIME': {
      // Flink's JSON format keeps whole seconds of a TIME
      const fromText = textParser(type, s.timestampStyle);
      return (n) => (typeof n === 'string' ? Math.floor((fromText(n) as number) / 1000) * 1000 : bad(type, n));
    }
    case 'DATE':
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
    case 'BINARY':
    case 'VARBINARY': {
      const fromText = textParser(type, s.timestampStyle);
      return (n) => (typeof n === 'string' ? fromText(n) : bad(type, n));
    }
    case 'ARRAY': {
      const elem = jsonReader(type.element, s);
      return (n) => (Array.isArray(n) ? n.map(elem) : bad(type, n));
    }
    case 'MAP':
    case 'MULTISET': {
      const keyType = type.kind === 'MAP' ? type.key : type.element;
      const key = textParser(keyType, s.timestampStyle);
      const value = type.kind === 'MAP' ? jsonReader(type.value, s) : (x: unknown) => (typeof x === 'number' ? x : bad(type, x));
      return (n) => {
        if (typeof n !== 'object' || n === null || Array.isArray(n)) return bad(type, n);
        const m = new Map<Value, Value>();
        for (const [k, v] of Object.entries(n as Record<string, unknown>)) m.set(key(k), value(v));
        return m;
      };
    }
    case 'ROW': {
      const names = type.fields.map((f) => f.name);
      const fields = type.fields.map((f) => jsonReader(f.type, s));
      const tolerate = s.tolerate;
      return (n) => {
        if (typeof n !== 'object' || n === null || Array.isArray(n)) return bad(type, n);
        const o = n as Record<string, unknown>;
        const out: Value[] = new Array(fields.length);
        for (let i = 0; i < fields.length; i++) {
          const v = o[names[i]];
          if (v === undefined && s.failOnMissingField) throw new RecordDecodeError(`missing field '${names[i]}'`);
          try {
            out[i] = fields[i](v);
          } catch (e) {
            if (!(e instanceof RecordDecodeError)) throw e;
            if (tolerate === undefined) throw new RecordDecodeError(`column '${names[i]}': ${e.message}`);
            tolerate.problems?.push(`column '${names[i]}' set to NULL: ${e.message}`);
            out[i] = null;
          }
        }
        return out;
      };
    }
    default:
      throw new RecordDecodeError(`type ${type.kind} is not supported by the JSON format`);
  }
}

export function jsonWriter(type: LogicalType, s: JsonSettings): JsonWriter {
  const w = writer(type, s);
  return (v) => (v === null ? 'null' : w(v));
}

function writer(type: LogicalType, s: JsonSettings): JsonWriter {
  switch (type.kind) {
    case 'CHAR':
    case 'VARCHAR':
      return (v) => JSON.stringify(v);
    case 'BOOLEAN':
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT':
      return (v) => String(v);
    case 'FLOAT':
    case 'DOUBLE': {
      const text = type.kind === 'FLOAT' ? javaFloat : javaDouble;
      return (v) => (Number.isFinite(v as number) ? text(v as number) : `"${text(v as number)}"`);
    }
    case 'TIME':
      // Flink's JSON format writes whole seconds of a TIME
      return (v) => `"${formatTime(Math.floor((v as number) / 1000) * 1000)}"`;
    case 'DECIMAL':
      return (v) => decimalText(v as number, type.scale);
    case 'ARRAY': {
      const elem = jsonWriter(type.element, s);
      return (v) => '[' + (v as Value[]).map(elem).join(',') + ']';
    }
    case 'MAP':
    case 'MULTISET': {
      const keyText = textFormatter(type.kind === 'MAP' ? type.key : type.element, s.timestampStyle);
      const value = type.kind === 'MAP' ? jsonWriter(type.value, s) : (x: Value) => String(x);
      return (v) => {
        const parts: string[] = [];
        for (const [k, x] of v as Map<Value, Value>) {
          let key: string;
          if (k === null) {
            if (s.mapNullKeyMode === 'FAIL') throw new Error(`a MAP with a NULL key cannot be written as JSON (map-null-key.mode = 'FAIL')`);
            if (s.mapNullKeyMode === 'DROP') continue;
            key = s.mapNullKeyLiteral;
          } else key = keyText(k);
          parts.push(JSON.stringify(key) + ':' + value(x));
        }
        return '{' + parts.join(',') + '}';
      };
    }
    case 'ROW':
      return rowObjectWriter(type.fields, s);
    default: {
      const text = textFormatter(type, s.timestampStyle);
      return (v) => JSON.stringify(text(v));
    }
  }
}

/** `{"a":1,"b":"x"}` for positional values of the given fields. */
export function rowObjectWriter(fields: readonly { name: string; type: LogicalType }[], s: JsonSettings): JsonWriter {
  const keys = fields.map((f) => JSON.stringify(f.name) + ':');
  const values = fields.map((f) => jsonWriter(f.type, s));
  return (v) => {
    const row = v as Value[];
    let out = '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      if (row[i] === null && s.ignoreNullFields) continue;
      if (!first) out += ',';
      first = false;
      out += keys[i] + values[i](row[i]);
    }
    return out + '}';
  };
}
