/**
 * A Kafka topic's table definition from its subjects, as Confluent's Flink shows topics:
 *
 * - `T-value` an Avro record: its fields are the columns (Flink's Avro mapping:
 *   engine/formats/avro/avro-schema.ts; unions with null nullable, enums STRING, fixed BINARY,
 *   logical types, maps, arrays, nested records as ROW).
 * - `T-key` an Avro record: its fields come first; on a compacted topic they are the PRIMARY
 *   KEY (an upsert table). Value fields repeating a key field are read from the key.
 * - Without a value schema: raw `key` and `val` BYTES columns.
 * - Always: virtual `$rowtime` (the Kafka timestamp, TIMESTAMP_LTZ(3), with the default
 *   `SOURCE_WATERMARK()` watermark), and virtual `$partition`, `$offset`, `$headers`.
 */
import { metadata, physical, table } from '../build';
import type { CatalogTable, Column } from '../model';
import { T, type LogicalType } from '../../types/logical-type';
import { fromAvroSchema, type AvroSchema } from '../../formats/avro/avro-schema';

export interface TopicDescription {
  readonly cluster: string;
  readonly topic: string;
  readonly partitions: number;
  readonly compacted: boolean;
  /** Avro schema texts of the subjects, when registered. */
  readonly keySchema?: string;
  readonly valueSchema?: string;
  /** Non-secret connector options shared by every table of the cluster (bootstrap servers, registry URL). */
  readonly baseOptions: Readonly<Record<string, string>>;
}

export const ROWTIME = '$rowtime';

export function metadataColumns(): Column[] {
  return [
    // VIRTUAL as in Confluent Cloud: INSERTs leave it out (the broker or producer sets the time).
    metadata(ROWTIME, T.timestampLtz(3, false), { key: 'timestamp', virtual: true, comment: 'The Kafka record timestamp.' }),
    metadata('$partition', T.int(false), { key: 'partition', virtual: true }),
    metadata('$offset', T.bigint(false), { key: 'offset', virtual: true }),
    metadata('$headers', T.map(T.string(false), T.bytes()), { key: 'headers', virtual: true }),
  ];
}

function recordFields(schemaText: string | undefined): { name: string; type: LogicalType }[] | undefined {
  if (schemaText === undefined) return undefined;
  const t = fromAvroSchema(JSON.parse(schemaText) as AvroSchema);
  return t.kind === 'ROW' ? t.fields.map((f) => ({ name: f.name, type: f.type })) : undefined;
}

export function topicTable(d: TopicDescription): CatalogTable {
  const keyFields = recordFields(d.keySchema);
  const valueFields = recordFields(d.valueSchema);
  const registry = d.baseOptions['value.avro-confluent.url'];
  const options: Record<string, string> = { ...d.baseOptions, topic: d.topic };
  let columns: Column[];
  let primaryKey: string[] | undefined;
  if (valueFields === undefined) {
    columns = [physical('key', T.bytes()), physical('val', T.bytes())];
    Object.assign(options, { connector: 'kafka', 'key.format': 'raw', 'key.fields': 'key', 'value.format': 'raw', 'value.fields-include': 'EXCEPT_KEY' });
    delete options['value.avro-confluent.url'];
  } else {
    const keys = keyFields ?? [];
    const keyNames = new Set(keys.map((k) => k.name));
    const valueOnly = valueFields.filter((f) => !keyNames.has(f.name));
    columns = [...keys, ...valueOnly].map((f) => physical(f.name, f.type));
    options['value.format'] = 'avro-confluent';
    if (keys.length > 0 && registry !== undefined) {
      Object.assign(options, { 'key.format': 'avro-confluent', 'key.avro-confluent.url': registry, 'key.fields': keys.map((k) => k.name).join(';') });
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
