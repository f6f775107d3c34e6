/**
 * A compiled Avro binary decoder: from a writer schema and the table's columns, once, a plain
 * JS function (generated source, like engine/runtime/compile) that reads a record straight
 * into the engine's positional Row. Fields map to columns by name; a writer field no column
 * reads (not a column, or not in `read`) is skipped by its encoding without building a value;
 * a column the writer lacks is NULL. Values follow engine/types/values.ts: timestamps and times
 * in milliseconds (micros / nanos writers divided), decimals as numbers (the writer's scale),
 * bytes and fixed as Uint8Array copies, enums as their symbol, maps as Map with keys parsed as
 * the column's key type, nested records as positional rows, and an Avro union of several
 * non-null types as a ROW with one field per branch (avro-schema.ts unionBranchName), exactly
 * one of them set. Reading past the end, a bad union branch or enum index, or trailing bytes
 * throw (the caller makes that a RecordDecodeError). No intermediate objects: the only
 * allocations are the row arrays and the values themselves.
 */
import type { ColumnSpec } from '../../connectors/api';
import type { LogicalType } from '../../types/logical-type';
import type { Row } from '../../runtime/changelog';
import { textParser } from '../text-values';
import { AvroSchemaError, namedTypes, namespaceOf, resolveSchema, unionBranchName, type AvroSchema } from './avro-schema';

/** Decodes one Avro body at `buf[start..end)`; throws on malformed input. */
export type AvroRowDecoder = (buf: Buffer, start: number, end: number) => Row;

type Named = Record<string, unknown>;

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

/** Compiles the decoder of `writer` records into rows of `columns` (`read`: indexes of the columns wanted; all when absent). */
export function compileAvroDecoder(writer: AvroSchema, columns: readonly ColumnSpec[], read?: readonly number[]): AvroRowDecoder {
  const gen = new Gen(namedTypes(writer));
  const wanted = read ? new Set(read) : undefined;
  const top: LogicalType = { kind: 'ROW', nullable: false, fields: columns.map((c, i) => ({ name: c.name, type: wanted && !wanted.has(i) ? SKIP : c.type })) };
  const body = gen.value(writer, top, 'out', undefined, 1);
  const source =
    `${gen.constants.map((_, i) => `const c${i} = c[${i}];`).join('\n')}\n` +
    `let b, p = 0, e = 0;\n${HELPERS}\n` +
    `return function decodeAvro(buf, start, end) {\n  b = buf; p = start; e = end;\n  let out;\n${body}\n` +
    `  if (p !== e) throw new Error(p > e ? 'truncated record' : 'trailing bytes after the record');\n  return out;\n};`;
  return new Function('c', source)(gen.constants) as AvroRowDecoder;
}

/** Marks a column that is not read: its field is skipped. */
const SKIP: LogicalType = { kind: 'NULL', nullable: true };

// Helpers shared by the generated code (closure over b, p, e). rl: zigzag varint as avsc reads
// it (exact to 2^53); rs: a UTF-8 string; rb: a byte copy of n bytes; ck: bounds check.
const HELPERS = `
function ck(n) { if (n < 0 || p + n > e) throw new Error('truncated record'); }
function rl() {
  let x = b[p++], n = x & 0x7f;
  if (x < 0x80) return (n >>> 1) ^ -(n & 1);
  let k = 7, h;
  do { x = b[p++]; h = x & 0x80; n |= (x & 0x7f) << k; k += 7; } while (h && k < 28);
  if (!h) return (n >>> 1) ^ -(n & 1);
  let f = n >>> 0, fk = 268435456;
  do { x = b[p++]; f += (x & 0x7f) * fk; fk *= 128; } while (x & 0x80);
  if (p > e) throw new Error('truncated record');
  return (f % 2 ? -(f + 1) : f) / 2;
}
function rs() {
  const n = rl(); ck(n);
  const s = p; p += n;
  if (n < 24) {
    let t = '';
    for (let i = s; i < p; i++) { const c = b[i]; if (c > 127) return b.utf8Slice(s, p); t += String.fromCharCode(c); }
    return t;
  }
  return b.utf8Slice(s, p);
}
function rb(n) { ck(n); const u = new Uint8Array(n); u.set(b.subarray(p, p + n)); p += n; return u; }
function sb() { const n = rl(); ck(n); p += n; }
function dec(n, scale) {
  ck(n);
  if (n === 0) return 0;
  if (n <= 6) { let v = b[p] & 0x80 ? -1 : 0; for (let i = 0; i < n; i++) v = v * 256 + b[p + i]; p += n; return v / scale; }
  let v = 0n; for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(b[p + i]);
  if (b[p] & 0x80) v -= 1n << BigInt(8 * n);
  p += n; return Number(v) / scale;
}
function blk() { let n = rl(); if (n < 0) { n = -n; rl(); } if (n > e - p + 1024) throw new Error('truncated record (block of ' + n + ' items)'); return n; }
`;

class Gen {
  readonly constants: unknown[] = [];
  private vars = 0;
  private readonly resolving = new Set<Named>();

