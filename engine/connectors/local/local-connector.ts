/**
 * `connector = 'local'`: the embedded default store. A table is a local topic (local-topic.ts)
 * under the state directory; INSERT INTO appends, SELECT reads with Kafka's startup modes.
 * Records are laid out as Kafka's connectors do (key-value-codec.ts: key.fields or the primary
 * key in the key format, value.fields-include, upsert tables with tombstones); keyed records
 * go to murmur2(key) % partitions, keyless ones round-robin.
 * Readable metadata: `timestamp` (TIMESTAMP_LTZ(3)), `partition` (INT), `offset` (BIGINT).
 * In a checkpointed job the sink is exactly-once (local-transactions.ts).
 */
import type { ChangelogMode, ConnectorFactory, OptionSpec, Sink, SinkTransactions, Source, SourceBatch, SourceSplit, SplitPosition, SplitReader, TableContext } from '../api';
import { OptionError, Options } from '../options';
import { LOOKUP_OPTIONS } from '../lookup/lookup-cache';
import { ScanLookup } from '../lookup/scan-lookup';
import { RowKind, type Row } from '../../runtime/changelog';
import { KeyValueCodec, type KeyValueDecoder, type KeyValueEncoder } from '../key-value-codec';
import { decodeLocated, type DecodedBatch } from '../decode-located';
import { openTopic, type LocalTopic } from './local-topic';
import { LocalTransactions } from './local-transactions';
import { Partitioner } from './partitioner';
import type { AppendRecord, PartitionCursor, PartitionLog } from './partition-log';

export const LOCAL_OPTIONS: readonly OptionSpec[] = [
  { key: 'topic', type: 'string', description: 'Name of the local topic; defaults to the table name.' },
  { key: 'partitions', type: 'int', default: '1', description: 'Number of partitions, fixed when the topic is created.' },
  { key: 'key.fields', type: 'list', description: "Columns forming the record key, separated by ';' (defaults to the primary key)." },
  { key: 'key.format', type: 'enum', values: ['json', 'csv', 'avro', 'raw'], default: 'json', description: 'Format of the record key.' },
  { key: 'key.fields-prefix', type: 'string', description: 'Prefix of key columns in the table, removed in the key format (needs value.fields-include EXCEPT_KEY).' },
  { key: 'value.fields-include', type: 'enum', values: ['ALL', 'EXCEPT_KEY'], default: 'ALL', description: 'Whether the value repeats the key columns (ALL) or leaves them to the key (EXCEPT_KEY).' },
  { key: 'value.format', type: 'enum', values: ['json', 'csv', 'avro', 'raw', 'debezium-json'], default: 'json', description: 'Format of the record value (alias: format).' },
  { key: 'format', type: 'enum', values: ['json', 'csv', 'avro', 'raw', 'debezium-json'], description: 'Format of the record value (same as value.format).' },
  { key: 'scan.startup.mode', type: 'enum', values: ['earliest-offset', 'latest-offset', 'specific-offsets', 'timestamp'], default: 'earliest-offset', description: 'Where reading starts in every partition.' },
  { key: 'scan.startup.specific-offsets', type: 'string', description: "Start offsets per partition for 'specific-offsets': 'partition:0,offset:42;partition:1,offset:300'." },
  { key: 'scan.startup.timestamp-millis', type: 'long', description: "Start at the first record with this timestamp or later, for mode 'timestamp'." },
  { key: 'scan.bounded.mode', type: 'enum', values: ['unbounded', 'latest-offset'], default: 'unbounded', description: 'Read forever, or stop at the end offsets seen when reading starts.' },
  ...LOOKUP_OPTIONS,
];

type StartupMode = 'earliest-offset' | 'latest-offset' | 'specific-offsets' | 'timestamp';

interface LocalTable {
  readonly topicName: string;
  readonly topic: LocalTopic;
  readonly codec: KeyValueCodec;
}

function localTable(ctx: TableContext): LocalTable {
  const o = Options.of(ctx);
  if (ctx.stateDir === undefined) throw new OptionError(`table ${ctx.tableName}: local tables need a state directory (--state-dir)`);
  const partitions = o.integer('partitions', 1);
  if (partitions < 1) throw o.bad('partitions', o.string('partitions'), 'an integer >= 1');
  const codec = new KeyValueCodec(ctx);
  const topicName = o.string('topic', ctx.tableName);
  return { topicName, topic: openTopic(ctx.stateDir, topicName, partitions), codec };
}

export class LocalSink implements Sink {
  private readonly t: LocalTable;
  private readonly encoder: KeyValueEncoder;
  private readonly partitioner: Partitioner;
  private readonly timestampIndex: number;
  private readonly txn: LocalTransactions;

  constructor(ctx: TableContext) {
    this.t = localTable(ctx);
    this.txn = new LocalTransactions(this.t.topic, `table ${ctx.tableName} (local topic ${this.t.topicName})`);
    this.encoder = this.t.codec.encoder();
    this.partitioner = new Partitioner(this.t.topic.partitions);
    const ts = ctx.metadata?.findIndex((m) => m.key === 'timestamp') ?? -1;
    this.timestampIndex = ts < 0 ? -1 : ctx.columns.length + ts;
  }

