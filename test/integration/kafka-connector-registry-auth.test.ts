/**
 * avro-confluent through a registry that requires basic auth (the auth-checking proxy in
 * front of the real registry): `basic-auth.user-info` registers and fetches schemas; a wrong
 * password fails the write with a message that does not contain it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startBasicAuthProxy } from '../infra/basic-auth-proxy';
import { getConnector } from '../../engine/connectors/registry';
import { T } from '../../engine/types/logical-type';
import { kafkaBrokers, registryUrl, testKafka, uniqueName } from './env';
import { readAll, tableCtx } from './kafka-connector-helpers';

describe('avro-confluent with registry basic auth', () => {
  test('user-info credentials register and fetch schemas; a wrong password is refused and never shown', async () => {
    const proxy = await startBasicAuthProxy(registryUrl(), { username: 'sr-user', password: 'sr-pass-1234' });
    try {
      const topic = uniqueName('auth-avro');
      const admin = testKafka('auth-admin').admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
      await admin.disconnect();
      const cols = [{ name: 'id', type: T.bigint(false) }, { name: 'name', type: T.string() }];
      const options = (password: string): Record<string, string> => ({
        connector: 'kafka',
        topic,
        'properties.bootstrap.servers': kafkaBrokers().join(','),
        'value.format': 'avro-confluent',
        'value.avro-confluent.url': proxy.url,
        'value.avro-confluent.basic-auth.credentials-source': 'USER_INFO',
        'value.avro-confluent.basic-auth.user-info': `sr-user:${password}`,
        'scan.startup.mode': 'earliest-offset',
        'scan.bounded.mode': 'latest-offset',
      });
      const sink = getConnector('kafka')!.createSink!(tableCtx(topic, cols, options('sr-pass-1234')));
      await sink.write([[1, 'one'], [2, 'two']]);
      await sink.close();
      const read = await readAll(getConnector('kafka')!.createSource!(tableCtx(topic, cols, options('sr-pass-1234'))));
      assert.deepEqual(read.rows, [[1, 'one'], [2, 'two']]);

      const wrong = 'wr0ng-sr-pass';
      const bad = getConnector('kafka')!.createSink!(tableCtx(`${topic}-bad`, cols, { ...options(wrong), topic: `${topic}-other` }));
      await assert.rejects(async () => bad.write([[3, 'three']]), (e: Error) => {
        assert.ok(!e.message.includes(wrong) && !(e.stack ?? '').includes(wrong), e.message);
        return /401|[Uu]nauthori/.test(e.message);
      });
      await bad.close();
      assert.ok(proxy.refused() >= 1);
    } finally {
      await proxy.stop();
    }
  });
});
