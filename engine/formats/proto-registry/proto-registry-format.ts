/**
 * `format = 'proto-registry'` (Confluent Cloud's name): Protobuf in the Confluent wire format —
 * magic byte 0, a 4-byte schema id, the message indexes (a zigzag varint count, then each
 * index; a single 0 byte stands for [0]: the file's first message), then the Protobuf body —
 * with `.proto` schemas in a Schema Registry. As with avro-confluent, the Kafka connector
 * fetches each schema id once when a record first names it (SchemaNotCached); the record is
 * decoded with its writer message and its fields are mapped to columns by name
 * (proto-schema-types.ts). Writing encodes message `Row` of the schema derived from the
 * columns (proto-schema-of.ts), which the Kafka sink registers under the subject first, framed
 * with its id and the message indexes [0] (a single 0 byte).
 */
import type * as protobuf from 'protobufjs';
import type { ColumnSpec, OptionSpec } from '../../connectors/api';
import type { Options } from '../../connectors/options';
import { RowKind, type Row } from '../../runtime/changelog';
import type { Value } from '../../types/values';
import { RecordDecodeError, type Deserializer, type FormatFactory, type Serializer } from '../format';
import { registryOf, schemaNotCached } from '../avro-confluent/avro-confluent-format';
import { framingProblem, HEADER_LENGTH, schemaIdOf } from '../avro-confluent/wire-format';
import type { RegistryClient } from '../../kafka/registry-client';
import { messageAt, parseProtoSchema, protoMessageType, TO_OBJECT } from './proto-schema-types';
import { protoObjectWriter, protoSchemaFor } from './proto-schema-of';

const OPTIONS: readonly OptionSpec[] = [
  { key: 'url', type: 'string', required: true, description: 'URL of the Confluent Schema Registry (or a compatible API) holding the .proto schemas.' },
  { key: 'subject', type: 'string', description: 'Subject of the schema (Kafka: <topic>-value / <topic>-key by default).' },
  { key: 'basic-auth.credentials-source', type: 'enum', values: ['USER_INFO'], description: "Where registry credentials come from ('USER_INFO': basic-auth.user-info)." },
  { key: 'basic-auth.user-info', type: 'string', description: "Registry basic auth as 'user:password' (never logged)." },
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false', description: 'Tideline extension: skips undecodable records (reported and counted) instead of failing.' },
];

/** Reads a zigzag varint at `at`; [value, next position] or undefined past the end. */
function zigzag(buf: Uint8Array, at: number): [number, number] | undefined {
  let result = 0;
  let shift = 0;
  for (let i = at; i < buf.length && shift < 35; i++) {
    result |= (buf[i] & 0x7f) << shift;
    if ((buf[i] & 0x80) === 0) return [(result >>> 1) ^ -(result & 1), i + 1];
    shift += 7;
  }
  return undefined;
}

/** The message indexes after the header and where the body starts. */
export function messageIndexes(record: Uint8Array): { indexes: number[]; body: number } {
  const count = zigzag(record, HEADER_LENGTH);
  if (!count) throw new RecordDecodeError('record ends inside its Protobuf message indexes');
  if (count[0] === 0) return { indexes: [0], body: count[1] };
  if (count[0] < 0 || count[0] > 100) throw new RecordDecodeError(`malformed Protobuf message indexes (count ${count[0]})`);
  const indexes: number[] = [];
  let at = count[1];
  for (let i = 0; i < count[0]; i++) {
    const r = zigzag(record, at);
    if (!r) throw new RecordDecodeError('record ends inside its Protobuf message indexes');
    indexes.push(r[0]);
    at = r[1];
  }
  return { indexes, body: at };
}

class ProtoRegistryDeserializer implements Deserializer {
  readonly ignoreParseErrors: boolean;
  private readonly client: RegistryClient;
  /** Per writer message: how its decoded object becomes a row of this table's columns. */
  private readonly converters = new Map<protobuf.Type, (o: Record<string, unknown>) => Row>();