  write(rows: readonly Row[], kinds?: readonly RowKind[]): void {
    const perPartition: AppendRecord[][] = this.t.topic.logs.map(() => []);
    const now = Date.now();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const rec = this.encoder.encode(row, kinds ? kinds[i] : RowKind.Insert);
      if (rec === null) continue;
      const tsValue = this.timestampIndex >= 0 ? row[this.timestampIndex] : null;
      perPartition[this.partitioner.partitionOf(rec.key)].push({ key: rec.key, value: rec.value, timestamp: typeof tsValue === 'number' ? tsValue : now });
    }
    if (!this.txn.hold(perPartition)) perPartition.forEach((records, p) => this.t.topic.logs[p].append(records));
  }

  /** Exactly-once with checkpoints: rows become visible when the checkpoint covering them is durable. */
  transactions(): SinkTransactions {
    return this.txn;
  }

  flush(): void {
    this.t.topic.flush();
  }

  close(): void {
    this.flush();
  }
}

export class LocalSource implements Source {
  readonly changelogMode: ChangelogMode;
  readonly bounded: boolean;
  private readonly t: LocalTable;
  private readonly startup: StartupMode;
  private readonly specific = new Map<number, number>();
  private readonly startTimestamp: number | undefined;

  constructor(private readonly ctx: TableContext) {
    const o = Options.of(ctx);
    this.t = localTable(ctx);
    this.changelogMode = this.t.codec.changelogMode;
    this.bounded = o.oneOf('scan.bounded.mode', ['unbounded', 'latest-offset'] as const, 'unbounded') === 'latest-offset';
    this.startup = o.oneOf('scan.startup.mode', ['earliest-offset', 'latest-offset', 'specific-offsets', 'timestamp'] as const, 'earliest-offset');
    if (this.startup === 'specific-offsets') {
      const text = o.required('scan.startup.specific-offsets');
      for (const part of text.split(';').filter((s) => s.trim())) {
        const m = /^\s*partition\s*:\s*(\d+)\s*,\s*offset\s*:\s*(\d+)\s*$/.exec(part);
        if (!m) throw o.bad('scan.startup.specific-offsets', text, "'partition:0,offset:42;partition:1,offset:300'");
        this.specific.set(Number(m[1]), Number(m[2]));
      }
    }
    if (this.startup === 'timestamp') {
      o.required('scan.startup.timestamp-millis');
      this.startTimestamp = o.integer('scan.startup.timestamp-millis');
    }
  }

  splits(): readonly SourceSplit[] {
    return this.t.topic.logs.map((_, i) => ({ id: `partition-${i}` }));
  }

  open(split: SourceSplit, from?: SplitPosition): SplitReader {
    const p = Number(split.id.slice('partition-'.length));
    const log = this.t.topic.logs[p];
    if (log === undefined) throw new OptionError(`table ${this.ctx.tableName}: unknown split '${split.id}'`);
    let start: number;
    if (typeof from === 'number') start = from;
    else if (this.startup === 'earliest-offset') start = 0;
    else if (this.startup === 'latest-offset') start = log.nextOffset;
    else if (this.startup === 'specific-offsets') start = this.specific.get(p) ?? 0;
    else start = log.offsetForTimestamp(this.startTimestamp!);
    return new LocalReader(
      `${this.t.topicName}/partition ${p}`,
      p,
      log,
      log.cursor(start),
      this.bounded ? log.nextOffset : undefined,
      this.t.codec.decoder(),
      (this.ctx.metadata ?? []).map((m) => m.key),
    );
  }
}

class LocalReader implements SplitReader {
  constructor(
    private readonly where: string,
    private readonly partition: number,
    private readonly log: PartitionLog,
    private readonly cursor: PartitionCursor,
    private readonly endOffset: number | undefined,
    private readonly decoder: KeyValueDecoder,
    private readonly metadata: readonly string[],
  ) {}

  poll(max: number): SourceBatch {
    const limit = this.endOffset === undefined ? max : Math.min(max, this.endOffset - this.cursor.offset);
    const records = limit > 0 ? this.cursor.read(limit) : [];
    const out: DecodedBatch = { rows: [], kinds: [], errors: undefined, problems: [] };
    const { rows, kinds } = out;
    for (const r of records) {
      const before = rows.length;
      if (!decodeLocated(this.decoder, r, this.where, out, this.decoder.ignoreParseErrors)) continue;
      if (this.metadata.length > 0) {
        for (let i = before; i < rows.length; i++) {
          for (const m of this.metadata) rows[i].push(m === 'timestamp' ? r.timestamp : m === 'partition' ? this.partition : m === 'offset' ? r.offset : null);
        }
      }
    }
    const end = this.endOffset !== undefined && this.cursor.offset >= this.endOffset;
    const changes = kinds.some((k) => k !== RowKind.Insert);
    const batch: SourceBatch = { rows, end, idle: records.length === 0 && !end, ...(out.errors ? { errors: out.errors } : {}) };
    return changes ? { ...batch, kinds } : batch;
  }

  position(): SplitPosition {
    return this.cursor.offset;
  }

  /** Records appended and not read yet (up to the end offset of a bounded scan). */
  backlog(): number {
    return Math.max(0, (this.endOffset ?? this.log.nextOffset) - this.cursor.offset);
  }

  close(): void {}
}

export const localConnector: ConnectorFactory = {
  identifier: 'local',
  description: 'Local topics: a persistent, partitioned log on disk under the state directory (the embedded default store).',
  options: LOCAL_OPTIONS,
  createSource: (ctx) => new LocalSource(ctx),
  createSink: (ctx) => new LocalSink(ctx),
  sinkDelivery: () => ({ guarantee: 'exactly-once', note: 'rows become visible when the checkpoint covering them is written' }),
  // Lookups read the whole topic (from the earliest offset, whatever the scan options) and what is appended later.
  createLookup: (ctx, keys) => new ScanLookup(ctx, new LocalSource({ ...ctx, options: { ...ctx.options, 'scan.startup.mode': 'earliest-offset', 'scan.bounded.mode': 'unbounded' } }), keys),
};
