/**
 * The Kafka source: one split per partition (`partition-N`), positions are offsets (the next
 * offset to read), readers drain the TopicFetcher's buffers and never wait for the network.
 * Records are decoded by the table's KeyValueCodec (a record whose registry schema id is not
 * cached yet pauses decoding while that schema is fetched, once). Readable metadata as in
 * Flink: `topic`, `partition`, `offset`, `timestamp`, `timestamp-type`, `headers`
 * (MAP<STRING, BYTES>), `leader-epoch` (NULL). Readers report their
 * consumer lag as `backlog()` (high watermark of the last fetch − position). A record that cannot
 * be decoded fails the read with topic, partition and offset in the message, or with
 * `scan.poison-record.policy` = 'skip' (or the format's ignore-parse-errors) is skipped and
 * reported in SourceBatch.errors; with 'dead-letter' it is also copied to
 * `scan.poison-record.dead-letter-topic` with its error and origin as headers (dead-letter.ts).
 */
import type { ChangelogMode, Source, SourceBatch, SourceSplit, SplitPosition, SplitReader, TableContext } from '../api';
import { OptionError, Options } from '../options';
import { RowKind } from '../../runtime/changelog';
import type { Value } from '../../types/values';
import { decodeLocated, type DecodedBatch } from '../decode-located';
import { SchemaNotCached } from '../../formats/avro-confluent/wire-format';
import type { KeyValueDecoder } from '../key-value-codec';
import { kafkaTable, type KafkaTable } from './kafka-table';
import { TopicOffsets } from './start-offsets';
import { TopicFetcher, type FetchedRecord, type PartitionBuffer } from './topic-fetcher';
import { DeadLetterWriter, type PoisonRecord } from './dead-letter';

export class KafkaSource implements Source {
  readonly changelogMode: ChangelogMode;
  readonly bounded: boolean;
  readonly t: KafkaTable;
  private readonly o: Options;
  readonly offsets: TopicOffsets;
  private readonly fetcher: TopicFetcher;
  private readonly skip: boolean;
  /** Where poison records go under 'dead-letter'. */
  readonly deadLetter: DeadLetterWriter | undefined;

