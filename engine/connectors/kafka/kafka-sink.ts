/**
 * The Kafka sink: rows encoded by the table's KeyValueCodec (upsert tables: -U skipped, -D a
 * tombstone), partitioned by kafkajs' default partitioner (murmur2 of the key, as Java's),
 * the `timestamp` metadata column written as the record timestamp.
 *
 * `sink.delivery-guarantee`:
 * - `at-least-once` / `none`: every write is acknowledged by all in-sync replicas
 *   (`none`: by the leader) before write() resolves; flush() has nothing left to do.
 * - `exactly-once`: writes go into one Kafka transaction (transactional id
 *   `<sink.transactional-id-prefix>-0`, idempotent producer) that flush() commits; records
 *   are invisible to `read_committed` readers until then, and close() without flush()
 *   aborts. Starting a producer with the same transactional id fences a crashed one and
 *   aborts its open transaction, so a restarted statement never duplicates uncommitted output.
 *
 * Checkpoints and exactly-once INSERT INTO (`transactions()`, driven by a checkpointed job):
 * the transaction spans one checkpoint interval. `prepare` sends into it the checkpoint id as
 * the offset of partition 0 of the topic for the consumer group
 * `tideline-checkpoints.<transactional id>` (a marker, committed atomically with the output),
 * and the checkpoint's Kafka source offsets for their `properties.group.id` (as
 * `commitWithOffsets` does); `commit` commits it once the checkpoint is durable. A crash
 * between the two leaves the transaction open; the restarted producer fences and aborts it,
 * and `lastCommittedCheckpoint` reads the marker so the job resumes from the checkpoint whose
 * output did commit: no output lost, none repeated.
 */
import type { Producer, Transaction, Message } from 'kafkajs';
import type { PreparedTransaction, Sink, SinkTransactions, SourceOffsets, TableContext } from '../api';
import { OptionError, Options } from '../options';
import { RowKind, type Row } from '../../runtime/changelog';
import { registerColumns } from '../../formats/registry-schemas';
import { redactError } from '../../kafka/redact';
import type { KeyValueEncoder } from '../key-value-codec';
import { kafkaTable, type KafkaTable } from './kafka-table';

