/**
 * The kafka connector authenticates with SASL/PLAIN (and SCRAM) from Flink's `properties.*`
 * options against a broker that requires it (started by this test); a wrong password fails
 * with a message that never contains the password or the JAAS line. A configured connection
 * (SCRAM-SHA-512) makes the broker a catalog database whose tables carry no credentials yet
 * write and read (the connector takes them from the connection); its test names what to check.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KafkaBroker, startKafka } from '../infra/kafka';
import { getConnector } from '../../engine/connectors/registry';
import { T } from '../../engine/types/logical-type';
import { registryUrl, uniqueName } from './env';
import { CatalogManager } from '../../engine/catalog/manager';
import { KafkaConnectionCatalogs } from '../../engine/catalog/providers/kafka-connections';
import { physical, table } from '../../engine/catalog/build';
import type { CatalogTable } from '../../engine/catalog/model';
import { toTableContext } from '../../engine/catalog/table-context';
import { parseConnectionSpec } from '../../engine/kafka/connections';
import { testConnection } from '../../engine/kafka/connection-test';
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

  test('a configured SCRAM connection: its catalog tables carry no password, yet write and read; a wrong password is a clear test failure', async () => {
    const spec = parseConnectionSpec({ name: 'secure', environment: 'sasl_env', brokers: broker.brokers, sasl: { mechanism: 'SCRAM-SHA-512', ...credentials }, registry: { url: registryUrl() } }, 'test');
    const manager = new CatalogManager();
    const catalogs = new KafkaConnectionCatalogs(manager, { refreshIntervalMs: 0 });
    try {
      catalogs.set([spec]);
      const name = uniqueName('sasl_catalog').replace(/-/g, '_');
      const path = { catalog: 'sasl_env', database: 'secure', name };
      const provider = catalogs.provider('sasl_env')!;
      await provider.createObject(path, table({ name, columns: [physical('n', T.int(false)), physical('s', T.string())], provenance: { kind: 'memory' } }));
      const t = (await provider.lookup(path)) as CatalogTable;
      assert.equal(t.options['properties.sasl.mechanism'], 'SCRAM-SHA-512');
      assert.ok(!JSON.stringify(t).includes(credentials.password), JSON.stringify(t.options));
      const kafka = getConnector('kafka')!;
      const sink = kafka.createSink!(toTableContext(path, t, { metadataColumns: [] }));
      await sink.write([[1, 'a'], [2, 'b']]);
      await sink.close();
      const read = await readAll(kafka.createSource!({ ...toTableContext(path, t, { metadataColumns: [] }), options: { ...t.options, 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'latest-offset' } }));
      assert.deepEqual(read.rows.map((r) => r.slice(0, 2)).sort(), [[1, 'a'], [2, 'b']]);
      assert.equal((await testConnection(spec)).kafka.ok, true);
    } finally {
      catalogs.dispose();
    }
    const wrong = 'Wr0ng-Scram-Pa55';
    const bad = await testConnection(parseConnectionSpec({ name: 'bad', brokers: broker.brokers, sasl: { mechanism: 'SCRAM-SHA-512', username: credentials.username, password: wrong } }, 'test'));
    assert.equal(bad.kafka.ok, false);
    assert.match(bad.kafka.message, /cannot connect to Kafka at .*; check the brokers' host:port, that the cluster is up, and the SASL mechanism, user and password/);
    assert.ok(!bad.kafka.message.includes(wrong), bad.kafka.message);
  });
});
