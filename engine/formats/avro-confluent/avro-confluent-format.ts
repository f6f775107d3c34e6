/**
 * `format = 'avro-confluent'`: Avro in the Confluent wire format (wire-format.ts) with schemas
 * in a Schema Registry. Options as in Flink: `url`, `subject` (the Kafka connector defaults it
 * to `<topic>-value` / `<topic>-key`), `basic-auth.credentials-source` = USER_INFO with
 * `basic-auth.user-info` = `user:password`.
 *
 * Formats are synchronous and the registry is not, so the Kafka connector does the network
 * part around them: a record with a schema id not fetched yet throws SchemaNotCached (the
 * reader fetches it once, cached by id, and decodes the record again); before writing,
 * `registerSchema` (the table's schema registered under the subject; records in namespace
 * org.apache.flink.avro.generated).
 * The deserializer decodes each record with a decoder compiled once per writer schema id
 * (avro-decoder.ts: straight into the row, fields mapped to columns by name, unread columns
 * skipped); an unknown id, a wrong magic byte or a malformed body is a RecordDecodeError.
 */
import type * as avro from 'avsc';
import type { ColumnSpec, OptionSpec } from '../../connectors/api';
import type { Options } from '../../connectors/options';
import { OptionError } from '../../connectors/options';
import { RowKind, type Row } from '../../runtime/changelog';
import { RecordDecodeError, type Deserializer, type FormatFactory, type Serializer } from '../format';
import { avroRowDecoder, avroTypeFor, rowTypeOf } from '../avro/avro-format';
import { toAvroSchema, type AvroSchema } from '../avro/avro-schema';
import { fitsSchema, hasMultiUnion, unionWriter } from '../avro/avro-union-writer';
import type { LogicalType } from '../../types/logical-type';
import type { AvroRowDecoder } from '../avro/avro-decoder';
import { toAvro, type ToAvro } from '../avro/avro-values';
import { registryClient, type RegistryClient } from '../../kafka/registry-client';
import { knownRegistry } from '../../kafka/known-connections';
import { frame, framingProblem, HEADER_LENGTH, SchemaNotCached, schemaIdOf } from './wire-format';

export const AVRO_CONFLUENT_OPTIONS: readonly OptionSpec[] = [
  { key: 'url', type: 'string', required: true, description: 'URL of the Confluent Schema Registry (or a compatible API).' },
  { key: 'subject', type: 'string', description: 'Subject schemas are registered under when writing (Kafka: <topic>-value / <topic>-key by default).' },
  { key: 'basic-auth.credentials-source', type: 'enum', values: ['USER_INFO'], description: "Where registry credentials come from ('USER_INFO': basic-auth.user-info)." },
  { key: 'basic-auth.user-info', type: 'string', description: "Registry basic auth as 'user:password' (never logged)." },
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false', description: 'Tideline extension: skips undecodable records (reported and counted) instead of failing.' },
];

/** The registry client of a table's avro-confluent options (one shared cache per URL and user). */
export function registryOf(o: Options): RegistryClient {
  const url = o.required('url');
  const info = o.string('basic-auth.user-info');
  if (info !== undefined && !info.includes(':')) throw new OptionError(`table ${o.table}: 'basic-auth.user-info' must be 'user:password'`);
  const colon = info?.indexOf(':') ?? -1;
  // A catalog table carries no credentials: those of a configured connection with this registry apply.
  if (info === undefined) return registryClient(knownRegistry(url) ?? { url });
  return registryClient({ url, username: info.slice(0, colon), password: info.slice(colon + 1) });
}

/** The Avro schema Flink derives for these columns (record `record`, namespace org.apache.flink.avro.generated). */
export function confluentSchemaFor(columns: readonly ColumnSpec[]): object {
  return toAvroSchema(rowTypeOf(columns)) as object;
}

/** The SchemaNotCached of schema `id` of `client` ('avro', or 'protobuf' for proto-registry): loading records a failure instead of rejecting. */
export function schemaNotCached(client: RegistryClient, id: number, kind: 'avro' | 'protobuf'): SchemaNotCached {
  const load = kind === 'avro' ? () => client.type(id) : () => client.protoSchema(id);
  return new SchemaNotCached(id, () =>
    load().then(
      () => undefined,
      (e: Error) => void client.failures.set(id, e.message),
    ),
  );
}

/** A subject written with its registered schema (one with unions of several types), per client, subject and columns. */
const unionWriters = new Map<string, { readonly id: number; readonly encode: (row: Row) => Buffer }>();
const writerKey = (client: RegistryClient, subject: string, columns: readonly ColumnSpec[]) => `${client.url}\u0000${subject}\u0000${JSON.stringify(columns)}`;

const holdsRow = (t: LogicalType): boolean => t.kind === 'ROW' || ((t.kind === 'ARRAY' || t.kind === 'MULTISET') && holdsRow(t.element)) || (t.kind === 'MAP' && holdsRow(t.value));

