/**
 * `format = 'json-registry'` (Confluent Cloud's name): JSON in the Confluent wire format
 * (magic byte 0, a 4-byte schema id, then the JSON text) whose JSON Schema lives in a Schema
 * Registry. Reading needs no registry call: the header is checked and dropped and the JSON is
 * read by column name exactly as `json` reads it (its options apply: `ignore-parse-errors`,
 * `timestamp-format.standard`, ...). The Kafka catalog gives topics whose subjects hold JSON
 * Schemas this format (columns from json-schema-types.ts). Writing frames the `json` format's
 * text (timestamps ISO-8601 unless set otherwise) with the id of the JSON Schema derived from
 * the columns (json-schema-of.ts), which the Kafka sink registers under the subject first.
 */
import type { OptionSpec } from '../../connectors/api';
import { Options } from '../../connectors/options';
import { RecordDecodeError, recordText, type FormatFactory } from '../format';
import { JSON_OPTIONS, jsonFormat } from '../json/json-format';
import { frame, framingProblem, HEADER_LENGTH, schemaIdOf } from '../avro-confluent/wire-format';
import { registryOf } from '../avro-confluent/avro-confluent-format';
import { jsonSchemaFor } from './json-schema-of';

const REGISTRY_OPTIONS: readonly OptionSpec[] = [
  { key: 'url', type: 'string', required: true, description: 'URL of the Confluent Schema Registry (or a compatible API) holding the JSON Schemas.' },
  { key: 'subject', type: 'string', description: 'Subject of the JSON Schema (Kafka: <topic>-value / <topic>-key by default).' },
  { key: 'basic-auth.credentials-source', type: 'enum', values: ['USER_INFO'], description: "Where registry credentials come from ('USER_INFO': basic-auth.user-info)." },
  { key: 'basic-auth.user-info', type: 'string', description: "Registry basic auth as 'user:password' (never logged)." },
];

export const jsonRegistryFormat: FormatFactory = {
  identifier: 'json-registry',
  description: 'JSON in the Confluent wire format (magic byte + schema id) with JSON Schemas in a Schema Registry.',
  options: [...REGISTRY_OPTIONS, ...JSON_OPTIONS],
  changelogMode: 'insert-only',
  text: false,
  createDeserializer: (columns, o) => {
    const json = jsonFormat.createDeserializer(columns, o);
    return {
      ignoreParseErrors: json.ignoreParseErrors,
      decode(record, rows, kinds, problems) {
        if (typeof record === 'string') throw new RecordDecodeError('json-registry records are framed bytes, got text');
        if (schemaIdOf(record) === undefined) throw new RecordDecodeError(framingProblem(record));
        json.decode(recordText(record.subarray(HEADER_LENGTH)), rows, kinds, problems);
      },
    };
  },
  createSerializer: (columns, o) => {
    const json = jsonFormat.createSerializer(columns, o.has('timestamp-format.standard') ? o : new Options(o.table, { ...o.raw, 'timestamp-format.standard': 'ISO-8601' }));
    const client = registryOf(o);
    const subject = o.string('subject');
    const schema = jsonSchemaFor(columns);
    let id: number | undefined;
    return {
      encode(row, kind) {
        id ??= subject === undefined ? undefined : client.registeredId(subject, schema);
        if (id === undefined) throw new Error(`json-registry: the JSON Schema of subject '${subject ?? '?'}' is not registered yet (registerColumns first)`);
        const text = json.encode(row, kind);
        return text === null ? null : frame(id, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
      },
    };
  },
};
