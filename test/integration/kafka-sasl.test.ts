/**
 * A second broker whose client listener requires SASL (started by this test from the cached
 * Kafka jars): PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 with the right credentials work, wrong
 * ones and clients without SASL are refused.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SASLOptions } from 'kafkajs';
import { KafkaBroker, startKafka } from '../infra/kafka';
import { roundTripOne } from '../infra/kafka-round-trip';
import { testKafka, uniqueName } from './env';

describe('Kafka broker with SASL (PLAIN, SCRAM)', () => {
  let broker: KafkaBroker;
  const credentials = { username: 'tideline', password: 's3cret-pw' };
  const mechanisms = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

  before(async () => {
    broker = await startKafka({ sasl: { mechanism: 'plain', ...credentials }, log: (s) => console.log(`# ${s}`) });
  });
  after(async () => {
    await broker?.stop();
  });

  test('kafkajs option of the broker is the chosen mechanism', () => {
    assert.deepEqual(broker.sasl, { mechanism: 'plain', ...credentials });
  });

  for (const mechanism of mechanisms) {
    test(`produces and consumes with ${mechanism.toUpperCase()} and the right username and password`, async () => {
      const kafka = testKafka(`smoke-${mechanism}`, broker.brokers, { mechanism, ...credentials } as SASLOptions);
      const topic = uniqueName(`smoke-${mechanism}`);
      const value = await roundTripOne(kafka, topic, uniqueName('smoke-sasl-group'), `authenticated with ${mechanism}`); // auto-created topic
      assert.equal(value, `authenticated with ${mechanism}`);
    });
  }

  for (const mechanism of mechanisms) {
    test(`a wrong password is refused with ${mechanism.toUpperCase()}`, async () => {
      const kafka = testKafka('smoke-sasl-bad', broker.brokers, { mechanism, username: credentials.username, password: 'wrong' } as SASLOptions);
      const admin = kafka.admin();
      await assert.rejects(admin.connect(), (err: Error) => /SASL|[Aa]uthentication/.test(`${err.name} ${err.message}`));
      await admin.disconnect().catch(() => {});
    });
  }

  test('a client without SASL cannot use the listener', async () => {
    const { Kafka, logLevel } = await import('kafkajs');
    const kafka = new Kafka({ clientId: 'smoke-nosasl', brokers: broker.brokers, logLevel: logLevel.NOTHING, connectionTimeout: 2000, requestTimeout: 3000, retry: { retries: 0 } });
    const admin = kafka.admin();
    await assert.rejects(async () => {
      await admin.connect();
      await admin.listTopics();
    });
    await admin.disconnect().catch(() => {});
  });
});
