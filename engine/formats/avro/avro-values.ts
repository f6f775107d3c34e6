/**
 * Row values <-> the values avsc reads and writes for the schema toAvroSchema produces:
 * records as objects, bytes as Buffers, decimals as big-endian two's complement unscaled
 * bytes, timestamps as millis or micros, maps as objects with string keys.
 */
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { decimalText } from '../number-text';
import { textFormatter, textParser } from '../text-values';

export type ToAvro = (v: Value) => unknown;
export type FromAvro = (a: unknown) => Value;

export function toAvro(type: LogicalType): ToAvro {
  const f = toAvroNonNull(type);
  return (v) => (v === null ? null : f(v));
}

function toAvroNonNull(type: LogicalType): ToAvro {
  switch (type.kind) {
    case 'BINARY':
    case 'VARBINARY':
      return (v) => Buffer.from(v as Uint8Array);
    case 'DECIMAL':
      return (v) => decimalBytes(BigInt(decimalText(v as number, type.scale).replace('.', '')));
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return type.precision > 3 ? (v) => (v as number) * 1000 : (v) => v;
    case 'ARRAY': {
      const e = toAvro(type.element);
      return (v) => (v as Value[]).map(e);
    }
    case 'MAP':
    case 'MULTISET': {
      const key = textFormatter(type.kind === 'MAP' ? type.key : type.element);
      const val = type.kind === 'MAP' ? toAvro(type.value) : (x: Value) => x;
      return (v) => {
        const o: Record<string, unknown> = {};
        for (const [k, x] of v as Map<Value, Value>) o[k === null ? 'null' : key(k)] = val(x);
        return o;
      };
    }
    case 'ROW': {
      const names = type.fields.map((f) => f.name);
      const fs = type.fields.map((f) => toAvro(f.type));
      return (v) => {
        const row = v as Value[];
        const o: Record<string, unknown> = {};
        for (let i = 0; i < fs.length; i++) o[names[i]] = fs[i](row[i]);
        return o;
      };
    }
    default:
      return (v) => v;
  }
}

export function fromAvro(type: LogicalType): FromAvro {
  const f = fromAvroNonNull(type);
  if (f === undefined) return (a) => (a === undefined ? null : (a as Value));
  return (a) => (a === null || a === undefined ? null : f(a));
}

/** The conversion of a non-null Avro value; undefined when the value is already the Flink value (the hot path skips the call). */
function fromAvroNonNull(type: LogicalType): FromAvro | undefined {
  switch (type.kind) {
    case 'BINARY':
    case 'VARBINARY':
      return (a) => new Uint8Array(a as Buffer);
    case 'DECIMAL': {
      const scale = 10 ** type.scale;
      return (a) => Number(unscaled(a as Buffer)) / scale;
    }
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return type.precision > 3 ? (a) => Math.floor((a as number) / 1000) : (a) => a as number;
    case 'ARRAY': {
      // Elements that need no conversion: the decoded array is the value (avsc gives nulls as null).
      if (fromAvroNonNull(type.element) === undefined) return undefined;
      const e = fromAvro(type.element);
      return (a) => (a as unknown[]).map(e);
    }
    case 'MAP':
    case 'MULTISET': {
      const key = textParser(type.kind === 'MAP' ? type.key : type.element);
      const val = type.kind === 'MAP' ? fromAvro(type.value) : (x: unknown) => x as number;
      return (a) => {
        const m = new Map<Value, Value>();
        for (const [k, x] of Object.entries(a as Record<string, unknown>)) m.set(key(k), val(x));
        return m;
      };
    }
    case 'ROW': {
      const names = type.fields.map((f) => f.name);
      const fs = type.fields.map((f) => fromAvroNonNull(f.type));
      const n = fs.length;
      return (a) => {
        const o = a as Record<string, unknown>;
        const row: Value[] = new Array(n);
        for (let i = 0; i < n; i++) {
          const v = o[names[i]];
          const f = fs[i];
          row[i] = v === null || v === undefined ? null : f === undefined ? (v as Value) : f(v);
        }
        return row;
      };
    }
    default:
      return undefined;
  }
}

/** Minimal big-endian two's complement bytes of an integer (Java BigInteger.toByteArray). */
export function decimalBytes(n: bigint): Buffer {
  const bytes: number[] = [];
  let x = n;
  for (;;) {
    const b = Number(x & 0xffn);
    bytes.unshift(b);
    x >>= 8n;
    if ((x === 0n && (b & 0x80) === 0) || (x === -1n && (b & 0x80) !== 0)) break;
  }
  return Buffer.from(bytes);
}

export function unscaled(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  let n = 0n;
  for (const byte of b) n = (n << 8n) | BigInt(byte);
  if (b[0] & 0x80) n -= 1n << BigInt(8 * b.length);
  return n;
}
