/**
 * Whether a table is append-only, upsert or a full retract changelog, derived from its
 * connector, format and primary key the way Flink's connectors declare their changelog modes.
 */
import type { ChangelogKind, PrimaryKey } from './model';

/** Formats that decode change events (-U/+U/-D) from CDC payloads. */
const CDC_FORMATS = new Set(['debezium-json', 'debezium-avro-confluent', 'canal-json', 'maxwell-json', 'ogg-json']);

/**
 * Connectors whose tables are upsert tables when they declare a primary key: the embedded
 * store (no `connector` option), the built-in examples, Flink's upsert-kafka, and the unified
 * Kafka catalog tables (created without a connector option, like the embedded store).
 */
const UPSERT_WITH_KEY = new Set(['', 'examples', 'upsert-kafka', 'local']);

export function deriveChangelogKind(
  options: Readonly<Record<string, string>>,
  primaryKey: PrimaryKey | undefined,
): ChangelogKind {
  const connector = (options['connector'] ?? '').toLowerCase();
  const format = (options['value.format'] ?? options['format'] ?? '').toLowerCase();
  if (CDC_FORMATS.has(format)) return 'retract';
  if (connector === 'upsert-kafka') return 'upsert';
  if (primaryKey && primaryKey.columns.length > 0 && UPSERT_WITH_KEY.has(connector)) return 'upsert';
  return 'append-only';
}
