/**
 * Writing rows with a registered Avro schema that holds unions of several non-null types,
 * which the schema Flink derives from columns cannot express: such a union is a ROW column
 * with one nullable field per branch (avro-schema.ts unionBranchName), and a value written to
 * it must set exactly one field (or none, when the union holds null); anything else is an
 * error naming the column. Values become what avsc writes for the schema with wrapped unions
 * (`{ branch: value }`), following engine/types/values.ts for the other types.
 */
import type * as avro from 'avsc';
import { avsc } from '../../lazy-libraries';
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { textFormatter } from '../text-values';
import { decimalText } from '../number-text';
import { decimalBytes } from './avro-values';
import { fromAvroSchema, namedTypes, namespaceOf, resolveSchema, unionBranchName, type AvroSchema } from './avro-schema';

type Named = Record<string, unknown>;
type Convert = (v: Value) => unknown;

/** Whether the schema holds a union of several non-null types anywhere. */
export function hasMultiUnion(schema: AvroSchema): boolean {
  if (Array.isArray(schema)) return schema.filter((s) => s !== 'null').length > 1 || schema.some(hasMultiUnion);
  if (typeof schema !== 'object' || schema === null) return false;
  if (schema.type === 'record' || schema.type === 'error') return ((schema.fields as { type: AvroSchema }[]) ?? []).some((f) => hasMultiUnion(f.type));
  if (schema.type === 'array') return hasMultiUnion(schema.items as AvroSchema);
  if (schema.type === 'map') return hasMultiUnion(schema.values as AvroSchema);
  return typeof schema.type === 'object' && schema.type !== null && hasMultiUnion(schema.type as AvroSchema);
}

/** Flink type equality by kind, names and parameters, ignoring nullability. */
function sameShape(a: LogicalType, b: LogicalType): boolean {
  if (a.kind !== b.kind) return a.kind === 'VARCHAR' ? b.kind === 'CHAR' : a.kind === 'CHAR' && b.kind === 'VARCHAR';
  switch (a.kind) {
    case 'ROW':
      return b.kind === 'ROW' && a.fields.length === b.fields.length && a.fields.every((f, i) => f.name === b.fields[i].name && sameShape(f.type, b.fields[i].type));
    case 'ARRAY':
    case 'MULTISET':
      return (b.kind === 'ARRAY' || b.kind === 'MULTISET') && sameShape(a.element, b.element);
    case 'MAP':
      return b.kind === 'MAP' && sameShape(a.key, b.key) && sameShape(a.value, b.value);
    case 'DECIMAL':
      return b.kind === 'DECIMAL' && a.scale === b.scale;
    default:
      return true;
  }
}

/** Whether rows of `rowType` can be written with `schema` (its Flink type has the same shape). */
export function fitsSchema(schema: AvroSchema, rowType: LogicalType): boolean {
  try {
    return sameShape(fromAvroSchema(schema), rowType);
  } catch {
    return false;
  }
}

/** A writer of rows of `rowType` as Avro bodies of `schema`. */
export function unionWriter(schema: AvroSchema, rowType: LogicalType): (row: Value[]) => Buffer {
  const names = namedTypes(schema);
  const type = avsc().Type.forSchema(schema as avro.Schema, { wrapUnions: true });
  const convert = converter(schema, rowType, names, undefined, '');
  return (row) => type.toBuffer(convert(row));
}

function fullName(s: Named, ns: string | undefined): string {
  const name = String(s.name);
  if (name.includes('.')) return name;
  const space = namespaceOf(s, ns);
  return space ? `${space}.${name}` : name;
}

/** avsc's key of a wrapped union branch: the full name of a named type, else the type name. */
function branchKey(s: AvroSchema, ns: string | undefined): string {
  if (typeof s === 'string') return s;
  if (Array.isArray(s)) throw new Error('nested union');
  const t = s.type;
  if (t === 'record' || t === 'error' || t === 'enum' || t === 'fixed') return fullName(s, ns);
  return typeof t === 'string' ? t : branchKey(t as AvroSchema, ns);
}

