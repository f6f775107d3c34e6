/**
 * `connector = 'kafka'` and `connector = 'upsert-kafka'`, with Flink's options
 * (kafka-options.ts). `kafka` without a primary key is append-only; `upsert-kafka` (and
 * Tideline's unified Kafka table with a PRIMARY KEY) reads tombstones as -D and writes -D as
 * tombstones. Records are laid out by the shared key-value codec (key.fields,
 * key.fields-prefix, value.fields-include), exactly as local topics are.
 */
import type { ConnectorFactory, SinkDelivery } from '../api';
import { KAFKA_OPTIONS, UPSERT_KAFKA_OPTIONS } from './kafka-options';
import { KafkaSink } from './kafka-sink';
import { KafkaSource } from './kafka-source';

/** `sink.delivery-guarantee`: exactly-once is one Kafka transaction per checkpoint. */
function kafkaDelivery(options: Readonly<Record<string, string>>): SinkDelivery {
  const g = (options['sink.delivery-guarantee'] ?? 'at-least-once').trim().toLowerCase();
  if (g === 'exactly-once') return { guarantee: 'exactly-once', note: 'one Kafka transaction per checkpoint, committed once the checkpoint is written (read it with isolation.level read_committed)' };
  if (g === 'none') return { guarantee: 'none', note: "records are acknowledged by the leader only; a restart may lose or repeat some (set 'sink.delivery-guarantee' = 'exactly-once' and 'sink.transactional-id-prefix' for exactly-once)" };
  return { guarantee: 'at-least-once', note: "after a restart, records written since the last checkpoint are written again (set 'sink.delivery-guarantee' = 'exactly-once' and 'sink.transactional-id-prefix' for exactly-once)" };
}

export const kafkaConnector: ConnectorFactory = {
  identifier: 'kafka',
  description: 'Apache Kafka topics: append-only (upsert with a PRIMARY KEY), Flink\'s options, avro-confluent/json/raw/csv/debezium-json formats.',
  options: KAFKA_OPTIONS,
  createSource: (ctx) => new KafkaSource(ctx, false),
  createSink: (ctx) => new KafkaSink(ctx, false),
  sinkDelivery: kafkaDelivery,
};

export const upsertKafkaConnector: ConnectorFactory = {
  identifier: 'upsert-kafka',
  description: 'A Kafka topic as an upsert changelog keyed by the PRIMARY KEY: tombstones are deletes.',
  options: UPSERT_KAFKA_OPTIONS,
  createSource: (ctx) => new KafkaSource(ctx, true),
  createSink: (ctx) => new KafkaSink(ctx, true),
  sinkDelivery: kafkaDelivery,
};
