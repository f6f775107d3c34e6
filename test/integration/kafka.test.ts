/** Smoke tests against the real Kafka broker: plain and transactional produce/consume. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Consumer, Kafka } from 'kafkajs';
import { testKafka, uniqueName } from './env';

/** Consumes from the start of `topic` until `count` messages arrived (or the timeout). */
async function consume(kafka: Kafka, topic: string, count: number, readUncommitted = false): Promise<string[]> {
  const consumer: Consumer = kafka.consumer({ groupId: uniqueName('smoke-group'), readUncommitted });
  const got: string[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${got.length} of ${count} messages after 30 s: ${JSON.stringify(got)}`)), 30_000);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            got.push(`${message.key?.toString() ?? ''}=${message.value?.toString() ?? ''}`);
            if (got.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return got;
}

describe('Kafka broker', () => {
  test('a produced message is consumed back with key, value and headers', async () => {
    const kafka = testKafka('smoke-plain');
    const topic = uniqueName('smoke-plain');
    const admin = kafka.admin();
    await admin.connect();
    try {
      assert.equal(await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true }), true);
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      assert.equal(meta.topics[0].partitions.length, 2);
    } finally {
      await admin.disconnect();
    }
    const producer = kafka.producer();
    await producer.connect();
    try {
      const [meta] = await producer.send({ topic, messages: [{ key: 'k1', value: 'hello kafka', headers: { h: 'x' }, partition: 1 }] });
      assert.equal(meta.partition, 1);
    } finally {
      await producer.disconnect();
    }
    assert.deepEqual(await consume(kafka, topic, 1), ['k1=hello kafka']);
  });

  test('read_committed sees committed transactions only; read_uncommitted sees aborted ones too', async () => {
    const kafka = testKafka('smoke-tx');
    const topic = uniqueName('smoke-tx');
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    } finally {
      await admin.disconnect();
    }
    const producer = kafka.producer({ transactionalId: uniqueName('smoke-txid'), idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      const t1 = await producer.transaction();
      await t1.send({ topic, messages: [{ key: 'a', value: '1' }, { key: 'b', value: '2' }] });
      await t1.commit();
      const t2 = await producer.transaction();
      await t2.send({ topic, messages: [{ key: 'x', value: 'aborted' }] });
      await t2.abort();
      const t3 = await producer.transaction();
      await t3.send({ topic, messages: [{ key: 'c', value: '3' }] });
      await t3.commit();
    } finally {
      await producer.disconnect();
    }
    assert.deepEqual(await consume(kafka, topic, 3), ['a=1', 'b=2', 'c=3']);
    const uncommitted = await consume(kafka, topic, 4, true);
    assert.deepEqual(uncommitted, ['a=1', 'b=2', 'x=aborted', 'c=3']);
  });
});
