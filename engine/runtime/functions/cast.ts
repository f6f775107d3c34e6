/**
 * CAST between the main types, specialized once per (from, to) pair. CAST fails on input it
 * cannot convert; TRY_CAST (`safe`) gives NULL instead. Follows Flink 1.15+ semantics:
 * string to number/date parses strictly (after trimming), DOUBLE to integer truncates toward
 * zero and wraps, DECIMAL rounds HALF_UP and overflows to NULL.
 */
import type { LogicalType } from '../../types/logical-type';
import { INTEGER_RANGE, MS_PER_DAY, type Value } from '../../types/values';
import { fitsDecimal, roundHalfUp, wrapInt } from './numeric';
import { formatter, parseTime, parseTimestamp } from './temporal';

export type CastFn = (v: Value) => Value;

const NUMERIC_KINDS = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL']);
const STRING_KINDS = new Set(['CHAR', 'VARCHAR']);
const TS_KINDS = new Set(['TIMESTAMP', 'TIMESTAMP_LTZ']);

const utf8 = new TextEncoder();
const utf8d = new TextDecoder();

function bad(v: Value, to: LogicalType): never {
  throw new Error(`Cannot cast '${String(v)}' to ${to.kind}`);
}

/** Flink's text for a DOUBLE / FLOAT (Java's Double.toString shape for common values). */
function doubleText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e7 || a < 1e-3)) {
    const [m, e] = v.toExponential().split('e');
    return `${m!.includes('.') ? m : m + '.0'}E${Number(e)}`;
  }
  return Number.isInteger(v) ? v.toFixed(1) : String(v);
}

function timestampText(precision: number): (ms: number) => string {
  const f = formatter('yyyy-MM-dd HH:mm:ss');
  return (ms) => {
    const base = f(ms);
    if (precision <= 0) return base;
    const frac = String(((ms % 1000) + 1000) % 1000).padStart(3, '0');
    return `${base}.${(frac + '000000').slice(0, precision)}`;
  };
}

const dateText = formatter('yyyy-MM-dd');
const timeText = formatter('HH:mm:ss');

/** Renders a value of `from` as text, as CAST(x AS STRING) does. */
export function toText(from: LogicalType): (v: Value) => string {
  switch (from.kind) {
    case 'BOOLEAN':
      return (v) => (v ? 'TRUE' : 'FALSE');
    case 'FLOAT':
    case 'DOUBLE':
      return (v) => doubleText(v as number);
    case 'DECIMAL': {
      const s = from.scale;
      return (v) => (v as number).toFixed(s);
    }
    case 'DATE':
      return (v) => dateText((v as number) * MS_PER_DAY);
    case 'TIME':
      return (v) => timeText(v as number);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return timestampText(from.precision) as (v: Value) => string;
    case 'BINARY':
    case 'VARBINARY':
      return (v) => utf8d.decode(v as Uint8Array);
    case 'ARRAY':
    case 'MULTISET':
    case 'MAP':
    case 'ROW':
      return (v) => JSON.stringify(v, (_k, x: unknown) => (x instanceof Map ? Object.fromEntries(x) : x));
    default:
      return (v) => String(v);
  }
}

function fromText(to: LogicalType): CastFn {
  switch (to.kind) {
    case 'BOOLEAN':
      return (v) => {
        const s = (v as string).trim().toLowerCase();
        if (s === 'true' || s === 't' || s === 'yes' || s === 'y' || s === '1') return true;
        if (s === 'false' || s === 'f' || s === 'no' || s === 'n' || s === '0') return false;
        return bad(v, to);
      };
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT': {
      const [lo, hi] = INTEGER_RANGE[to.kind];
      return (v) => {
        const s = (v as string).trim();
        if (!/^[+-]?\d+$/.test(s)) return bad(v, to);
        const n = Number(s);
        if (n < lo || n > hi) return bad(v, to);
        return n;
      };
    }
    case 'FLOAT':
    case 'DOUBLE':
      return (v) => {
        const s = (v as string).trim();
        const n = s === 'NaN' ? NaN : s === 'Infinity' ? Infinity : s === '-Infinity' ? -Infinity : s === '' ? NaN : Number(s);
        if (Number.isNaN(n) && s !== 'NaN') return bad(v, to);
        return to.kind === 'FLOAT' ? Math.fround(n) : n;
      };
    case 'DECIMAL':
      return (v) => {
        const s = (v as string).trim();
        if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return bad(v, to);
        const r = roundHalfUp(Number(s), to.scale);
        return fitsDecimal(r, to.precision, to.scale) ? r : null;
      };
    case 'DATE':
      return (v) => {
        const ms = parseTimestamp(v as string);
        return ms === null ? bad(v, to) : Math.floor(ms / MS_PER_DAY);
      };
    case 'TIME':
      return (v) => parseTime(v as string) ?? bad(v, to);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return (v) => parseTimestamp(v as string) ?? bad(v, to);
    case 'BINARY':
    case 'VARBINARY':
      return (v) => utf8.encode(v as string);
    default:
      return (v) => bad(v, to);
  }
}

