/**
 * The WITH options of `kafka` and `upsert-kafka`, with Flink's names and defaults; one table
 * drives completion, the analyzer's checks and the connector.
 */
import type { OptionSpec } from '../api';

const FORMATS = ['avro-confluent', 'json', 'raw', 'csv', 'avro', 'debezium-json'];
const KEY_FORMATS = ['avro-confluent', 'json', 'raw', 'csv', 'avro'];

const COMMON: readonly OptionSpec[] = [
  { key: 'topic', type: 'string', required: true, description: "Topic to read from and write to (for reading, several separated by ';' are not supported yet)." },
  { key: 'properties.bootstrap.servers', type: 'string', required: true, description: 'Comma-separated host:port list of Kafka brokers.' },
  { key: 'properties.group.id', type: 'string', description: "Consumer group whose committed offsets 'group-offsets' starts from." },
  { key: 'properties.security.protocol', type: 'enum', values: ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'], default: 'PLAINTEXT', description: 'How clients talk to the brokers.' },
  { key: 'properties.sasl.mechanism', type: 'enum', values: ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'], default: 'PLAIN', description: 'SASL mechanism for SASL_PLAINTEXT / SASL_SSL.' },
  { key: 'properties.sasl.jaas.config', type: 'string', description: 'JAAS line with username="..." password="..." (never logged).' },
  { key: 'properties.ssl.truststore.certificates', type: 'string', description: 'PEM of the CA that signed the brokers\' certificates.' },
  { key: 'properties.ssl.keystore.certificate.chain', type: 'string', description: 'PEM client certificate for mutual TLS.' },
  { key: 'properties.ssl.keystore.key', type: 'string', description: 'PEM client key for mutual TLS (never logged).' },
  { key: 'properties.isolation.level', type: 'enum', values: ['read_uncommitted', 'read_committed'], default: 'read_uncommitted', description: 'Whether records of open or aborted transactions are read.' },
  { key: 'properties.auto.offset.reset', type: 'enum', values: ['earliest', 'latest'], default: 'latest', description: "Where 'group-offsets' starts in partitions without a committed offset." },
  { key: 'key.fields', type: 'list', description: "Columns forming the record key, separated by ';'." },
  { key: 'key.fields-prefix', type: 'string', description: 'Prefix of key columns in the table, removed in the key format (needs value.fields-include EXCEPT_KEY).' },
  { key: 'value.fields-include', type: 'enum', values: ['ALL', 'EXCEPT_KEY'], default: 'ALL', description: 'Whether the value repeats the key columns (ALL) or leaves them to the key (EXCEPT_KEY).' },
  { key: 'sink.delivery-guarantee', type: 'enum', values: ['none', 'at-least-once', 'exactly-once'], default: 'at-least-once', description: 'exactly-once writes in Kafka transactions committed at checkpoints.' },
  { key: 'sink.transactional-id-prefix', type: 'string', description: 'Prefix of the transactional ids (required for exactly-once).' },
  // Last, so the properties above match first: any other Kafka client property, as Flink allows.
  { key: 'properties.#', type: 'string', description: 'Any other Kafka client property: accepted as in Flink; Tideline\'s client uses only the properties listed.' },
  { key: 'scan.poison-record.policy', type: 'enum', values: ['fail', 'skip', 'dead-letter'], default: 'fail', description: "Tideline extension: an undecodable record fails the statement (naming topic, partition and offset), is skipped and counted ('skip'), or is also copied to the dead-letter topic with its error, topic, partition and offset as headers ('dead-letter')." },
  { key: 'scan.poison-record.dead-letter-topic', type: 'string', description: "Tideline extension: the topic (same cluster) poison records are copied to under 'dead-letter'; headers tideline.error, tideline.topic, tideline.partition, tideline.offset." },
];

const SCAN: readonly OptionSpec[] = [
  { key: 'scan.startup.mode', type: 'enum', values: ['earliest-offset', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'], default: 'group-offsets', description: 'Where reading starts in every partition.' },
  { key: 'scan.startup.specific-offsets', type: 'string', description: "Start offsets for 'specific-offsets': 'partition:0,offset:42;partition:1,offset:300'." },
  { key: 'scan.startup.timestamp-millis', type: 'long', description: "Start at the first record with this timestamp or later, for 'timestamp'." },
  { key: 'scan.bounded.mode', type: 'enum', values: ['unbounded', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'], default: 'unbounded', description: 'Read forever, or stop at the given end offsets (latest-offset: those seen when reading starts).' },
  { key: 'scan.bounded.specific-offsets', type: 'string', description: "End offsets for bounded 'specific-offsets': 'partition:0,offset:42;...'." },
  { key: 'scan.bounded.timestamp-millis', type: 'long', description: "Stop at the first record with this timestamp or later, for bounded 'timestamp'." },
];

export const KAFKA_OPTIONS: readonly OptionSpec[] = [
  ...COMMON,
  ...SCAN,
  { key: 'format', type: 'enum', values: FORMATS, description: 'Format of the record value (same as value.format).' },
  { key: 'value.format', type: 'enum', values: FORMATS, description: 'Format of the record value.' },
  { key: 'key.format', type: 'enum', values: KEY_FORMATS, description: 'Format of the record key (with key.fields).' },
];

export const UPSERT_KAFKA_OPTIONS: readonly OptionSpec[] = [
  ...COMMON,
  { key: 'key.format', type: 'enum', values: KEY_FORMATS, required: true, description: 'Format of the record key (the primary key columns).' },
  { key: 'value.format', type: 'enum', values: FORMATS.filter((f) => f !== 'debezium-json'), required: true, description: 'Format of the record value.' },
  { key: 'sink.buffer-flush.max-rows', type: 'int', default: '0', description: 'Accepted for compatibility; writes are batched per write call.' },
  { key: 'sink.buffer-flush.interval', type: 'duration', default: '0', description: 'Accepted for compatibility; writes are batched per write call.' },
];