function converter(schema: AvroSchema, type: LogicalType, names: ReadonlyMap<string, Named>, ns: string | undefined, column: string): Convert {
  const s = resolveSchema(schema, names, ns);
  if (Array.isArray(s)) {
    const nonNull = s.filter((b) => b !== 'null');
    const hasNull = nonNull.length < s.length;
    if (nonNull.length === 1) {
      const key = branchKey(resolveSchema(nonNull[0], names, ns), ns);
      const inner = converter(nonNull[0], type, names, ns, column);
      return (v) => {
        if (v !== null) return { [key]: inner(v) };
        if (hasNull) return null;
        throw new Error(`column ${column}: NULL cannot be written to a field of Avro type ${key}`);
      };
    }
    if (type.kind !== 'ROW') throw new Error(`column ${column}: an Avro union of ${nonNull.length} types needs a ROW column`);
    const branches = nonNull.map((b) => {
      const resolved = resolveSchema(b, names, ns);
      const name = unionBranchName(resolved);
      const at = type.fields.findIndex((f) => f.name === name);
      return { at, key: branchKey(resolved, ns), convert: at < 0 ? undefined : converter(b, type.fields[at].type, names, ns, `${column}.${name}`) };
    });
    const fields = type.fields.map((f) => f.name).join(', ');
    return (v) => {
      if (v === null) {
        if (hasNull) return null;
        throw new Error(`column ${column}: an Avro union without null needs one of its fields (${fields}) set`);
      }
      const row = v as Value[];
      let set = -1;
      for (const b of branches) {
        if (b.at < 0 || row[b.at] === null) continue;
        if (set >= 0) throw new Error(`column ${column}: an Avro union value sets exactly one of its fields (${fields}); ${type.fields[set].name} and ${type.fields[b.at].name} are both set`);
        set = b.at;
      }
      const b = branches.find((x) => x.at === set);
      if (!b) {
        if (hasNull) return null;
        throw new Error(`column ${column}: an Avro union without null needs one of its fields (${fields}) set`);
      }
      return { [b.key]: b.convert!(row[b.at]) };
    };
  }
  if (typeof s === 'string') return primitive(s, undefined, type, undefined);
  const t = s.type;
  switch (t) {
    case 'record':
    case 'error': {
      const space = namespaceOf(s, ns);
      const fields = (s.fields as { name: string; type: AvroSchema }[]).map((f) => {
        const at = type.kind === 'ROW' ? type.fields.findIndex((c) => c.name === f.name) : -1;
        return { name: f.name, at, convert: at < 0 || type.kind !== 'ROW' ? undefined : converter(f.type, type.fields[at].type, names, space, column ? `${column}.${f.name}` : f.name) };
      });
      return (v) => {
        const row = v as Value[];
        const o: Record<string, unknown> = {};
        for (const f of fields) o[f.name] = f.convert ? f.convert(row[f.at]) : null;
        return o;
      };
    }
    case 'array': {
      const e = converter(s.items as AvroSchema, type.kind === 'ARRAY' ? type.element : type, names, ns, `${column}[]`);
      return (v) => (v as Value[]).map(e);
    }
    case 'map': {
      const key = type.kind === 'MAP' ? textFormatter(type.key) : (k: Value) => String(k);
      const val = converter(s.values as AvroSchema, type.kind === 'MAP' ? type.value : type, names, ns, `${column}{}`);
      return (v) => {
        const o: Record<string, unknown> = {};
        for (const [k, x] of v as Map<Value, Value>) o[k === null ? 'null' : key(k)] = val(x);
        return o;
      };
    }
    case 'enum':
      return (v) => v;
    case 'fixed':
      return primitive('fixed', s.logicalType as string | undefined, type, s);
    default:
      return primitive(String(t), s.logicalType as string | undefined, type, s);
  }
}

function primitive(t: string, logical: string | undefined, type: LogicalType, s: Named | undefined): Convert {
  if (logical === 'decimal') {
    const scale = Number(s?.scale ?? 0);
    const size = t === 'fixed' ? Number(s?.size) : 0;
    return (v) => {
      const b = decimalBytes(BigInt(decimalText(v as number, scale).replace('.', '')));
      if (!size) return b;
      const out = Buffer.alloc(size, b[0] & 0x80 ? 0xff : 0);
      b.copy(out, size - b.length);
      return out;
    };
  }
  if (t === 'bytes' || t === 'fixed') return (v) => Buffer.from(v as Uint8Array);
  if (t === 'long' && (logical === 'timestamp-micros' || logical === 'local-timestamp-micros' || logical === 'time-micros') && type.kind !== 'BIGINT') return (v) => (v as number) * 1000;
  return (v) => v;
}
