/**
 * A broker whose client listener speaks mutual TLS with a throwaway CA (started by this test
 * from the cached Kafka jars): a client with the CA and a client certificate works; one
 * without the client certificate, or one that does not trust the CA, is refused.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';
import { KafkaBroker, startKafka } from '../infra/kafka';
import { roundTripOne } from '../infra/kafka-round-trip';
import { uniqueName } from './env';

function quietKafka(brokers: string[], ssl: ConnectionOptions): Kafka {
  return new Kafka({ clientId: 'smoke-tls-refused', brokers, ssl, logLevel: logLevel.NOTHING, connectionTimeout: 3000, requestTimeout: 3000, retry: { retries: 0 } });
}

describe('Kafka broker with mutual TLS', () => {
  let broker: KafkaBroker;

  before(async () => {
    broker = await startKafka({ tls: { clientAuth: true }, log: (s) => console.log(`# ${s}`) });
  });
  after(async () => {
    await broker?.stop();
  });

  test('produces and consumes with the CA and a client certificate', async () => {
    assert.ok(broker.ssl && broker.certificates);
    assert.match(broker.certificates.ca, /BEGIN CERTIFICATE/);
    const kafka = new Kafka({ clientId: 'smoke-tls', brokers: broker.brokers, ssl: broker.ssl, logLevel: logLevel.NOTHING });
    const topic = uniqueName('smoke-tls');
    const value = await roundTripOne(kafka, topic, uniqueName('smoke-tls-group'), 'over tls');
    assert.equal(value, 'over tls');
  });

  test('a client without a client certificate is refused', async () => {
    const admin = quietKafka(broker.brokers, { ca: [broker.certificates!.ca] }).admin();
    await assert.rejects(async () => {
      await admin.connect();
      await admin.listTopics();
    });
    await admin.disconnect().catch(() => {});
  });

  test('a client that does not trust the CA refuses the broker', async () => {
    const { cert, key } = broker.certificates!.client;
    const admin = quietKafka(broker.brokers, { cert, key }).admin();
    await assert.rejects(admin.connect(), /self[- ]signed|unable to verify|certificate/i);
    await admin.disconnect().catch(() => {});
  });

  test('a plaintext client cannot use the listener', async () => {
    const quick = new Kafka({ clientId: 'smoke-tls-plain', brokers: broker.brokers, logLevel: logLevel.NOTHING, connectionTimeout: 2000, requestTimeout: 3000, retry: { retries: 0 } }).admin();
    await assert.rejects(async () => {
      await quick.connect();
      await quick.listTopics();
    });
    await quick.disconnect().catch(() => {});
  });
});
