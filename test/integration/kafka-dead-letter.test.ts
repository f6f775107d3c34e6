/**
 * `scan.poison-record.policy` = 'dead-letter' against the real broker and registry: good
 * records are read, each undecodable one is reported as a located error (the count the
 * statement's DEGRADED state comes from) and copied unchanged to the dead-letter topic with
 * its error, topic, partition and offset as headers; option mistakes are clear errors; in the
 * engine host a statement reading such a topic turns DEGRADED naming the skipped records.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { RawRpc } from '../unit/host/rpc-client';
import { getConnector } from '../../engine/connectors/registry';
import { DLQ_HEADERS } from '../../engine/connectors/kafka/dead-letter';
import { T } from '../../engine/types/logical-type';
import { kafkaBrokers, registryUrl, testKafka, uniqueName } from './env';
import { readAll, tableCtx } from './kafka-connector-helpers';

const kafka = getConnector('kafka')!;

async function consumeAll(topic: string, expected: number): Promise<{ key: string | null; value: Buffer | null; headers: Record<string, string> }[]> {
  const consumer = testKafka('dlq-test').consumer({ groupId: uniqueName('dlq-reader') });
  const out: { key: string | null; value: Buffer | null; headers: Record<string, string> }[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${out.length} of ${expected} records in ${topic}`)), 30_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(Array.isArray(v) ? v[0] : v);
          out.push({ key: message.key?.toString() ?? null, value: message.value, headers });
          if (out.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return out;
}

describe('dead-letter policy for poison records (real broker + registry)', () => {
  test('poison records go to the dead-letter topic with error, topic, partition and offset headers; good ones are read', async () => {
    const topic = uniqueName('dlq-src');
    const dlq = uniqueName('dlq-dead');
    const admin = testKafka('dlq-admin').admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 2 }, { topic: dlq, numPartitions: 1 }] });
    await admin.disconnect();
    const cols = [
      { name: 'id', type: T.bigint(false) },
      { name: 'name', type: T.string() },
    ];
    const options = {
      connector: 'kafka',
      topic,
      'properties.bootstrap.servers': kafkaBrokers().join(','),
      'scan.startup.mode': 'earliest-offset',
      'scan.bounded.mode': 'latest-offset',
      'value.format': 'avro-confluent',
      'value.avro-confluent.url': registryUrl(),
      'scan.poison-record.policy': 'dead-letter',
      'scan.poison-record.dead-letter-topic': dlq,
    };
    const sink = kafka.createSink!(tableCtx(topic, cols, options));
    await sink.write([[1, 'good']]);
    const producer = testKafka('dlq-poison').producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ partition: 1, key: 'k1', value: Buffer.from('{"not":"avro"}'), headers: { origin: 'legacy-app' } }, { partition: 0, key: 'k2', value: Buffer.from([0, 0x7f, 0xff, 0xff, 0x01, 2, 2]) }] });
    await producer.disconnect();
    await sink.write([[2, 'also good']]);
    await sink.close();

    const read = await readAll(kafka.createSource!(tableCtx(topic, cols, options)));
    assert.deepEqual(read.rows.map((r) => r[0]).sort(), [1, 2]);
    assert.equal(read.errors.length, 2, JSON.stringify(read.errors));

    const dead = await consumeAll(dlq, 2);
    const byKey = new Map(dead.map((d) => [d.key, d]));
    const k1 = byKey.get('k1')!;
    assert.ok(k1, JSON.stringify(dead.map((d) => d.key)));
    assert.equal(k1.value?.toString(), '{"not":"avro"}');
    assert.equal(k1.headers['origin'], 'legacy-app');
    assert.equal(k1.headers[DLQ_HEADERS.topic], topic);
    assert.equal(k1.headers[DLQ_HEADERS.partition], '1');
    assert.match(k1.headers[DLQ_HEADERS.error], /magic byte 123/);
    const k2 = byKey.get('k2')!;
    assert.equal(k2.headers[DLQ_HEADERS.partition], '0');
    assert.match(k2.headers[DLQ_HEADERS.error], /unknown schema id 2147483393/);
    // The headers name exactly the records the source reported as errors.
    const errorAt = read.errors.map((e) => e.location).sort();
    assert.deepEqual(errorAt, [k2, k1].map((d) => `topic ${topic}/partition ${d.headers[DLQ_HEADERS.partition]}/offset ${d.headers[DLQ_HEADERS.offset]}`));
  });

  test('option mistakes are errors naming the option and the fix', () => {
    const options = { connector: 'kafka', topic: 't1', 'properties.bootstrap.servers': kafkaBrokers().join(','), format: 'json' };
    const cols = [{ name: 'id', type: T.bigint() }];
    assert.throws(() => kafka.createSource!(tableCtx('t1', cols, { ...options, 'scan.poison-record.policy': 'dead-letter' })), /needs 'scan\.poison-record\.dead-letter-topic'/);
    assert.throws(() => kafka.createSource!(tableCtx('t1', cols, { ...options, 'scan.poison-record.dead-letter-topic': 'x' })), /policy' is 'fail'; set the policy to 'dead-letter'/);
    assert.throws(() => kafka.createSource!(tableCtx('t1', cols, { ...options, 'scan.poison-record.policy': 'dead-letter', 'scan.poison-record.dead-letter-topic': 't1' })), /must differ from the table's topic/);
  });

  test('engine host: a statement over a topic with poison records under dead-letter is DEGRADED and fills the dead-letter topic', async () => {
    const topic = uniqueName('dlq_host').replace(/-/g, '_');
    const dlq = uniqueName('dlq-host-dead');
    const admin = testKafka('dlq-host-admin').admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }, { topic: dlq, numPartitions: 1 }] });
    await admin.disconnect();
    const cols = [{ name: 'id', type: T.bigint(false) }];
    const sink = kafka.createSink!(tableCtx(topic, cols, { connector: 'kafka', topic, 'properties.bootstrap.servers': kafkaBrokers().join(','), 'value.format': 'avro-confluent', 'value.avro-confluent.url': registryUrl() }));
    await sink.write([[1], [2]]);
    await sink.close();
    const producer = testKafka('dlq-host-poison').producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'bad', value: Buffer.from('not avro at all') }] });
    await producer.disconnect();

    const host = resolve(__dirname, '../../../dist/engine-host.js');
    const child = spawn(process.execPath, [host, '--state-dir', mkdtempSync(join(tmpdir(), 'tideline-dlq-host-'))], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const rpc = new RawRpc(child.stdin, child.stdout);
    try {
      assert.equal((await rpc.request('connections/set', { name: 'dlqc', brokers: kafkaBrokers(), registry: { url: registryUrl() } })).error, undefined);
      assert.equal((await rpc.request('pools/create', { name: 'dlqpool', maxCfu: 2, region: ['dlqc', 'local'] })).error, undefined);
      const hint = `/*+ OPTIONS('scan.startup.mode'='earliest-offset','scan.poison-record.policy'='dead-letter','scan.poison-record.dead-letter-topic'='${dlq}') */`;
      const submitted = await rpc.request('statements/submit', { sql: `SELECT id FROM kafka.dlqc.${topic} ${hint}`, pool: 'dlqpool', name: 'dlq-read' });
      assert.equal(submitted.error, undefined, JSON.stringify(submitted.error));
      let s = { phase: '', reason: '' };
      for (let i = 0; i < 120 && s.phase !== 'DEGRADED' && s.phase !== 'FAILED'; i++) {
        s = (await rpc.request('statements/get', { name: 'dlq-read' })).result as { phase: string; reason: string };
        if (s.phase !== 'DEGRADED') await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(s.phase, 'DEGRADED', JSON.stringify(s));
      assert.match(s.reason, /skipping malformed records \(1 so far\)/);
      await rpc.request('statements/stop', { name: 'dlq-read' });
    } finally {
      child.stdin.end();
      await new Promise((r) => child.once('exit', r));
    }
    const dead = await consumeAll(dlq, 1);
    assert.equal(dead[0].key, 'bad');
    assert.equal(dead[0].headers[DLQ_HEADERS.topic], topic);
    assert.match(dead[0].headers[DLQ_HEADERS.error], /magic byte/);
  });
});
