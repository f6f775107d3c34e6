/**
 * The kafka connector authenticates with SASL/PLAIN (and SCRAM) from Flink's `properties.*`
 * options against a broker that requires it (started by this test); a wrong password fails
 * with a message that never contains the password or the JAAS line.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KafkaBroker, startKafka } from '../infra/kafka';
import { getConnector } from '../../engine/connectors/registry';
import { T } from '../../engine/types/logical-type';
import { uniqueName } from './env';
import { readAll, tableCtx } from './kafka-connector-helpers';

describe('kafka connector with SASL', () => {
  let broker: KafkaBroker;
  const credentials = { username: 'tideline', password: 'pl41n-s3cret' };
  before(async () => {
    broker = await startKafka({ sasl: { mechanism: 'plain', ...credentials }, log: (s) => console.log(`# ${s}`) });
  });
  after(async () => {
    await broker?.stop();
  });

  const options = (topic: string, mechanism: string, password: string): Record<string, string> => ({
    connector: 'kafka',
    topic,
    'properties.bootstrap.servers': broker.brokers.join(','),
    'properties.security.protocol': 'SASL_PLAINTEXT',
    'properties.sasl.mechanism': mechanism,
    'properties.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username="${credentials.username}" password="${password}";`,
    'scan.startup.mode': 'earliest-offset',
    'scan.bounded.mode': 'latest-offset',
    format: 'json',
  });
  const cols = [{ name: 'n', type: T.int() }, { name: 's', type: T.string() }];

  for (const mechanism of ['PLAIN', 'SCRAM-SHA-256']) {
    test(`writes and reads with SASL ${mechanism}`, async () => {
      const topic = uniqueName(`sasl-${mechanism.toLowerCase()}`);
      const ctx = tableCtx(topic, cols, options(topic, mechanism, credentials.password));
      const kafka = getConnector('kafka')!;
      const { Kafka, logLevel } = await import('kafkajs');
      const admin = new Kafka({ brokers: broker.brokers, sasl: broker.sasl, logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
      await admin.disconnect();
      const sink = kafka.createSink!(ctx);
      await sink.write([[1, 'a'], [2, 'b'], [3, 'c']]);
      await sink.close();
      const read = await readAll(kafka.createSource!(ctx));
      assert.deepEqual(read.rows.map((r) => r[0]).sort(), [1, 2, 3]);
    });
  }

  test('a wrong password fails without revealing it', async () => {
    const topic = uniqueName('sasl-bad');
    const wrong = 'wr0ng-pa55word';
    const source = getConnector('kafka')!.createSource!(tableCtx(topic, cols, options(topic, 'PLAIN', wrong)));
    await assert.rejects(
      async () => source.splits(),
      (e: Error) => {
        assert.match(`${e.name} ${e.message}`, /SASL|[Aa]uthentication/);
        assert.ok(!e.message.includes(wrong) && !(e.stack ?? '').includes(wrong), e.message);
        return true;
      },
    );
  });
});
