/**
 * The dead-letter topic of `scan.poison-record.policy` = 'dead-letter': a record the table's
 * formats cannot decode is copied (key, value, timestamp and headers unchanged) to
 * `scan.poison-record.dead-letter-topic` on the same cluster, with headers saying why and
 * where it came from: `tideline.error` (the decode error), `tideline.topic`,
 * `tideline.partition`, `tideline.offset`. The reader sends them before it hands out the
 * batch, so a checkpoint past a poison record never loses it (at least once).
 */
import type { Kafka, Message, Producer } from 'kafkajs';
import { redactError } from '../../kafka/redact';
import type { FetchedRecord } from './topic-fetcher';

export const DLQ_HEADERS = { error: 'tideline.error', topic: 'tideline.topic', partition: 'tideline.partition', offset: 'tideline.offset' } as const;

export interface PoisonRecord {
  readonly record: FetchedRecord;
  readonly partition: number;
  readonly error: string;
}

export class DeadLetterWriter {
  private producer: Promise<Producer> | undefined;
  private users = 0;
  /** Records written to the dead-letter topic so far. */
  written = 0;

  constructor(
    private readonly kafka: Kafka,
    readonly topic: string,
    private readonly source: string,
    private readonly secrets: readonly (string | undefined)[],
  ) {}

  /** A reader starts using the writer (released on close). */
  acquire(): void {
    this.users++;
  }

  async release(): Promise<void> {
    if (--this.users > 0) return;
    const p = this.producer;
    this.producer = undefined;
    await p?.then((x) => x.disconnect()).catch(() => undefined);
  }

  async send(records: readonly PoisonRecord[]): Promise<void> {
    if (records.length === 0) return;
    const messages: Message[] = records.map(({ record: r, partition, error }) => {
      const headers: Record<string, Buffer | string> = {};
      for (const [k, v] of Object.entries(r.headers ?? {})) {
        const one = Array.isArray(v) ? v[0] : v;
        if (one !== undefined) headers[k] = one;
      }
      Object.assign(headers, { [DLQ_HEADERS.error]: error, [DLQ_HEADERS.topic]: this.source, [DLQ_HEADERS.partition]: String(partition), [DLQ_HEADERS.offset]: String(r.offset) });
      return { key: r.key, value: r.value, timestamp: r.timestamp, headers };
    });
    try {
      this.producer ??= (async () => {
        const p = this.kafka.producer({ allowAutoTopicCreation: true });
        await p.connect();
        return p;
      })().catch((e: unknown) => {
        this.producer = undefined;
        throw e;
      });
      await (await this.producer).send({ topic: this.topic, messages, acks: -1 });
    } catch (e) {
      const first = records[0];
      const err = redactError(e, this.secrets);
      throw new Error(
        `cannot write ${records.length} poison record${records.length === 1 ? '' : 's'} of topic ${this.source} (first: partition ${first.partition}/offset ${first.record.offset}) ` +
          `to the dead-letter topic ${this.topic}: ${err.message}; check that the topic exists or may be auto-created and that the user may write to it`,
      );
    }
    this.written += records.length;
  }
}
