/**
 * Protobuf schemas (as a Schema Registry holds them: `.proto` text) as Flink types and values,
 * as Confluent Cloud maps `T-value` / `T-key` subjects of schema type PROTOBUF:
 *
 * - the first message of the file (Confluent's message index [0]) is the row; its fields the
 *   columns, in field order;
 * - double → DOUBLE, float → FLOAT, int32/sint32/sfixed32 → INT, int64/sint64/sfixed64 and
 *   uint32/fixed32/uint64/fixed64 → BIGINT, bool → BOOLEAN, string → STRING, bytes → BYTES,
 *   enum → STRING (the value's name), message → ROW, `repeated` → ARRAY, `map<K, V>` → MAP,
 *   google.protobuf.Timestamp → TIMESTAMP_LTZ(3), the wrappers (StringValue, Int64Value, …) →
 *   their nullable primitive;
 * - proto3 scalars are NOT NULL (they read as their default), `optional` ones and messages are
 *   nullable; proto2 `required` fields are NOT NULL, the rest nullable.
 *
 * Imports of the well-known google/protobuf files are resolved from protobufjs' copies; other
 * imports (schema references) are not yet, and their types are errors naming the field.
 */
import type * as protobuf from 'protobufjs';
import { protobufjs } from '../../lazy-libraries';
import { T, type LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';

export class ProtoSchemaError extends Error {}

export interface ProtoSchema {
  readonly root: protobuf.Root;
  /** The file's top-level messages in declaration order (message index → type). */
  readonly messages: readonly protobuf.Type[];
  /** `syntax = "proto3"` (a file without a syntax line is proto2). */
  readonly proto3: boolean;
}

export function parseProtoSchema(text: string): ProtoSchema {
  let parsed: protobuf.IParserResult;
  try {
    parsed = protobufjs().parse(text, { keepCase: true });
  } catch (e) {
    throw new ProtoSchemaError(`not a valid .proto schema: ${(e as Error).message}`);
  }
  const root = parsed.root;
  for (const file of parsed.imports ?? []) {
    const common = protobufjs().common.get(file);
    if (common?.nested) root.addJSON(common.nested);
  }
  try {
    root.resolveAll();
  } catch (e) {
    throw new ProtoSchemaError(`${(e as Error).message} (schema references other than google/protobuf are not resolved yet)`);
  }
  const ns = parsed.package ? root.lookup(parsed.package) : root;
  const messages = ((ns as protobuf.Namespace | null)?.nestedArray ?? []).filter((n): n is protobuf.Type => n instanceof protobufjs().Type);
  if (messages.length === 0) throw new ProtoSchemaError('the .proto schema declares no message');
  return { root, messages, proto3: /^\s*syntax\s*=\s*["']proto3["']\s*;/m.test(text) };
}

/** The message a record's message indexes name (top-level index, then nested ones). */
export function messageAt(schema: ProtoSchema, indexes: readonly number[]): protobuf.Type | undefined {
  let t: protobuf.Type | undefined = schema.messages[indexes[0] ?? 0];
  for (let i = 1; t && i < indexes.length; i++) t = t.nestedArray.filter((n): n is protobuf.Type => n instanceof protobufjs().Type)[indexes[i]];
  return t;
}

const SCALARS: Readonly<Record<string, () => LogicalType>> = {
  double: () => T.double(false),
  float: () => T.float(false),
  int32: () => T.int(false),
  sint32: () => T.int(false),
  sfixed32: () => T.int(false),
  int64: () => T.bigint(false),
  sint64: () => T.bigint(false),
  sfixed64: () => T.bigint(false),
  uint32: () => T.bigint(false),
  fixed32: () => T.bigint(false),
  uint64: () => T.bigint(false),
  fixed64: () => T.bigint(false),
  bool: () => T.boolean(false),
  string: () => T.string(false),
  bytes: () => T.bytes(false),
};

const WRAPPERS: Readonly<Record<string, string>> = {
  'google.protobuf.DoubleValue': 'double',
  'google.protobuf.FloatValue': 'float',
  'google.protobuf.Int64Value': 'int64',
  'google.protobuf.UInt64Value': 'uint64',
  'google.protobuf.Int32Value': 'int32',
  'google.protobuf.UInt32Value': 'uint32',
  'google.protobuf.BoolValue': 'bool',
  'google.protobuf.StringValue': 'string',
  'google.protobuf.BytesValue': 'bytes',
};

const fullName = (t: protobuf.ReflectionObject): string => t.fullName.replace(/^\./, '');
const nullable = (t: LogicalType, n: boolean): LogicalType => ({ ...t, nullable: n }) as LogicalType;

/** A field's type and how to turn protobufjs' `toObject` value into the Flink value. */
interface Mapped {
  readonly type: LogicalType;
  readonly value: (v: unknown) => Value;
}

function scalarValue(name: string): (v: unknown) => Value {
  if (name === 'bytes') return (v) => (v === null || v === undefined ? null : new Uint8Array(v as Buffer));
  if (name.endsWith('64') || name === 'uint32' || name === 'fixed32') return (v) => (v === null || v === undefined ? null : Number(v));
  return (v) => (v === undefined ? null : (v as Value));
}

function mapType(field: protobuf.Field, path: string, seen: ReadonlySet<string>, proto3: boolean): Mapped {
  const element = (): Mapped => {
    const r = field.resolvedType;
    if (r instanceof protobufjs().Enum) return { type: T.string(false), value: (v) => (v === undefined ? null : (v as string)) };
    if (r instanceof protobufjs().Type) {
      const name = fullName(r);
      if (name === 'google.protobuf.Timestamp') {
        return { type: T.timestampLtz(3), value: (v) => (v ? Number((v as { seconds?: unknown }).seconds ?? 0) * 1000 + Math.floor(Number((v as { nanos?: unknown }).nanos ?? 0) / 1e6) : null) };
      }
      const wrapped = WRAPPERS[name];
      if (wrapped) {
        const inner = scalarValue(wrapped);
        return { type: nullable(SCALARS[wrapped](), true), value: (v) => (v ? inner((v as { value?: unknown }).value ?? (wrapped === 'string' ? '' : wrapped === 'bool' ? false : 0)) : null) };
      }
      if (seen.has(name)) throw new ProtoSchemaError(`${path}: recursive message ${name} has no Flink type`);
      const row = messageType(r, path, new Set([...seen, name]), proto3);
      return { type: nullable(row.type, true), value: (v) => (v ? row.value(v) : null) };
    }
    const scalar = SCALARS[field.type];
    if (!scalar) throw new ProtoSchemaError(`${path}: type ${field.type} has no Flink type`);
    return { type: scalar(), value: scalarValue(field.type) };
  };
  if (field instanceof protobufjs().MapField) {
    const key = SCALARS[field.keyType];
    if (!key) throw new ProtoSchemaError(`${path}: map key type ${field.keyType} has no Flink type`);
    const keyValue = scalarValue(field.keyType);
    const v = element();
    return {
      type: T.map(key(), v.type, false),
      value: (o) => {
        const m = new Map<Value, Value>();
        for (const [k, x] of Object.entries((o ?? {}) as Record<string, unknown>)) m.set(field.keyType === 'bool' ? k === 'true' : keyValue(field.keyType === 'string' ? k : Number(k)), v.value(x));
        return m;
      },
    };
  }
  const e = element();
  if (field.repeated) return { type: T.array(e.type, false), value: (o) => ((o ?? []) as unknown[]).map(e.value) };
  return e;
}

function messageType(type: protobuf.Type, path: string, seen: ReadonlySet<string>, proto3: boolean): Mapped {
  const fields = type.fieldsArray.map((f) => {
    const m = mapType(f, `${path}.${f.name}`, seen, proto3);
    const optional = f.required ? false : f.partOf?.name.startsWith('_') || !proto3 || f.resolvedType instanceof protobufjs().Type;
    return { name: f.name, type: optional && !(f.repeated || f.map) ? nullable(m.type, true) : m.type, value: m.value };
  });
  return {
    type: T.row(fields.map((f) => ({ name: f.name, type: f.type })), false),
    value: (o) => fields.map((f) => f.value((o as Record<string, unknown>)[f.name])),
  };
}

/** The row type of a message, and the converter of its decoded objects (`toObject` with TO_OBJECT) into rows. */
export function protoMessageType(type: protobuf.Type, proto3: boolean): Mapped {
  return messageType(type, fullName(type), new Set([fullName(type)]), proto3);
}

/** Options for protobufjs' `toObject` that the converters expect. */
export const TO_OBJECT: protobuf.IConversionOptions = { longs: String, enums: String, bytes: Buffer as unknown as protobuf.IConversionOptions['bytes'], defaults: true, arrays: true, objects: true };
