/**
 * The kafka / upsert-kafka connectors against the real broker and registry: Avro round trip
 * in the Confluent wire format (subjects registered as Flink names them), upsert tombstones
 * as -D, metadata columns, startup and bounded modes, poison records under both policies,
 * exactly-once transactions (aborted ones invisible to read_committed).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getConnector } from '../../engine/connectors/registry';
import { RowKind } from '../../engine/runtime/changelog';
import { T } from '../../engine/types/logical-type';
import type { KafkaSink } from '../../engine/connectors/kafka/kafka-sink';
import { kafkaBrokers, registryUrl, testKafka, uniqueName } from './env';
import { readAll, tableCtx } from './kafka-connector-helpers';

const kafka = getConnector('kafka')!;
const upsertKafka = getConnector('upsert-kafka')!;

async function createTopic(topic: string, partitions = 1): Promise<void> {
  const admin = testKafka('conn-test-admin').admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

const base = (topic: string): Record<string, string> => ({ connector: 'kafka', topic, 'properties.bootstrap.servers': kafkaBrokers().join(','), 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'latest-offset' });

const orderColumns = [
  { name: 'id', type: T.bigint(false) },
  { name: 'item', type: T.string() },
  { name: 'price', type: T.decimal(10, 2) },
  { name: 'tags', type: T.array(T.string(false)) },
];

describe('kafka connector (real broker + registry)', () => {
  test('avro-confluent upsert round trip: subjects registered, wire format, tombstones read as -D', async () => {
    const topic = uniqueName('orders-avro');
    await createTopic(topic, 2);
    const options = {
      ...base(topic),
      connector: 'upsert-kafka',
      'key.format': 'avro-confluent',
      'key.avro-confluent.url': registryUrl(),
      'value.format': 'avro-confluent',
      'value.avro-confluent.url': registryUrl(),
    };
    const ctx = tableCtx(topic, orderColumns, options, { primaryKey: ['id'] });
    const sink = upsertKafka.createSink!(ctx);
    await sink.write(
      [
        [1, 'apple', 1.25, ['red']],
        [2, 'pear', 2.5, []],
        [1, 'apple', 1.5, ['red', 'green']],
      ],
      [RowKind.Insert, RowKind.Insert, RowKind.UpdateAfter],
    );
    await sink.write([[2, null, null, null]], [RowKind.Delete]);
    await sink.flush();
    await sink.close();

    const subjects = (await (await fetch(`${registryUrl()}/subjects`)).json()) as string[];
    assert.ok(subjects.includes(`${topic}-value`) && subjects.includes(`${topic}-key`), `subjects: ${subjects.join(', ')}`);
    const latest = (await (await fetch(`${registryUrl()}/subjects/${topic}-value/versions/latest`)).json()) as { id: number; schema: string };
    const schema = JSON.parse(latest.schema) as { name: string; namespace: string; fields: { name: string }[] };
    assert.equal(schema.namespace, 'org.apache.flink.avro.generated');
    assert.deepEqual(schema.fields.map((f) => f.name), ['id', 'item', 'price', 'tags']);

    // The raw records carry magic byte 0 and the registered id.
    const raw = await readAll(kafka.createSource!(tableCtx(topic, [{ name: 'v', type: T.bytes() }], { ...base(topic), format: 'raw' })));
    const framed = raw.rows.map((r) => r[0] as Uint8Array | null).filter((v): v is Uint8Array => v !== null);
    assert.equal(framed.length, 3);
    for (const v of framed) {
      assert.equal(v[0], 0);
      assert.equal(Buffer.from(v).readUInt32BE(1), latest.id);
    }

    const read = await readAll(upsertKafka.createSource!(ctx));
    const byKey = new Map<number, string[]>();
    read.rows.forEach((r, i) => byKey.set(r[0] as number, [...(byKey.get(r[0] as number) ?? []), `${['+I', '-U', '+U', '-D'][read.kinds[i]]}${JSON.stringify(r)}`]));
    assert.deepEqual(byKey.get(1), ['+I[1,"apple",1.25,["red"]]', '+U[1,"apple",1.5,["red","green"]]']);
    assert.deepEqual(byKey.get(2), ['+I[2,"pear",2.5,[]]', '-D[2,null,null,null]']);
    assert.deepEqual(read.errors, []);
  });

  test('metadata columns: partition, offset, timestamp, headers; key.fields with EXCEPT_KEY', async () => {
    const topic = uniqueName('meta');
    await createTopic(topic, 1);
    const producer = testKafka('conn-test-meta').producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: '{"k":"a"}', value: '{"v":1}', timestamp: '1700000000000', headers: { trace: 'abc' } }, { key: '{"k":"b"}', value: '{"v":2}', timestamp: '1700000000500' }] });
    await producer.disconnect();
    const ctx = tableCtx(
      topic,
      [
        { name: 'k', type: T.string() },
        { name: 'v', type: T.int() },
      ],
      { ...base(topic), 'key.format': 'json', 'key.fields': 'k', 'value.format': 'json', 'value.fields-include': 'EXCEPT_KEY' },
      { metadata: [{ key: 'partition', type: T.int() }, { key: 'offset', type: T.bigint() }, { key: 'timestamp', type: T.timestamp(3) }, { key: 'headers', type: T.map(T.string(), T.bytes()) }] },
    );
    const read = await readAll(kafka.createSource!(ctx));
    assert.equal(read.rows.length, 2);
    const [a, b] = read.rows;
    assert.deepEqual(a.slice(0, 5), ['a', 1, 0, 0, 1700000000000]);
    assert.deepEqual(b.slice(0, 5), ['b', 2, 0, 1, 1700000000500]);
    assert.equal(Buffer.from((a[5] as Map<string, Uint8Array>).get('trace')!).toString(), 'abc');
    assert.deepEqual(read.positions, { 'partition-0': 2 });
  });

  test('startup modes: specific-offsets, timestamp, latest-offset; resuming from a position', async () => {
    const topic = uniqueName('startup');
    await createTopic(topic, 1);
    const producer = testKafka('conn-test-startup').producer();
    await producer.connect();
    await producer.send({ topic, messages: [0, 1, 2, 3, 4].map((i) => ({ value: JSON.stringify({ n: i }), timestamp: String(1_000_000 + i * 1000) })) });
    await producer.disconnect();
    const cols = [{ name: 'n', type: T.int() }];
    const read = async (o: Record<string, string>) => (await readAll(kafka.createSource!(tableCtx(topic, cols, { ...base(topic), format: 'json', ...o })))).rows.map((r) => r[0]);
    assert.deepEqual(await read({ 'scan.startup.mode': 'specific-offsets', 'scan.startup.specific-offsets': 'partition:0,offset:3' }), [3, 4]);
    assert.deepEqual(await read({ 'scan.startup.mode': 'timestamp', 'scan.startup.timestamp-millis': '1002000' }), [2, 3, 4]);
    assert.deepEqual(await read({ 'scan.startup.mode': 'latest-offset' }), []);
    assert.deepEqual(await read({ 'scan.bounded.mode': 'specific-offsets', 'scan.bounded.specific-offsets': 'partition:0,offset:2' }), [0, 1]);
    const source = kafka.createSource!(tableCtx(topic, cols, { ...base(topic), format: 'json' }));
    const reader = await source.open({ id: 'partition-0' }, 4);
    const rows: unknown[] = [];
    for (;;) {
      const b = await reader.poll(10);
      rows.push(...b.rows.map((r) => r[0]));
      if (b.end) break;
      if (b.rows.length === 0) await new Promise((r) => setTimeout(r, 20));
    }
    await reader.close();
    assert.deepEqual(rows, [4]);
  });

  for (const policy of ['fail', 'skip'] as const) {
    test(`poison records (wrong magic byte, unknown schema id, truncated body) with policy ${policy}`, async () => {
      const topic = uniqueName(`poison-${policy}`);
      await createTopic(topic, 1);
      const cols = [
        { name: 'id', type: T.bigint(false) },
        { name: 'name', type: T.string() },
      ];
      const options = { ...base(topic), 'value.format': 'avro-confluent', 'value.avro-confluent.url': registryUrl(), 'scan.poison-record.policy': policy };
      const sink = kafka.createSink!(tableCtx(topic, cols, options));
      await sink.write([[1, 'good']]);
      const producer = testKafka('conn-test-poison').producer();
      await producer.connect();
      const unknownId = Buffer.from([0, 0x7f, 0xff, 0xff, 0x01, 2, 2]);
      await producer.send({ topic, messages: [{ value: Buffer.from('{"not":"avro"}') }, { value: unknownId }, { value: Buffer.from([0, 0, 0, 0, 1]) }] });
      await producer.disconnect();
      await sink.write([[2, 'also good']]);
      await sink.close();
      const source = kafka.createSource!(tableCtx(topic, cols, options));
      if (policy === 'fail') {
        await assert.rejects(readAll(source), (e: Error) => e.message.includes(`topic ${topic}/partition 0/offset 1`) && /magic byte/.test(e.message));
        return;
      }
      const read = await readAll(source);
      assert.deepEqual(read.rows, [
        [1, 'good'],
        [2, 'also good'],
      ]);
      assert.equal(read.errors.length, 3);
      assert.match(read.errors[0].message, /magic byte 123/);
      assert.match(read.errors[1].message, /unknown schema id 2147483393/);
      assert.match(read.errors[2].location, /offset 3$/);
    });
  }

  test('exactly-once sink: aborted transactions are invisible to read_committed, committed ones visible', async () => {
    const topic = uniqueName('eos');
    await createTopic(topic, 1);
    const cols = [{ name: 'n', type: T.int() }];
    const options = { ...base(topic), format: 'json', 'sink.delivery-guarantee': 'exactly-once', 'sink.transactional-id-prefix': uniqueName('tx') };
    const sink = kafka.createSink!(tableCtx(topic, cols, options)) as KafkaSink;
    await sink.write([[1], [2], [3]]);
    await sink.abort();
    await sink.write([[4], [5]]);
    await sink.flush();
    await sink.write([[6]]);
    await sink.close(); // open transaction aborted
    const read = async (level: string) => (await readAll(kafka.createSource!(tableCtx(topic, cols, { ...base(topic), format: 'json', 'properties.isolation.level': level })))).rows.map((r) => r[0]);
    assert.deepEqual(await read('read_committed'), [4, 5]);
    assert.deepEqual(await read('read_uncommitted'), [1, 2, 3, 4, 5, 6]);
  });

  test('exactly-once sink commits source offsets in the same transaction', async () => {
    const topic = uniqueName('eos-offsets');
    await createTopic(topic, 1);
    const group = uniqueName('eos-group');
    const sink = kafka.createSink!(tableCtx(topic, [{ name: 'n', type: T.int() }], { ...base(topic), format: 'json', 'sink.delivery-guarantee': 'exactly-once', 'sink.transactional-id-prefix': uniqueName('tx') })) as KafkaSink;
    await sink.write([[7]]);
    await sink.commitWithOffsets(group, [{ topic, partition: 0, offset: 1 }]);
    await sink.close();
    const admin = testKafka('conn-test-offsets').admin();
    await admin.connect();
    const offsets = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    await admin.disconnect();
    assert.equal(offsets[0].partitions[0].offset, '1');
  });
});
