/**
 * Smoke tests against the real Schema Registry (Confluent-compatible API): register an Avro
 * schema, fetch it back by id, and round-trip a record through the Confluent wire format,
 * also through a real Kafka topic.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { startBasicAuthProxy } from '../infra/basic-auth-proxy';
import { registryUrl, testKafka, uniqueName } from './env';

const ORDER_SCHEMA = {
  type: 'record',
  name: 'Order',
  namespace: 'org.apache.flink.avro.generated',
  fields: [
    { name: 'order_id', type: 'long' },
    { name: 'product', type: 'string' },
    { name: 'quantity', type: 'int' },
    { name: 'note', type: ['null', 'string'], default: null },
  ],
};

describe('Schema Registry (ccompat)', () => {
  test('an Avro schema registered under a subject is fetched back by id over REST and by the client', async () => {
    const url = registryUrl();
    const subject = `${uniqueName('smoke-orders')}-value`;
    const { id } = await new SchemaRegistry({ host: url }).register(
      { type: SchemaType.AVRO, schema: JSON.stringify(ORDER_SCHEMA) },
      { subject },
    );
    assert.ok(Number.isInteger(id) && id >= 0, `schema id ${id}`);

    // The REST API itself, as any Confluent client sees it.
    const byId = (await (await fetch(`${url}/schemas/ids/${id}`)).json()) as { schema: string };
    assert.deepEqual(JSON.parse(byId.schema).fields.map((f: { name: string }) => f.name), ['order_id', 'product', 'quantity', 'note']);
    const subjects = (await (await fetch(`${url}/subjects`)).json()) as string[];
    assert.ok(subjects.includes(subject), `${subject} in ${JSON.stringify(subjects)}`);
    const latest = (await (await fetch(`${url}/subjects/${encodeURIComponent(subject)}/versions/latest`)).json()) as { id: number; version: number };
    assert.equal(latest.id, id);
    assert.equal(latest.version, 1);

    // A fresh client (empty cache) resolves the id through the registry.
    const fresh = new SchemaRegistry({ host: url });
    assert.equal(await fresh.getLatestSchemaId(subject), id);
    const schema = (await fresh.getSchema(id)) as unknown as { name?: string };
    assert.equal(schema.name, 'org.apache.flink.avro.generated.Order');
  });

  test('a record encodes to the Confluent wire format (magic byte, schema id) and decodes back, through Kafka', async () => {
    const url = registryUrl();
    const topic = uniqueName('smoke-avro');
    const { id } = await new SchemaRegistry({ host: url }).register(
      { type: SchemaType.AVRO, schema: JSON.stringify(ORDER_SCHEMA) },
      { subject: `${topic}-value` },
    );
    const record = { order_id: 1234567890123, product: 'tea', quantity: 3, note: 'ünïcode' };
    const encoded = await new SchemaRegistry({ host: url }).encode(id, record);
    assert.equal(encoded[0], 0, 'magic byte');
    assert.equal(encoded.readInt32BE(1), id, 'schema id, big-endian');

    const kafka = testKafka('smoke-avro');
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic }], waitForLeaders: true });
    await admin.disconnect();
    await producer.connect();
    await producer.send({ topic, messages: [{ value: encoded }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: uniqueName('smoke-avro-group') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const value = await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message after 30 s')), 30_000);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve(message.value as Buffer);
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    assert.deepEqual(value, encoded);
    // A fresh client must look the writer schema up by the id in the payload.
    const decoded = (await new SchemaRegistry({ host: url }).decode(value)) as Record<string, unknown>;
    assert.deepEqual({ ...decoded }, record);
  });

  test('behind basic auth: the right credentials register and fetch, missing or wrong ones get 401', async () => {
    const proxy = await startBasicAuthProxy(registryUrl(), { username: 'sr-user', password: 'sr-pass' });
    try {
      const subject = `${uniqueName('smoke-auth')}-value`;
      const authed = new SchemaRegistry({ host: proxy.url, auth: { username: 'sr-user', password: 'sr-pass' } });
      const { id } = await authed.register({ type: SchemaType.AVRO, schema: JSON.stringify(ORDER_SCHEMA) }, { subject });
      assert.equal(await authed.getLatestSchemaId(subject), id);
      const wrong = new SchemaRegistry({ host: proxy.url, auth: { username: 'sr-user', password: 'nope' }, retry: { retries: 0 } });
      await assert.rejects(wrong.getLatestSchemaId(subject), /401|Unauthorized/);
      const anonymous = await fetch(`${proxy.url}/subjects`);
      assert.equal(anonymous.status, 401);
      assert.match(anonymous.headers.get('www-authenticate') ?? '', /^Basic/);
      assert.ok(proxy.refused() >= 2);
    } finally {
      await proxy.stop();
    }
  });
});
