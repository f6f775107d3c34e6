/**
 * The large client libraries, loaded on first use rather than when a bundle starts: kafkajs,
 * the Schema Registry client (with ajv and mappersmith), avsc and protobufjs are about 1.5 MB
 * of the language server's bundle and most of its start-up evaluation, while checking SQL never
 * touches them (only reading a Kafka catalog, a topic or a registry schema does). Import their
 * types with `import type`; call these for their values.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

export const kafkajs = once(() => require('kafkajs') as typeof import('kafkajs'));
export const schemaRegistry = once(() => require('@kafkajs/confluent-schema-registry') as typeof import('@kafkajs/confluent-schema-registry'));
export const avsc = once(() => require('avsc') as typeof import('avsc'));
export const protobufjs = once(() => require('protobufjs') as typeof import('protobufjs'));