  constructor(
    private readonly columns: readonly ColumnSpec[],
    o: Options,
  ) {
    this.ignoreParseErrors = o.boolean('ignore-parse-errors', false);
    this.client = registryOf(o);
  }

  private converter(type: protobuf.Type, proto3: boolean): (o: Record<string, unknown>) => Row {
    let c = this.converters.get(type);
    if (!c) {
      const row = protoMessageType(type, proto3);
      const fields = row.type.kind === 'ROW' ? row.type.fields.map((f) => f.name) : [];
      // Columns by name; a column the writer message lacks reads as NULL.
      const pick = this.columns.map((col) => fields.indexOf(col.name));
      c = (o) => {
        const values = row.value(o) as Value[];
        return pick.map((i) => (i < 0 ? null : values[i]));
      };
      this.converters.set(type, c);
    }
    return c;
  }

  decode(record: Uint8Array | string, rows: Row[], kinds: RowKind[]): void {
    if (typeof record === 'string') throw new RecordDecodeError('Protobuf records are binary, got text');
    const id = schemaIdOf(record);
    if (id === undefined) throw new RecordDecodeError(framingProblem(record));
    const schema = this.client.cachedProtoSchema(id);
    if (schema === undefined) {
      const why = this.client.failures.get(id);
      if (why === undefined) throw schemaNotCached(this.client, id, 'protobuf');
      throw new RecordDecodeError(`unknown schema id ${id}: ${why}`);
    }
    const { indexes, body } = messageIndexes(record);
    const type = messageAt(schema, indexes);
    if (!type) throw new RecordDecodeError(`schema id ${id} has no message at index [${indexes.join(', ')}]`);
    let object: Record<string, unknown>;
    try {
      object = type.toObject(type.decode(record.subarray(body)), TO_OBJECT);
    } catch (e) {
      throw new RecordDecodeError(`malformed Protobuf record for schema id ${id} (${type.name}): ${(e as Error).message}`);
    }
    rows.push(this.converter(type, schema.proto3)(object));
    kinds.push(RowKind.Insert);
  }
}

class ProtoRegistrySerializer implements Serializer {
  private readonly client: RegistryClient;
  private readonly subject: string | undefined;
  private readonly text: string;
  private readonly type: protobuf.Type;
  private readonly toObject: (row: readonly Value[]) => Record<string, unknown>;
  private id: number | undefined;

  constructor(columns: readonly ColumnSpec[], o: Options) {
    this.client = registryOf(o);
    this.subject = o.string('subject');
    this.text = protoSchemaFor(columns);
    this.type = parseProtoSchema(this.text).messages[0];
    this.toObject = protoObjectWriter(columns);
  }

  encode(row: Row): Uint8Array {
    this.id ??= this.subject === undefined ? undefined : this.client.registeredId(this.subject, this.text);
    if (this.id === undefined) throw new Error(`proto-registry: the Protobuf schema of subject '${this.subject ?? '?'}' is not registered yet (registerColumns first)`);
    const body = this.type.encode(this.type.fromObject(this.toObject(row))).finish();
    const out = Buffer.allocUnsafe(HEADER_LENGTH + 1 + body.length);
    out[0] = 0;
    out.writeUInt32BE(this.id, 1);
    out[HEADER_LENGTH] = 0; // message indexes [0]: the file's first message
    out.set(body, HEADER_LENGTH + 1);
    return out;
  }
}

export const protoRegistryFormat: FormatFactory = {
  identifier: 'proto-registry',
  description: 'Protobuf in the Confluent wire format (magic byte + schema id + message indexes) with .proto schemas in a Schema Registry.',
  options: OPTIONS,
  changelogMode: 'insert-only',
  text: false,
  createDeserializer: (columns, o) => new ProtoRegistryDeserializer(columns, o),
  createSerializer: (columns, o) => new ProtoRegistrySerializer(columns, o),
};