  constructor(ctx: TableContext, upsert: boolean) {
    this.t = kafkaTable(ctx, upsert);
    this.o = Options.of(this.t.ctx);
    this.changelogMode = this.t.codec.changelogMode;
    this.bounded = this.o.oneOf('scan.bounded.mode', ['unbounded', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'] as const, 'unbounded') !== 'unbounded';
    const policy = this.o.oneOf('scan.poison-record.policy', ['fail', 'skip', 'dead-letter'] as const, 'fail');
    this.skip = policy !== 'fail';
    const dlq = this.o.string('scan.poison-record.dead-letter-topic');
    if (policy === 'dead-letter') {
      if (dlq === undefined || dlq.trim() === '') throw new OptionError(`table ${ctx.tableName}: 'scan.poison-record.policy' = 'dead-letter' needs 'scan.poison-record.dead-letter-topic' (the topic poison records are copied to)`);
      if (dlq === this.t.topic) throw new OptionError(`table ${ctx.tableName}: 'scan.poison-record.dead-letter-topic' must differ from the table's topic ${this.t.topic}`);
      this.deadLetter = new DeadLetterWriter(this.t.kafka, dlq, this.t.topic, this.t.secrets);
    } else if (dlq !== undefined) {
      throw new OptionError(`table ${ctx.tableName}: 'scan.poison-record.dead-letter-topic' is set but 'scan.poison-record.policy' is '${policy}'; set the policy to 'dead-letter' or remove the topic`);
    }
    const readCommitted = this.o.oneOf('properties.isolation.level', ['read_uncommitted', 'read_committed'] as const, 'read_uncommitted') === 'read_committed';
    this.offsets = new TopicOffsets(this.t.kafka, this.t.topic, this.t.secrets);
    this.fetcher = new TopicFetcher(this.t.kafka, this.t.topic, readCommitted, this.t.secrets);
  }

  async splits(): Promise<readonly SourceSplit[]> {
    const partitions = await this.offsets.partitions();
    return [...partitions.keys()].sort((a, b) => a - b).map((p) => ({ id: `partition-${p}` }));
  }

  async open(split: SourceSplit, from?: SplitPosition): Promise<KafkaSplitReader> {
    const p = Number(split.id.slice('partition-'.length));
    const partitions = await this.offsets.partitions();
    if (!split.id.startsWith('partition-') || !partitions.has(p)) throw new OptionError(`table ${this.t.ctx.tableName}: unknown split '${split.id}' of topic ${this.t.topic}`);
    const start = typeof from === 'number' ? from : await this.offsets.start(this.o, p);
    const end = await this.offsets.end(this.o, p);
    const buffer = end !== undefined && start >= end ? undefined : await this.fetcher.open(p, start, partitions.size);
    // The log end as the admin API saw it when the source started, until the first fetch says more.
    if (buffer && buffer.highWatermark < 0) buffer.highWatermark = partitions.get(p)!.high;
    this.deadLetter?.acquire();
    return new KafkaSplitReader(this, this.fetcher, buffer, p, start, end, this.skip);
  }
}

export class KafkaSplitReader implements SplitReader {
  private next: number;
  private readonly decoder: KeyValueDecoder;
  private readonly metadata: readonly string[];
  private readonly where: string;
  private readonly scratch: FetchedRecord[] = [];
  /** Records skipped as undecodable so far. */
  skipped = 0;

  constructor(
    private readonly source: KafkaSource,
    private readonly fetcher: TopicFetcher,
    private readonly buffer: PartitionBuffer | undefined,
    private readonly partition: number,
    start: number,
    private readonly end: number | undefined,
    private readonly skip: boolean,
  ) {
    this.next = start;
    this.decoder = source.t.codec.decoder();
    this.metadata = (source.t.ctx.metadata ?? []).map((m) => m.key);
    this.where = `topic ${source.t.topic}/partition ${partition}`;
  }

  /**
   * Consumer lag: records between the position and the partition's high watermark as of the
   * last fetch (or the admin API's, before one), up to the end of a bounded read.
   */
  backlog(): number {
    const hw = this.buffer?.highWatermark ?? -1;
    if (hw < 0) return 0;
    return Math.max(0, (this.end === undefined ? hw : Math.min(hw, this.end)) - this.next);
  }

  poll(max: number): SourceBatch | Promise<SourceBatch> {
    if (this.fetcher.error) throw this.fetcher.error;
    if (this.buffer === undefined || (this.end !== undefined && this.next >= this.end)) return { rows: [], end: true };
    const records = this.scratch;
    records.length = 0;
    const limit = this.end === undefined ? max : Math.min(max, this.end - this.next);
    this.buffer.take(limit, records, (to) => {
      if (to > this.next) this.next = this.end === undefined ? to : Math.min(to, this.end);
    });
    this.fetcher.drained(this.buffer);
    if (records.length === 0) {
      const end = this.end !== undefined && this.next >= this.end;
      return { rows: [], end, idle: !end };
    }
    return this.decode(records, 0, { rows: [], kinds: [], errors: undefined, problems: [] }, undefined);
  }

  /**
   * Decodes `records` from index `from` into `out`. A record whose schema id is not cached yet
   * (avro-confluent, proto-registry) stops the loop: the schema is fetched once and decoding
   * resumes at that record, so a batch of known ids costs no promise and no extra pass.
   */
  private decode(records: readonly FetchedRecord[], from: number, out: DecodedBatch, poison: PoisonRecord[] | undefined): SourceBatch | Promise<SourceBatch> {
    const dlq = this.source.deadLetter;
    const { rows } = out;
    const tolerate = this.skip || this.decoder.ignoreParseErrors;
    // Offsets ascend: only a batch that reaches the end of a bounded read is cut per record.
    let stop = records.length;
    if (this.end !== undefined && Number(records[stop - 1].offset) >= this.end) {
      const end = this.end;
      stop = records.findIndex((r) => Number(r.offset) >= end);
    }
    const meta = this.metadata.length > 0;
    let i = from;
    try {
      for (; i < stop; i++) {
        const r = records[i];
        const before = rows.length;
        if (!decodeLocated(this.decoder, r, this.where, out, tolerate)) {
          this.skipped++;
          if (dlq) (poison ??= []).push({ record: r, partition: this.partition, error: out.errors![out.errors!.length - 1].message });
          continue;
        }
        if (meta) for (let j = before; j < rows.length; j++) for (const m of this.metadata) rows[j].push(this.meta(m, r));
      }
    } catch (e) {
      if (e instanceof SchemaNotCached) {
        const at = i;
        return e.load().then(() => this.decode(records, at, out, poison));
      }
      throw e;
    }
    if (stop > 0) {
      const last = Number(records[stop - 1].offset) + 1;
      if (last > this.next) this.next = last;
    }
    const { kinds, errors } = out;
    const end = this.end !== undefined && this.next >= this.end;
    const plain: SourceBatch = { rows, end, ...(errors ? { errors } : {}) };
    const batch = kinds.some((k) => k !== RowKind.Insert) ? { ...plain, kinds } : plain;
    // Poison records reach the dead-letter topic before the batch (and its position) is handed out.
    return dlq && poison ? dlq.send(poison).then(() => batch) : batch;
  }

  private meta(key: string, r: FetchedRecord): Value {
    switch (key) {
      case 'timestamp':
        return Number(r.timestamp);
      case 'partition':
        return this.partition;
      case 'offset':
        return Number(r.offset);
      case 'topic':
        return this.source.t.topic;
      case 'timestamp-type':
        return 'CreateTime';
      case 'headers': {
        const m = new Map<Value, Value>();
        for (const [k, v] of Object.entries(r.headers ?? {})) {
          const one = Array.isArray(v) ? v[0] : v;
          m.set(k, one === undefined ? null : new Uint8Array(typeof one === 'string' ? Buffer.from(one) : one));
        }
        return m;
      }
      default:
        return null;
    }
  }

  position(): SplitPosition {
    return this.next;
  }

  async close(): Promise<void> {
    if (this.buffer) await this.fetcher.close(this.partition);
    await this.source.deadLetter?.release();
  }
}
