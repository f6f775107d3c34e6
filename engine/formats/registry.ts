/** Every format by its `format` option value. */
import { avroFormat } from './avro/avro-format';
import { avroConfluentFormat } from './avro-confluent/avro-confluent-format';
import { csvFormat } from './csv/csv-format';
import type { FormatFactory } from './format';
import { debeziumJsonFormat } from './json/debezium-json-format';
import { jsonFormat } from './json/json-format';
import { jsonRegistryFormat } from './json-registry/json-registry-format';
import { protoRegistryFormat } from './proto-registry/proto-registry-format';
import { rawFormat } from './raw-format';

const FORMATS: readonly FormatFactory[] = [csvFormat, jsonFormat, rawFormat, avroFormat, debeziumJsonFormat, avroConfluentFormat, jsonRegistryFormat, protoRegistryFormat];

export function allFormats(): readonly FormatFactory[] {
  return FORMATS;
}

export function getFormat(identifier: string): FormatFactory | undefined {
  const key = identifier.trim().toLowerCase();
  return FORMATS.find((f) => f.identifier === key);
}

/** Registers another format (avro-confluent lives with the Kafka connector). */
export function registerFormat(format: FormatFactory): void {
  if (!getFormat(format.identifier)) (FORMATS as FormatFactory[]).push(format);
}