function toNumeric(from: LogicalType, to: LogicalType): CastFn {
  const fromBool = from.kind === 'BOOLEAN';
  switch (to.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT': {
      const k = to.kind;
      if (fromBool) return (v) => (v ? 1 : 0);
      return (v) => {
        const n = Math.trunc(v as number);
        return Number.isFinite(n) ? wrapInt(k, n) : 0;
      };
    }
    case 'FLOAT':
      return fromBool ? (v) => (v ? 1 : 0) : (v) => Math.fround(v as number);
    case 'DOUBLE':
      return fromBool ? (v) => (v ? 1 : 0) : (v) => v;
    case 'DECIMAL': {
      const { precision, scale } = to;
      return (v) => {
        const r = roundHalfUp(fromBool ? (v ? 1 : 0) : (v as number), scale);
        return fitsDecimal(r, precision, scale) ? r : null;
      };
    }
    case 'BOOLEAN':
      return (v) => v !== 0;
    default:
      return (v) => bad(v, to);
  }
}

function lengthRule(to: LogicalType): ((s: string) => string) | null {
  if (to.kind === 'CHAR') return (s) => (s.length >= to.length ? s.substring(0, to.length) : s.padEnd(to.length, ' '));
  if (to.kind === 'VARCHAR' && to.length < 2147483647) return (s) => (s.length > to.length ? s.substring(0, to.length) : s);
  return null;
}

/** The conversion function for CAST(from AS to); `safe` makes failures NULL (TRY_CAST). */
export function castFunction(from: LogicalType, to: LogicalType, safe: boolean): CastFn {
  const fn = rawCast(from, to);
  if (!safe) return fn;
  return (v) => {
    try {
      return fn(v);
    } catch {
      return null;
    }
  };
}

function rawCast(from: LogicalType, to: LogicalType): CastFn {
  if (from.kind === 'NULL') return () => null;
  if (STRING_KINDS.has(to.kind)) {
    const text = STRING_KINDS.has(from.kind) ? (v: Value) => v as string : toText(from);
    const len = lengthRule(to);
    return len === null ? text : (v) => len(text(v));
  }
  if (STRING_KINDS.has(from.kind)) return fromText(to);
  if (NUMERIC_KINDS.has(to.kind) || to.kind === 'BOOLEAN') {
    if (NUMERIC_KINDS.has(from.kind) || from.kind === 'BOOLEAN') {
      if (from.kind === to.kind && to.kind !== 'DECIMAL') return (v) => v;
      return toNumeric(from, to);
    }
    if (TS_KINDS.has(from.kind) && to.kind !== 'BOOLEAN') return (v) => Math.floor((v as number) / 1000);
  }
  if (TS_KINDS.has(to.kind)) {
    if (TS_KINDS.has(from.kind)) return (v) => v;
    if (from.kind === 'DATE') return (v) => (v as number) * MS_PER_DAY;
    if (NUMERIC_KINDS.has(from.kind)) return (v) => (v as number) * 1000;
  }
  if (to.kind === 'DATE' && TS_KINDS.has(from.kind)) return (v) => Math.floor((v as number) / MS_PER_DAY);
  if (to.kind === 'TIME' && TS_KINDS.has(from.kind)) return (v) => (((v as number) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  if (from.kind === to.kind) return (v) => v;
  if ((from.kind === 'BINARY' || from.kind === 'VARBINARY') && (to.kind === 'BINARY' || to.kind === 'VARBINARY')) return (v) => v;
  return (v) => bad(v, to);
}