/**
 * Registers the table's schema under `subject` (idempotent, cached). When the subject's latest
 * schema holds unions of several non-null types (ROW columns here, avro-union-writer.ts) and
 * the columns are its columns, rows are written with that schema and its id instead: the
 * schema derived from the columns cannot express a union.
 */
export async function registerSchema(client: RegistryClient, subject: string, columns: readonly ColumnSpec[]): Promise<number> {
  if (columns.some((c) => holdsRow(c.type))) {
    const latest = await client.latest(subject);
    if (latest?.schemaType === 'AVRO') {
      const schema = JSON.parse(latest.schema) as AvroSchema;
      if (hasMultiUnion(schema) && fitsSchema(schema, rowTypeOf(columns))) {
        const encode = unionWriter(schema, rowTypeOf(columns));
        unionWriters.set(writerKey(client, subject, columns), { id: latest.id, encode: (row) => encode(row) });
        return latest.id;
      }
    }
  }
  return client.register(subject, confluentSchemaFor(columns));
}

export class AvroConfluentDeserializer implements Deserializer {
  readonly ignoreParseErrors: boolean;
  readonly client: RegistryClient;
  /** Per writer schema id: its compiled decoder into this table's columns. */
  private readonly decoders = new Map<number, AvroRowDecoder>();
  private lastId = -1;
  private last: AvroRowDecoder | undefined;

  constructor(
    private readonly columns: readonly ColumnSpec[],
    o: Options,
    private readonly read?: readonly number[],
  ) {
    this.ignoreParseErrors = o.boolean('ignore-parse-errors', false);
    this.client = registryOf(o);
  }

  /** The decoder of writer schema `id` (compiled once); an unknown id is a RecordDecodeError. */
  private decoderOf(id: number): AvroRowDecoder {
    let d = this.decoders.get(id);
    if (d === undefined) {
      const schema = this.client.cachedAvroSchema(id);
      if (schema === undefined) {
        const why = this.client.failures.get(id);
        if (why === undefined) throw schemaNotCached(this.client, id, 'avro');
        throw new RecordDecodeError(`unknown schema id ${id}: ${why}`);
      }
      d = avroRowDecoder(schema, this.columns, this.read, () => this.client.cachedType(id)!);
      this.decoders.set(id, d);
    }
    this.lastId = id;
    this.last = d;
    return d;
  }

  decode(record: Uint8Array | string, rows: Row[], kinds: RowKind[]): void {
    if (typeof record === 'string') throw new RecordDecodeError('Avro records are binary, got text');
    const id = schemaIdOf(record);
    if (id === undefined) throw new RecordDecodeError(framingProblem(record));
    const decode = id === this.lastId ? this.last! : this.decoderOf(id);
    const buf = Buffer.isBuffer(record) ? record : Buffer.from(record.buffer, record.byteOffset, record.byteLength);
    let row: Row;
    try {
      row = decode(buf, HEADER_LENGTH, buf.length);
    } catch (e) {
      throw new RecordDecodeError(`malformed Avro record for schema id ${id}: ${(e as Error).message}`);
    }
    rows.push(row);
    kinds.push(RowKind.Insert);
  }
}

export class AvroConfluentSerializer implements Serializer {
  readonly client: RegistryClient;
  readonly subject: string | undefined;
  readonly schema: object;
  private readonly type: avro.Type;
  private readonly convert: ToAvro;
  private id: number | undefined;
  /** Set when the subject is written with its registered union-bearing schema. */
  private union: ((row: Row) => Buffer) | undefined;

  constructor(
    readonly columns: readonly ColumnSpec[],
    o: Options,
  ) {
    this.client = registryOf(o);
    this.subject = o.string('subject');
    this.schema = confluentSchemaFor(columns);
    this.type = avroTypeFor(columns);
    this.convert = toAvro(rowTypeOf(columns));
  }

  encode(row: Row): Uint8Array {
    if (this.id === undefined && this.subject !== undefined) {
      const union = unionWriters.get(writerKey(this.client, this.subject, this.columns));
      if (union) {
        this.id = union.id;
        this.union = union.encode;
      } else this.id = this.client.registeredId(this.subject, this.schema);
    }
    if (this.union) return frame(this.id!, this.union(row));
    if (this.id === undefined) throw new Error(`avro-confluent: schema of subject '${this.subject ?? '?'}' not registered yet (registerSchema first)`);
    return frame(this.id, this.type.toBuffer(this.convert(row)));
  }
}

export const avroConfluentFormat: FormatFactory = {
  identifier: 'avro-confluent',
  description: 'Avro in the Confluent wire format (magic byte + schema id) with schemas in a Schema Registry.',
  options: AVRO_CONFLUENT_OPTIONS,
  changelogMode: 'insert-only',
  text: false,
  createDeserializer: (columns, o, read) => new AvroConfluentDeserializer(columns, o, read),
  createSerializer: (columns, o) => new AvroConfluentSerializer(columns, o),
};
