/**
 * One kafkajs consumer per source, fetching a topic's partitions into per-partition buffers
 * that split readers drain without waiting. The consumer uses a private group (nothing is
 * committed; positions live in checkpoints); each opened partition is sought to its start
 * offset, unopened ones stay paused, and a partition whose buffer is full holds the fetch
 * until its reader has taken half (paused instead when that takes over a second). Batches of only control records or aborted messages (transactions) still
 * move the fetch position forward (a skip marker), so bounded reads reach their end offset.
 */
import { randomBytes } from 'node:crypto';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { redactError } from '../../kafka/redact';

/** A fetched record as kafkajs gives it (offset and timestamp are decimal strings). */
export type FetchedRecord = KafkaMessage;

/** A record, or "the fetch position moved to `skipTo`" (filtered control records). */
type Entry = FetchedRecord | { readonly skipTo: number };

export class PartitionBuffer {
  private entries: Entry[] = [];
  private head = 0;
  /** Next offset of the partition (the log end) as of the last fetch. */
  highWatermark = -1;
  paused = false;

  /** Records before the start offset (a fetch that raced the seek) are dropped. */
  constructor(
    readonly partition: number,
    readonly from: number,
  ) {}

  get size(): number {
    return this.entries.length - this.head;
  }

  private room: (() => void) | undefined;

  /** Resolves when the reader has taken the buffer below half of `max`, or after `ms`; true when there is room. */
  waitForRoom(max: number, ms: number): Promise<boolean> {
    if (this.size < max / 2) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.room = undefined;
        resolve(false);
      }, ms);
      this.room = () => {
        clearTimeout(timer);
        this.room = undefined;
        resolve(true);
      };
    });
  }

  /** Wakes a fetch waiting for room (the reader took records, or the partition closed). */
  wake(max: number, closing = false): void {
    if (this.room && (closing || this.size < max / 2)) this.room();
  }

  push(e: Entry): void {
    this.entries.push(e);
  }

  /** Takes up to `max` records; `advance` gets skip markers' targets. */
  take(max: number, out: FetchedRecord[], advance: (offset: number) => void): void {
    while (out.length < max && this.head < this.entries.length) {
      const e = this.entries[this.head++];
      if ('skipTo' in e) advance(e.skipTo);
      else out.push(e);
    }
    if (this.head > 4096 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }

  clear(): void {
    this.entries = [];
    this.head = 0;
  }
}

const MAX_BUFFERED = 50_000;
/** How long a full partition holds the fetch before it is paused instead. */
const ROOM_WAIT_MS = 1000;

export class TopicFetcher {
  private consumer: Consumer | undefined;
  private starting: Promise<Consumer> | undefined;
  private readonly buffers = new Map<number, PartitionBuffer>();
  private partitionCount = 0;
  /** The first failure of the consumer (redacted); readers rethrow it. */
  error: Error | undefined;

  constructor(
    private readonly kafka: Kafka,
    readonly topic: string,
    private readonly readCommitted: boolean,
    private readonly secrets: readonly (string | undefined)[],
  ) {}

  /** Starts fetching `partition` at `offset`; the returned buffer fills in the background. */
  async open(partition: number, offset: number, partitions: number): Promise<PartitionBuffer> {
    this.partitionCount = Math.max(this.partitionCount, partitions);
    const buffer = new PartitionBuffer(partition, offset);
    this.buffers.set(partition, buffer);
    const consumer = await this.start();
    consumer.resume([{ topic: this.topic, partitions: [partition] }]);
    consumer.seek({ topic: this.topic, partition, offset: String(offset) });
    return buffer;
  }

  /** A reader took records: wake a fetch waiting for room, or resume its paused partition. */
  drained(buffer: PartitionBuffer): void {
    buffer.wake(MAX_BUFFERED);
    if (buffer.paused && buffer.size < MAX_BUFFERED / 2 && this.consumer) {
      buffer.paused = false;
      this.consumer.resume([{ topic: this.topic, partitions: [buffer.partition] }]);
    }
  }

  async close(partition: number): Promise<void> {
    this.buffers.get(partition)?.wake(MAX_BUFFERED, true);
    this.buffers.delete(partition);
    if (this.consumer) this.consumer.pause([{ topic: this.topic, partitions: [partition] }]);
    if (this.buffers.size === 0 && this.starting) {
      const starting = this.starting;
      this.starting = undefined;
      this.consumer = undefined;
      const c = await starting.catch(() => undefined);
      await c?.disconnect().catch(() => undefined);
    }
  }

  private start(): Promise<Consumer> {
    this.starting ??= this.launch();
    return this.starting;
  }

  private async launch(): Promise<Consumer> {
    const consumer = this.kafka.consumer({
      groupId: `tideline-reader-${randomBytes(6).toString('hex')}`,
      readUncommitted: !this.readCommitted,
      maxWaitTimeInMs: 250,
      sessionTimeout: 30_000,
      retry: { retries: 5 },
    });
    consumer.on(consumer.events.START_BATCH_PROCESS, (e) => {
      const p = e.payload as { partition: number; batchSize: number; lastOffset: string; highWatermark: string };
      const buffer = this.buffers.get(p.partition);
      if (!buffer) return;
      buffer.highWatermark = Number(p.highWatermark);
      if (p.batchSize === 0) buffer.push({ skipTo: Number(p.lastOffset) + 1 });
    });
    consumer.on(consumer.events.CRASH, (e) => {
      this.error ??= redactError((e.payload as { error: Error }).error, this.secrets);
    });
    try {
      await consumer.connect();
      // From the log end: each opened partition is sought to its start offset, and a first fetch
      // from the beginning would fetch (and kafkajs decode) data the seek or pause then drops.
      await consumer.subscribe({ topic: this.topic, fromBeginning: false });
      await consumer.run({
        autoCommit: false,
        partitionsConsumedConcurrently: 1,
        eachBatch: async ({ batch, pause, heartbeat }) => {
          const buffer = this.buffers.get(batch.partition);
          if (!buffer) return;
          const messages = batch.messages;
          const raced = messages.length > 0 && Number(messages[0].offset) < buffer.from;
          for (const m of messages) if (!raced || Number(m.offset) >= buffer.from) buffer.push(m);
          buffer.push({ skipTo: Number(batch.lastOffset()) + 1 });
          buffer.highWatermark = Number(batch.highWatermark);
          if (buffer.size >= MAX_BUFFERED) {
            // Backpressure: kafkajs fetches again only when eachBatch returns, so waiting here holds
            // the fetch. Pausing instead drops the partition's data already fetched (fetched again
            // later) and, all partitions paused, sleeps maxWaitTime; it is the fallback when the
            // reader does not catch up soon, so the other partitions keep flowing.
            const room = await buffer.waitForRoom(MAX_BUFFERED, ROOM_WAIT_MS);
            if (!room && this.buffers.get(batch.partition) === buffer) {
              buffer.paused = true;
              pause();
            }
            await heartbeat();
          }
        },
      });
      const opened = new Set(this.buffers.keys());
      const idle = Array.from({ length: this.partitionCount }, (_, i) => i).filter((p) => !opened.has(p));
      if (idle.length > 0) consumer.pause([{ topic: this.topic, partitions: idle }]);
    } catch (e) {
      this.error ??= redactError(e, this.secrets);
      await consumer.disconnect().catch(() => undefined);
      throw this.error;
    }
    this.consumer = consumer;
    return consumer;
  }
}