  constructor(private readonly names: ReadonlyMap<string, Named>) {}

  constant(v: unknown): string {
    this.constants.push(v);
    return `c${this.constants.length - 1}`;
  }

  private v(): string {
    return `v${this.vars++}`;
  }

  private resolve(s: AvroSchema, ns: string | undefined): AvroSchema {
    return resolveSchema(s, this.names, ns);
  }

  /**
   * Code that reads a value of writer schema `schema` into `target` as a value of `type`
   * (SKIP: skipped, target left alone).
   */
  value(schema: AvroSchema, type: LogicalType, target: string, ns: string | undefined, depth: number): string {
    const s = this.resolve(schema, ns);
    const ind = '  '.repeat(depth);
    const skip = type === SKIP;
    if (Array.isArray(s)) return this.union(s, type, target, ns, depth);
    if (typeof s === 'string') return this.primitive(s, undefined, type, target, ind, skip);
    const t = s.type;
    const logical = typeof s.logicalType === 'string' ? s.logicalType : undefined;
    switch (t) {
      case 'record':
      case 'error':
        return this.record(s, type, target, ns, depth);
      case 'enum': {
        const symbols = s.symbols as string[];
        if (skip) return `${ind}rl();\n`;
        const k = this.v();
        return `${ind}{ const ${k} = rl(); if (${k} < 0 || ${k} >= ${symbols.length}) throw new Error('enum index ' + ${k} + ' out of range'); ${target} = ${this.constant(symbols)}[${k}]; }\n`;
      }
      case 'fixed': {
        const size = Number(s.size);
        if (skip) return `${ind}ck(${size}); p += ${size};\n`;
        if (logical === 'decimal' || type.kind === 'DECIMAL') return `${ind}${target} = dec(${size}, ${10 ** Number(s.scale ?? (type.kind === 'DECIMAL' ? type.scale : 0))});\n`;
        return `${ind}${target} = rb(${size});\n`;
      }
      case 'array': {
        const el = type.kind === 'ARRAY' ? type.element : skip ? SKIP : undefined;
        if (el === undefined) throw new AvroSchemaError(`an Avro array cannot be read as ${type.kind}`);
        const a = this.v();
        const n = this.v();
        const i = this.v();
        const x = this.v();
        const item = this.value(s.items as AvroSchema, el, x, ns, depth + 2);
        if (skip) return `${ind}for (let ${n} = blk(); ${n} !== 0; ${n} = blk()) for (let ${i} = 0; ${i} < ${n}; ${i}++) {\n${item}${ind}  if (p > e) throw new Error('truncated record');\n${ind}}\n`;
        return (
          `${ind}{ const ${a} = [];\n` +
          `${ind}for (let ${n} = blk(); ${n} !== 0; ${n} = blk()) for (let ${i} = 0; ${i} < ${n}; ${i}++) {\n${ind}  let ${x} = null;\n${item}${ind}  if (p > e) throw new Error('truncated record');\n${ind}  ${a}.push(${x});\n${ind}}\n` +
          `${ind}${target} = ${a}; }\n`
        );
      }
      case 'map': {
        if (skip) {
          const n = this.v();
          const i = this.v();
          const item = this.value(s.values as AvroSchema, SKIP, '_', ns, depth + 2);
          return `${ind}for (let ${n} = blk(); ${n} !== 0; ${n} = blk()) for (let ${i} = 0; ${i} < ${n}; ${i}++) {\n${ind}  sb();\n${item}${ind}  if (p > e) throw new Error('truncated record');\n${ind}}\n`;
        }
        if (type.kind !== 'MAP' && type.kind !== 'MULTISET') throw new AvroSchemaError(`an Avro map cannot be read as ${type.kind}`);
        const keyType = type.kind === 'MAP' ? type.key : type.element;
        const valueType: LogicalType = type.kind === 'MAP' ? type.value : { kind: 'INTEGER', nullable: false };
        const isText = keyType.kind === 'VARCHAR' || keyType.kind === 'CHAR';
        const parse = isText ? '' : this.constant(textParser(keyType));
        const m = this.v();
        const n = this.v();
        const i = this.v();
        const k = this.v();
        const x = this.v();
        const item = this.value(s.values as AvroSchema, valueType, x, ns, depth + 2);
        return (
          `${ind}{ const ${m} = new Map();\n` +
          `${ind}for (let ${n} = blk(); ${n} !== 0; ${n} = blk()) for (let ${i} = 0; ${i} < ${n}; ${i}++) {\n` +
          `${ind}  const ${k} = ${isText ? 'rs()' : `${parse}(rs())`}; let ${x} = null;\n${item}${ind}  if (p > e) throw new Error('truncated record');\n${ind}  ${m}.set(${k}, ${x});\n${ind}}\n` +
          `${ind}${target} = ${m}; }\n`
        );
      }
      default:
        if (typeof t === 'string' && PRIMITIVES.has(t)) return this.primitive(t, logical, type, target, ind, skip, s);
        throw new AvroSchemaError(`unknown Avro type ${JSON.stringify(t)}`);
    }
  }

