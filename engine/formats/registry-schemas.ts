/**
 * The schema each Schema Registry format registers for a table's columns, in one place for
 * the Kafka sink (before writing) and the Kafka catalog (CREATE TABLE): Avro for
 * avro-confluent (avro-schema.ts, or the subject's own schema when it holds unions),
 * JSON Schema for json-registry (json-schema-of.ts), Protobuf for proto-registry
 * (proto-schema-of.ts). Each format's serializer then finds the id by the same schema.
 */
import type { ColumnSpec } from '../connectors/api';
import type { RegistryClient } from '../kafka/registry-client';
import { registerSchema } from './avro-confluent/avro-confluent-format';
import { jsonSchemaFor } from './json-registry/json-schema-of';
import { protoSchemaFor } from './proto-registry/proto-schema-of';

export type RegistryKind = 'avro' | 'json' | 'protobuf';

/** The registry formats by `format` value and the kind of schema each writes. */
export const REGISTRY_FORMATS: Readonly<Record<string, RegistryKind>> = { 'avro-confluent': 'avro', 'json-registry': 'json', 'proto-registry': 'protobuf' };

/** Registers (or finds) under `subject` the schema `kind` writes these columns with; its id. */
export function registerColumns(kind: RegistryKind, client: RegistryClient, subject: string, columns: readonly ColumnSpec[]): Promise<number> {
  switch (kind) {
    case 'avro':
      return registerSchema(client, subject, columns);
    case 'json':
      return client.register(subject, jsonSchemaFor(columns), 'JSON');
    case 'protobuf':
      return client.register(subject, protoSchemaFor(columns), 'PROTOBUF');
  }
}
