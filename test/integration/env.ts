/**
 * Service coordinates for integration tests, from the environment that test/infra/services.ts
 * (or the developer) provides. A missing variable is a failure with instructions, never a skip.
 */
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, SASLOptions } from 'kafkajs';

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set. Integration tests run against real services: run them with \`npm test\` ` +
        '(which provisions Kafka, the Schema Registry and Flink), or start them with ' +
        '`node out/test/infra/services.js start` and export the variables it prints.',
    );
  }
  return value;
}

export const kafkaBrokers = (): string[] => requireEnv('TIDELINE_TEST_KAFKA_BROKERS').split(',').map((s) => s.trim());
/** A second, independent cluster (cross-cluster tests). */
export const kafkaBrokersB = (): string[] => requireEnv('TIDELINE_TEST_KAFKA_BROKERS_B').split(',').map((s) => s.trim());
/** A third cluster (a join across two clusters writing to a third). */
export const kafkaBrokersC = (): string[] => requireEnv('TIDELINE_TEST_KAFKA_BROKERS_C').split(',').map((s) => s.trim());
export const registryUrl = (): string => requireEnv('TIDELINE_TEST_SCHEMA_REGISTRY_URL');
export const flinkPython = (): string => requireEnv('TIDELINE_TEST_FLINK_PYTHON');

/** A kafkajs client for the test broker (quiet: failures surface as rejected promises). */
export function testKafka(clientId: string, brokers = kafkaBrokers(), sasl?: SASLOptions): Kafka {
  return new Kafka({ clientId, brokers, sasl, logLevel: logLevel.NOTHING, retry: { retries: 8 } });
}

/** A name no earlier run used, so tests also work against a long-lived broker. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
