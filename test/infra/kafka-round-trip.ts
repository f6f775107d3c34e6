import type { Kafka } from 'kafkajs';

/**
 * Sends one message with `value` to `topic` (auto-created), then reads the topic from the beginning
 * with a consumer in `groupId` and returns the first message's value; rejects after 30 s without one.
 */
export async function roundTripOne(kafka: Kafka, topic: string, groupId: string, value: string): Promise<string> {
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages: [{ value }] });
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const received = await new Promise<string>((resolve, reject) => {
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
  return received;
}