  private primitive(t: string, logical: string | undefined, type: LogicalType, target: string, ind: string, skip: boolean, s?: Named): string {
    switch (t) {
      case 'null':
        return skip ? '' : `${ind}${target} = null;\n`;
      case 'boolean':
        return skip ? `${ind}p++;\n` : `${ind}${target} = b[p++] === 1;\n`;
      case 'int':
      case 'long': {
        if (skip) return `${ind}rl();\n`;
        const timeLike = type.kind === 'TIMESTAMP' || type.kind === 'TIMESTAMP_LTZ' || type.kind === 'TIME';
        if (timeLike && (logical === 'timestamp-micros' || logical === 'local-timestamp-micros' || logical === 'time-micros')) return `${ind}${target} = Math.floor(rl() / 1000);\n`;
        if (timeLike && (logical === 'timestamp-nanos' || logical === 'local-timestamp-nanos')) return `${ind}${target} = Math.floor(rl() / 1000000);\n`;
        return `${ind}${target} = rl();\n`;
      }
      case 'float':
        return skip ? `${ind}ck(4); p += 4;\n` : `${ind}ck(4); ${target} = b.readFloatLE(p); p += 4;\n`;
      case 'double':
        return skip ? `${ind}ck(8); p += 8;\n` : `${ind}ck(8); ${target} = b.readDoubleLE(p); p += 8;\n`;
      case 'string':
        if (skip) return `${ind}sb();\n`;
        if (type.kind === 'BINARY' || type.kind === 'VARBINARY') return `${ind}{ const n = rl(); ${target} = rb(n); }\n`;
        return `${ind}${target} = rs();\n`;
      case 'bytes':
        if (skip) return `${ind}sb();\n`;
        if (logical === 'decimal' || type.kind === 'DECIMAL') {
          const scale = Number(s?.scale ?? (type.kind === 'DECIMAL' ? type.scale : 0));
          return `${ind}${target} = dec(rl(), ${10 ** scale});\n`;
        }
        if (type.kind === 'VARCHAR' || type.kind === 'CHAR') return `${ind}${target} = rs();\n`;
        return `${ind}{ const n = rl(); ${target} = rb(n); }\n`;
      default:
        throw new AvroSchemaError(`unknown Avro type ${t}`);
    }
  }

  private record(s: Named, type: LogicalType, target: string, ns: string | undefined, depth: number): string {
    const ind = '  '.repeat(depth);
    const space = namespaceOf(s, ns);
    const fields = s.fields as { name: string; type: AvroSchema }[];
    if (this.resolving.has(s)) throw new AvroSchemaError(`recursive Avro record ${String(s.name)} has no Flink type`);
    this.resolving.add(s);
    try {
      if (type === SKIP) return fields.map((f) => this.value(f.type, SKIP, '_', space, depth)).join('');
      if (type.kind !== 'ROW') throw new AvroSchemaError(`Avro record ${String(s.name)} cannot be read as ${type.kind}`);
      const slots = type.fields.map(() => this.v());
      let code = `${ind}{ let ${slots.join(' = null, ')} = null;\n`;
      for (const f of fields) {
        const at = type.fields.findIndex((c) => c.name === f.name);
        code += at < 0 ? this.value(f.type, SKIP, '_', space, depth + 1) : this.value(f.type, type.fields[at].type, slots[at], space, depth + 1);
      }
      return `${code}${ind}  ${target} = [${slots.join(', ')}]; }\n`;
    } finally {
      this.resolving.delete(s);
    }
  }

  private union(branches: AvroSchema[], type: LogicalType, target: string, ns: string | undefined, depth: number): string {
    const ind = '  '.repeat(depth);
    const k = this.v();
    const nonNull = branches.filter((b) => b !== 'null');
    // Several non-null branches read as a ROW with one field per branch (by branch name).
    const asRow = nonNull.length > 1 && type !== SKIP;
    if (asRow && type.kind !== 'ROW') throw new AvroSchemaError(`an Avro union of ${nonNull.length} types cannot be read as ${type.kind}`);
    let code = `${ind}switch (rl()) {\n`;
    branches.forEach((b, i) => {
      code += `${ind}  case ${i}: {\n`;
      if (b === 'null') code += type === SKIP ? '' : `${ind}    ${target} = null;\n`;
      else if (asRow && type.kind === 'ROW') {
        const name = unionBranchName(this.resolve(b, ns));
        const at = type.fields.findIndex((f) => f.name === name);
        const slots = type.fields.map(() => 'null');
        if (at < 0) code += this.value(b, SKIP, '_', ns, depth + 2);
        else {
          code += `${ind}    let ${k} = null;\n${this.value(b, type.fields[at].type, k, ns, depth + 2)}`;
          slots[at] = k;
        }
        code += `${ind}    ${target} = [${slots.join(', ')}];\n`;
      } else code += this.value(b, type, target, ns, depth + 2);
      code += `${ind}    break;\n${ind}  }\n`;
    });
    return `${code}${ind}  default: throw new Error('union branch index out of range');\n${ind}}\n`;
  }
}
