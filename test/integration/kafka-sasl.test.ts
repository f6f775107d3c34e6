/**
 * A second broker whose client listener requires SASL/PLAIN (started by this test from the
 * cached Kafka jars): the right credentials work, wrong ones are refused.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KafkaBroker, startKafka } from '../infra/kafka';
import { testKafka, uniqueName } from './env';

describe('Kafka broker with SASL/PLAIN', () => {
  let broker: KafkaBroker;
  const credentials = { username: 'tideline', password: 's3cret-pw' };

  before(async () => {
    broker = await startKafka({ saslPlain: credentials, log: (s) => console.log(`# ${s}`) });
  });
  after(async () => {
    await broker?.stop();
  });

  test('produces and consumes with the right username and password', async () => {
    assert.deepEqual(broker.sasl, { mechanism: 'plain', ...credentials });
    const kafka = testKafka('smoke-sasl', broker.brokers, broker.sasl);
    const topic = uniqueName('smoke-sasl');
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ value: 'authenticated' }] }); // auto-created topic
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: uniqueName('smoke-sasl-group') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const value = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message after 30 s')), 30_000);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve(message.value?.toString() ?? '');
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    assert.equal(value, 'authenticated');
  });

  test('a wrong password is refused with an authentication error', async () => {
    const kafka = testKafka('smoke-sasl-bad', broker.brokers, { mechanism: 'plain', username: credentials.username, password: 'wrong' });
    const admin = kafka.admin();
    await assert.rejects(admin.connect(), (err: Error) => /SASL|[Aa]uthentication/.test(`${err.name} ${err.message}`));
    await admin.disconnect().catch(() => {});
  });

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
