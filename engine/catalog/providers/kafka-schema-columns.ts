/**
 * A Kafka topic's table definition from its subjects, as Confluent's Flink shows topics:
 *
 * - `T-value` an Avro record: its fields are the columns (Flink's Avro mapping:
 *   engine/formats/avro/avro-schema.ts; unions with null nullable, enums STRING, fixed BINARY,
 *   logical types, maps, arrays, nested records as ROW; a union of several non-null types a
 *   ROW with one nullable field per branch named after the branch type, as Confluent's Flink
 *   shows it: `string`, `long`, ... or a record's simple name). A value schema that is itself
 *   such a union (`[Purchase, Pageview]`) gives one column per branch.
 * - `T-key` an Avro record: its fields come first; on a compacted topic they are the PRIMARY
 *   KEY (an upsert table). Value fields repeating a key field are read from the key.
 * - `T-value` / `T-key` a JSON Schema or a Protobuf schema (its first message): the same,
 *   through json-schema-types.ts / proto-schema-types.ts, read with the `json-registry` /
 *   `proto-registry` formats.
 * - Without a value schema: raw `key` and `val` BYTES columns.
 * - Always: virtual `$rowtime` (the Kafka timestamp, TIMESTAMP_LTZ(3), with the default
 *   `SOURCE_WATERMARK()` watermark), and virtual `$partition`, `$offset`, `$headers`.
 */
import { metadata, physical, table } from '../build';
import type { CatalogTable, Column } from '../model';
import { T, type LogicalType } from '../../types/logical-type';
import { fromAvroSchema, type AvroSchema } from '../../formats/avro/avro-schema';
import { fromJsonSchema } from '../../formats/json-registry/json-schema-types';
import { parseProtoSchema, protoMessageType } from '../../formats/proto-registry/proto-schema-types';

export interface TopicDescription {
  readonly cluster: string;
  readonly topic: string;
  readonly partitions: number;
  readonly compacted: boolean;
  /** Schema texts of the subjects, when registered, and their registry schema types (default AVRO). */
  readonly keySchema?: string;
  readonly valueSchema?: string;
  readonly keySchemaType?: SubjectSchemaType;
  readonly valueSchemaType?: SubjectSchemaType;
  /** Non-secret connector options shared by every table of the cluster (bootstrap servers, registry URL). */
  readonly baseOptions: Readonly<Record<string, string>>;
}

export const ROWTIME = '$rowtime';

/** Registry schema types mapped to columns, and the format that reads each. */
export type SubjectSchemaType = 'AVRO' | 'JSON' | 'PROTOBUF';
const FORMAT_OF: Readonly<Record<SubjectSchemaType, string>> = { AVRO: 'avro-confluent', JSON: 'json-registry', PROTOBUF: 'proto-registry' };
export const SUBJECT_SCHEMA_TYPES: readonly string[] = Object.keys(FORMAT_OF);

export function metadataColumns(): Column[] {
  return [
    // VIRTUAL as in Confluent Cloud: INSERTs leave it out (the broker or producer sets the time).
    metadata(ROWTIME, T.timestampLtz(3, false), { key: 'timestamp', virtual: true, comment: 'The Kafka record timestamp.' }),
    metadata('$partition', T.int(false), { key: 'partition', virtual: true }),
    metadata('$offset', T.bigint(false), { key: 'offset', virtual: true }),
    metadata('$headers', T.map(T.string(false), T.bytes()), { key: 'headers', virtual: true }),
  ];
}

function recordFields(schemaText: string | undefined, type: SubjectSchemaType = 'AVRO'): { name: string; type: LogicalType }[] | undefined {
  if (schemaText === undefined) return undefined;
  let t: LogicalType;
  if (type === 'PROTOBUF') {
    const proto = parseProtoSchema(schemaText);
    t = protoMessageType(proto.messages[0], proto.proto3).type;
  } else {
    const schema: unknown = JSON.parse(schemaText);
    t = type === 'JSON' ? fromJsonSchema(schema) : fromAvroSchema(schema as AvroSchema);
  }
  return t.kind === 'ROW' ? t.fields.map((f) => ({ name: f.name, type: f.type })) : undefined;
}

/** `<part>.<format>.url` (and ISO-8601 timestamps for JSON Schema's date-time) for the key or value part. */
function formatOptions(part: 'key' | 'value', type: SubjectSchemaType, registry: string): Record<string, string> {
  const format = FORMAT_OF[type];
  return { [`${part}.format`]: format, [`${part}.${format}.url`]: registry, ...(type === 'JSON' ? { [`${part}.${format}.timestamp-format.standard`]: 'ISO-8601' } : {}) };
}

export function topicTable(d: TopicDescription): CatalogTable {
  const keyFields = recordFields(d.keySchema, d.keySchemaType);
  const valueFields = recordFields(d.valueSchema, d.valueSchemaType);
  const registry = d.baseOptions['value.avro-confluent.url'];
  const options: Record<string, string> = { ...d.baseOptions, topic: d.topic };
  delete options['value.avro-confluent.url'];
  let columns: Column[];
  let primaryKey: string[] | undefined;
  if (valueFields === undefined) {
    columns = [physical('key', T.bytes()), physical('val', T.bytes())];
    Object.assign(options, { connector: 'kafka', 'key.format': 'raw', 'key.fields': 'key', 'value.format': 'raw', 'value.fields-include': 'EXCEPT_KEY' });
  } else {
    const keys = keyFields ?? [];
    const keyNames = new Set(keys.map((k) => k.name));
    const valueOnly = valueFields.filter((f) => !keyNames.has(f.name));
    columns = [...keys, ...valueOnly].map((f) => physical(f.name, f.type));
    if (registry !== undefined) Object.assign(options, formatOptions('value', d.valueSchemaType ?? 'AVRO', registry));
    if (keys.length > 0 && registry !== undefined) {
      Object.assign(options, formatOptions('key', d.keySchemaType ?? 'AVRO', registry), { 'key.fields': keys.map((k) => k.name).join(';') });
      // The value repeats no key field: the key carries them.
      if (valueOnly.length === valueFields.length) options['value.fields-include'] = 'EXCEPT_KEY';
      if (d.compacted) primaryKey = keys.map((k) => k.name);
    }
    options.connector = primaryKey ? 'upsert-kafka' : 'kafka';
  }
  if (primaryKey) {
    columns = columns.map((c) => (c.kind === 'physical' && primaryKey!.includes(c.name) ? { ...c, type: { ...c.type, nullable: false } as LogicalType } : c));
    delete options['key.fields'];
  }
  return table({
    name: d.topic,
    columns: [...columns, ...metadataColumns()],
    watermark: { column: ROWTIME, expression: 'SOURCE_WATERMARK()' },
    ...(primaryKey ? { primaryKey } : {}),
    distribution: { kind: 'hash', columns: primaryKey ?? [], buckets: d.partitions },
    options,
    provenance: { kind: 'kafka', cluster: d.cluster, topic: d.topic },
  });
}