const asBuffer = (b: Uint8Array | null): Buffer | null => (b === null ? null : Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

export type DeliveryGuarantee = 'none' | 'at-least-once' | 'exactly-once';

export class KafkaSink implements Sink {
  readonly t: KafkaTable;
  readonly guarantee: DeliveryGuarantee;
  private readonly transactionalId: string | undefined;
  private encoder: KeyValueEncoder | undefined;
  private producer: Producer | undefined;
  private connecting: Promise<Producer> | undefined;
  /** The open transaction (exactly-once), begun once however many writes start it at the same time. */
  private tx: Promise<Transaction> | undefined;
  private readonly timestampIndex: number;
  /** Records written (sent) so far. */
  written = 0;
  /** A checkpointed job commits at checkpoints: flush() and close() leave the transaction alone. */
  private checkpointed = false;

  constructor(ctx: TableContext, upsert: boolean) {
    this.t = kafkaTable(ctx, upsert);
    const o = Options.of(this.t.ctx);
    this.guarantee = o.oneOf('sink.delivery-guarantee', ['none', 'at-least-once', 'exactly-once'] as const, 'at-least-once');
    if (this.guarantee === 'exactly-once') {
      const prefix = o.string('sink.transactional-id-prefix');
      if (prefix === undefined || prefix === '') throw new OptionError(`table ${ctx.tableName}: 'sink.delivery-guarantee' = 'exactly-once' needs 'sink.transactional-id-prefix'`);
      this.transactionalId = `${prefix}-0`;
    }
    const ts = ctx.metadata?.findIndex((m) => m.key === 'timestamp') ?? -1;
    this.timestampIndex = ts < 0 ? -1 : ctx.columns.length + ts;
  }

  private fail(e: unknown): Error {
    return redactError(e, this.t.secrets);
  }

  private connect(): Promise<Producer> {
    this.connecting ??= (async () => {
      try {
        const { key, value } = this.t.confluent;
        if (key) await registerColumns(key.kind, key.client, key.subject, key.columns);
        if (value) await registerColumns(value.kind, value.client, value.subject, value.columns);
        this.encoder = this.t.codec.encoder();
        const producer = this.t.kafka.producer(
          this.transactionalId !== undefined ? { transactionalId: this.transactionalId, idempotent: true, maxInFlightRequests: 1 } : { allowAutoTopicCreation: false },
        );
        await producer.connect();
        this.producer = producer;
        return producer;
      } catch (e) {
        this.connecting = undefined;
        throw this.fail(e);
      }
    })();
    return this.connecting;
  }

  async write(rows: readonly Row[], kinds?: readonly RowKind[]): Promise<void> {
    const producer = await this.connect();
    const messages: Message[] = [];
    for (let i = 0; i < rows.length; i++) {
      const rec = this.encoder!.encode(rows[i], kinds ? kinds[i] : RowKind.Insert);
      if (rec === null) continue;
      const m: Message = { key: asBuffer(rec.key), value: asBuffer(rec.value) };
      if (this.timestampIndex >= 0) {
        const ts = rows[i][this.timestampIndex];
        if (typeof ts === 'number') m.timestamp = String(ts);
      }
      messages.push(m);
    }
    if (messages.length === 0) return;
    try {
      if (this.transactionalId !== undefined) {
        await (await this.transaction(producer)).send({ topic: this.t.topic, messages });
      } else {
        await producer.send({ topic: this.t.topic, messages, acks: this.guarantee === 'none' ? 1 : -1 });
      }
    } catch (e) {
      throw this.fail(e);
    }
    this.written += messages.length;
  }

  /** Commits the open transaction (exactly-once); otherwise everything is already acknowledged. */
  async flush(): Promise<void> {
    if (this.checkpointed) return;
    await this.commitOpen();
  }

  private transaction(producer: Producer): Promise<Transaction> {
    this.tx ??= producer.transaction().catch((e: unknown) => {
      this.tx = undefined;
      return Promise.reject(this.fail(e));
    });
    return this.tx;
  }

  private async commitOpen(): Promise<void> {
    const tx = this.tx;
    this.tx = undefined;
    if (tx) await (await tx).commit().catch((e: unknown) => Promise.reject(this.fail(e)));
  }

  /**
   * Exactly-once checkpoint: commits the source offsets of the checkpoint (the next offset to
   * read, per topic and partition) for `groupId` in the same transaction as the output.
   */
  async commitWithOffsets(groupId: string, offsets: readonly { topic: string; partition: number; offset: number }[]): Promise<void> {
    if (this.transactionalId === undefined) throw new Error(`table ${this.t.ctx.tableName}: commitWithOffsets needs 'sink.delivery-guarantee' = 'exactly-once'`);
    const producer = await this.connect();
    try {
      const tx = await this.transaction(producer);
      const byTopic = new Map<string, { partition: number; offset: string }[]>();
      for (const o of offsets) {
        const list = byTopic.get(o.topic) ?? [];
        list.push({ partition: o.partition, offset: String(o.offset) });
        byTopic.set(o.topic, list);
      }
      await tx.sendOffsets({ consumerGroupId: groupId, topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })) });
    } catch (e) {
      throw this.fail(e);
    }
    await this.commitOpen();
  }

  /** The consumer group whose offset for partition 0 of the topic is the last committed checkpoint id. */
  private get markerGroup(): string {
    return `tideline-checkpoints.${this.transactionalId!}`;
  }

  /** Two-phase commit with checkpoints; only with 'sink.delivery-guarantee' = 'exactly-once'. */
  transactions(): SinkTransactions | undefined {
    if (this.transactionalId === undefined) return undefined;
    return {
      begin: () => {
        this.checkpointed = true;
      },
      prepare: (checkpointId, sourceOffsets) => this.prepare(checkpointId, sourceOffsets),
      commit: () => this.commitOpen(),
      // Connecting fences a crashed producer with the same transactional id and aborts its open transaction.
      recover: async () => {
        await this.connect();
      },
      lastCommittedCheckpoint: () => this.lastCommittedCheckpoint(),
      close: () => this.release(),
    };
  }

  private async prepare(checkpointId: number, sourceOffsets: readonly SourceOffsets[]): Promise<PreparedTransaction> {
    const producer = await this.connect();
    try {
      const tx = await this.transaction(producer);
      await tx.sendOffsets({ consumerGroupId: this.markerGroup, topics: [{ topic: this.t.topic, partitions: [{ partition: 0, offset: String(checkpointId) }] }] });
      const byGroup = new Map<string, Map<string, { partition: number; offset: string }[]>>();
      for (const o of sourceOffsets) {
        const topics = byGroup.get(o.groupId) ?? new Map<string, { partition: number; offset: string }[]>();
        topics.set(o.topic, [...(topics.get(o.topic) ?? []), { partition: o.partition, offset: String(o.offset) }]);
        byGroup.set(o.groupId, topics);
      }
      for (const [groupId, topics] of byGroup) {
        await tx.sendOffsets({ consumerGroupId: groupId, topics: [...topics].map(([topic, partitions]) => ({ topic, partitions })) });
      }
    } catch (e) {
      throw this.fail(e);
    }
    return { transactionalId: this.transactionalId!, checkpoint: checkpointId };
  }

  private async lastCommittedCheckpoint(): Promise<number | undefined> {
    await this.connect(); // fence first: an open transaction is aborted before the marker is read
    const admin = this.t.kafka.admin();
    try {
      await admin.connect();
      const topics = await admin.fetchOffsets({ groupId: this.markerGroup, topics: [this.t.topic] });
      const p0 = topics.find((t) => t.topic === this.t.topic)?.partitions.find((p) => p.partition === 0);
      const n = p0 ? Number(p0.offset) : -1;
      return n > 0 ? n : undefined;
    } catch (e) {
      throw this.fail(e);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** Aborts the open transaction: what was written since the last flush is never visible to read_committed. */
  async abort(): Promise<void> {
    const tx = this.tx;
    this.tx = undefined;
    if (tx) await (await tx).abort().catch((e: unknown) => Promise.reject(this.fail(e)));
  }

  async close(): Promise<void> {
    if (this.checkpointed) return; // the job releases the sink after its last checkpoint
    await this.release();
  }

  private async release(): Promise<void> {
    if (this.tx) await this.abort().catch(() => undefined);
    const producer = this.producer;
    this.producer = undefined;
    this.connecting = undefined;
    await producer?.disconnect().catch(() => undefined);
  }
}
