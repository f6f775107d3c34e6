/**
 * Start and end offsets of a topic's partitions for the startup and bounded modes, through
 * the admin API (one request per mode, shared by all partitions).
 */
import type { Kafka } from 'kafkajs';
import { Options } from '../options';
import { parseSpecificOffsets } from './offsets-spec';
import { redactError } from '../../kafka/redact';

export interface PartitionOffsets {
  readonly low: number;
  readonly high: number;
}

export class TopicOffsets {
  private watermarks: Promise<Map<number, PartitionOffsets>> | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly secrets: readonly (string | undefined)[],
  ) {}

  private async admin<T>(work: (a: ReturnType<Kafka['admin']>) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      return await work(admin);
    } catch (e) {
      throw redactError(e, this.secrets);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** Low and high watermarks of every partition, fetched once. */
  partitions(): Promise<Map<number, PartitionOffsets>> {
    this.watermarks ??= this.admin(async (a) => {
      const list = await a.fetchTopicOffsets(this.topic);
      return new Map(list.map((p) => [p.partition, { low: Number(p.low), high: Number(p.high) }]));
    });
    return this.watermarks;
  }

  byTimestamp(ts: number): Promise<Map<number, number>> {
    return this.admin(async (a) => new Map((await a.fetchTopicOffsetsByTimestamp(this.topic, ts)).map((p) => [p.partition, Number(p.offset)])));
  }

  committed(groupId: string): Promise<Map<number, number>> {
    return this.admin(async (a) => {
      const res = await a.fetchOffsets({ groupId, topics: [this.topic] });
      return new Map((res[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
    });
  }

  /** Where reading of `partition` starts for the table's scan.startup.mode. */
  async start(o: Options, partition: number): Promise<number> {
    const w = (await this.partitions()).get(partition) ?? { low: 0, high: 0 };
    const mode = o.oneOf('scan.startup.mode', ['earliest-offset', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'] as const, 'group-offsets');
    switch (mode) {
      case 'earliest-offset':
        return w.low;
      case 'latest-offset':
        return w.high;
      case 'timestamp':
        return (await this.byTimestamp(o.integer('scan.startup.timestamp-millis') ?? Number(o.required('scan.startup.timestamp-millis')))).get(partition) ?? w.high;
      case 'specific-offsets': {
        const at = parseSpecificOffsets(o.table, 'scan.startup.specific-offsets', o.required('scan.startup.specific-offsets')).get(partition);
        return at === undefined ? w.low : Math.min(Math.max(at, w.low), w.high);
      }
      case 'group-offsets': {
        const groupId = o.string('properties.group.id');
        const committed = groupId === undefined ? -1 : ((await this.committed(groupId)).get(partition) ?? -1);
        if (committed >= 0) return committed;
        return o.oneOf('properties.auto.offset.reset', ['earliest', 'latest'] as const, 'latest') === 'earliest' ? w.low : w.high;
      }
    }
  }

  /** Where a bounded read of `partition` stops (exclusive), or undefined for unbounded. */
  async end(o: Options, partition: number): Promise<number | undefined> {
    const mode = o.oneOf('scan.bounded.mode', ['unbounded', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'] as const, 'unbounded');
    if (mode === 'unbounded') return undefined;
    const w = (await this.partitions()).get(partition) ?? { low: 0, high: 0 };
    switch (mode) {
      case 'latest-offset':
        return w.high;
      case 'timestamp':
        return (await this.byTimestamp(o.integer('scan.bounded.timestamp-millis') ?? Number(o.required('scan.bounded.timestamp-millis')))).get(partition) ?? w.high;
      case 'specific-offsets':
        return parseSpecificOffsets(o.table, 'scan.bounded.specific-offsets', o.required('scan.bounded.specific-offsets')).get(partition) ?? w.high;
      case 'group-offsets': {
        const c = (await this.committed(o.required('properties.group.id'))).get(partition) ?? -1;
        return c >= 0 ? c : w.high;
      }
    }
  }
}
