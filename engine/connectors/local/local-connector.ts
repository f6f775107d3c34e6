/**
 * `connector = 'local'`: the embedded default store. A table is a local topic (local-topic.ts)
 * under the state directory; INSERT INTO appends, SELECT reads with Kafka's startup modes.
 * Keys are the `key.fields` (or the primary key) in the key format; without a key, records
 * round-robin over partitions. With a primary key the table is an upsert table: writes of
 * -U are skipped and -D becomes a tombstone; reads give +I for a key's first value in the
 * reader, +U for later ones and -D for tombstones.
 * Readable metadata: `timestamp` (TIMESTAMP_LTZ(3)), `partition` (INT), `offset` (BIGINT).
 */
import type { ChangelogMode, ConnectorFactory, OptionSpec, RecordError, Sink, Source, SourceBatch, SourceSplit, SplitPosition, SplitReader, TableContext } from '../api';
import { OptionError, Options } from '../options';
import { RowKind, type Row } from '../../runtime/changelog';
import type { Value } from '../../types/values';
import { RecordDecodeError, type Deserializer, type Serializer } from '../../formats/format';
import { resolveFormat } from '../table-format';
import { openTopic, type LocalTopic } from './local-topic';
import { Partitioner } from './partitioner';
import type { PartitionCursor } from './partition-log';

export const LOCAL_OPTIONS: readonly OptionSpec[] = [
  { key: 'topic', type: 'string', description: 'Name of the local topic; defaults to the table name.' },
  { key: 'partitions', type: 'int', default: '1', description: 'Number of partitions, fixed when the topic is created.' },
  { key: 'key.fields', type: 'list', description: "Columns forming the record key, separated by ';' (defaults to the primary key)." },
  { key: 'key.format', type: 'enum', values: ['json', 'csv', 'avro', 'raw'], default: 'json', description: 'Format of the record key.' },
  { key: 'value.format', type: 'enum', values: ['json', 'csv', 'avro', 'raw', 'debezium-json'], default: 'json', description: 'Format of the record value (alias: format).' },
  { key: 'format', type: 'enum', values: ['json', 'csv', 'avro', 'raw', 'debezium-json'], description: 'Format of the record value (same as value.format).' },
  { key: 'scan.startup.mode', type: 'enum', values: ['earliest-offset', 'latest-offset', 'specific-offsets', 'timestamp'], default: 'earliest-offset', description: 'Where reading starts in every partition.' },
  { key: 'scan.startup.specific-offsets', type: 'string', description: "Start offsets per partition for 'specific-offsets': 'partition:0,offset:42;partition:1,offset:300'." },
  { key: 'scan.startup.timestamp-millis', type: 'long', description: "Start at the first record with this timestamp or later, for mode 'timestamp'." },
  { key: 'scan.bounded.mode', type: 'enum', values: ['unbounded', 'latest-offset'], default: 'unbounded', description: 'Read forever, or stop at the end offsets seen when reading starts.' },
];

type StartupMode = 'earliest-offset' | 'latest-offset' | 'specific-offsets' | 'timestamp';

interface LocalTable {
  readonly topicName: string;
  readonly topic: LocalTopic;
  readonly keyIndexes: readonly number[];
  readonly upsert: boolean;
  readonly valueChangelog: boolean;
}

function localTable(ctx: TableContext): LocalTable {
  const o = Options.of(ctx);
  if (ctx.stateDir === undefined) throw new OptionError(`table ${ctx.tableName}: local tables need a state directory (--state-dir)`);
  const partitions = o.integer('partitions', 1);
  if (partitions < 1) throw o.bad('partitions', o.string('partitions'), 'an integer >= 1');
  const keyFields = o.has('key.fields') ? o.required('key.fields').split(';').map((s) => s.trim()).filter(Boolean) : [...(ctx.primaryKey ?? [])];
  const keyIndexes = keyFields.map((f) => {
    const i = ctx.columns.findIndex((c) => c.name === f);
    if (i < 0) throw o.bad('key.fields', o.string('key.fields'), `columns of the table (no column '${f}')`);
    return i;
  });
  const topicName = o.string('topic', ctx.tableName);
  return {
    topicName,
    topic: openTopic(ctx.stateDir, topicName, partitions),
    keyIndexes,
    upsert: (ctx.primaryKey?.length ?? 0) > 0,
    valueChangelog: valueFormat(ctx).factory.changelogMode !== 'insert-only',
  };
}

function valueFormat(ctx: TableContext) {
  const o = Options.of(ctx);
  return o.has('value.format') ? resolveFormat(ctx, 'value.') : resolveFormat(ctx, '', 'json');
}

function keyColumns(ctx: TableContext, t: LocalTable) {
  return t.keyIndexes.map((i) => ctx.columns[i]);
}

const toBytes = (r: Uint8Array | string | null): Uint8Array | null => (r === null ? null : typeof r === 'string' ? Buffer.from(r, 'utf8') : r);

export class LocalSink implements Sink {
  private readonly t: LocalTable;
  private readonly value: Serializer;
  private readonly key: Serializer | undefined;
  private readonly partitioner: Partitioner;
  private readonly timestampIndex: number;

  constructor(private readonly ctx: TableContext) {
    this.t = localTable(ctx);
    const vf = valueFormat(ctx);
    this.value = vf.factory.createSerializer(ctx.columns, vf.options);
    if (this.t.keyIndexes.length > 0) {
      const kf = resolveFormat(ctx, 'key.', 'json');
      this.key = kf.factory.createSerializer(keyColumns(ctx, this.t), kf.options);
    }
    this.partitioner = new Partitioner(this.t.topic.partitions);
    const ts = ctx.metadata?.findIndex((m) => m.key === 'timestamp') ?? -1;
    this.timestampIndex = ts < 0 ? -1 : ctx.columns.length + ts;
  }

  write(rows: readonly Row[], kinds?: readonly RowKind[]): void {
    const perPartition: { key: Uint8Array | null; value: Uint8Array | null; timestamp: number }[][] = this.t.topic.logs.map(() => []);
    const now = Date.now();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const kind = kinds ? kinds[i] : RowKind.Insert;
      let value: Uint8Array | null;
      if (this.t.upsert) {
        if (kind === RowKind.UpdateBefore) continue;
        value = kind === RowKind.Delete ? null : toBytes(this.value.encode(row, kind));
      } else {
        if (kind !== RowKind.Insert && !this.t.valueChangelog) {
          throw new Error(`table ${this.ctx.tableName} is append-only (no primary key, format without changes); it cannot take ${['+I', '-U', '+U', '-D'][kind]} changes`);
        }
        value = toBytes(this.value.encode(row, kind));
      }
      const key = this.key ? toBytes(this.key.encode(this.t.keyIndexes.map((k) => row[k]), RowKind.Insert)) : null;
      const tsValue = this.timestampIndex >= 0 ? row[this.timestampIndex] : null;
      perPartition[this.partitioner.partitionOf(key)].push({ key, value, timestamp: typeof tsValue === 'number' ? tsValue : now });
    }
    perPartition.forEach((records, p) => this.t.topic.logs[p].append(records));
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
    this.changelogMode = this.t.upsert ? 'upsert' : this.t.valueChangelog ? 'all' : 'insert-only';
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
    if (this.startup === 'timestamp') this.startTimestamp = Number(o.required('scan.startup.timestamp-millis'));
    valueFormat(ctx).factory.createDeserializer(ctx.columns, valueFormat(ctx).options);
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
    const vf = valueFormat(this.ctx);
    let key: Deserializer | undefined;
    if (this.t.upsert) {
      const kf = resolveFormat(this.ctx, 'key.', 'json');
      key = kf.factory.createDeserializer(keyColumns(this.ctx, this.t), kf.options);
    }
    return new LocalReader(
      `${this.t.topicName}/partition ${p}`,
      p,
      log.cursor(start),
      this.bounded ? log.nextOffset : undefined,
      vf.factory.createDeserializer(this.ctx.columns, vf.options),
      key,
      this.t,
      this.ctx,
    );
  }
}

class LocalReader implements SplitReader {
  private readonly seen = new Set<string>();
  private readonly metadata: readonly string[];
  constructor(
    private readonly where: string,
    private readonly partition: number,
    private readonly cursor: PartitionCursor,
    private readonly endOffset: number | undefined,
    private readonly value: Deserializer,
    private readonly key: Deserializer | undefined,
    private readonly t: LocalTable,
    private readonly ctx: TableContext,
  ) {
    this.metadata = (ctx.metadata ?? []).map((m) => m.key);
  }

  poll(max: number): SourceBatch {
    const limit = this.endOffset === undefined ? max : Math.min(max, this.endOffset - this.cursor.offset);
    const records = limit > 0 ? this.cursor.read(limit) : [];
    const rows: Row[] = [];
    const kinds: RowKind[] = [];
    let errors: RecordError[] | undefined;
    const problems: string[] = [];
    for (const r of records) {
      const before = rows.length;
      try {
        if (this.key !== undefined) this.decodeUpsert(r.key, r.value, rows, kinds, problems);
        else if (r.value !== null) this.value.decode(r.value, rows, kinds, problems);
        if (problems.length > 0) {
          for (const message of problems) (errors ??= []).push({ location: `${this.where}/offset ${r.offset}`, message });
          problems.length = 0;
        }
      } catch (e) {
        if (!(e instanceof RecordDecodeError)) throw e;
        rows.length = before;
        kinds.length = before;
        const location = `${this.where}/offset ${r.offset}`;
        if (!this.value.ignoreParseErrors) throw new Error(`${location}: ${e.message}`);
        (errors ??= []).push({ location, message: e.message });
        continue;
      }
      if (this.metadata.length > 0) {
        for (let i = before; i < rows.length; i++) {
          for (const m of this.metadata) rows[i].push(m === 'timestamp' ? r.timestamp : m === 'partition' ? this.partition : m === 'offset' ? r.offset : null);
        }
      }
    }
    const end = this.endOffset !== undefined && this.cursor.offset >= this.endOffset;
    const changes = kinds.some((k) => k !== RowKind.Insert);
    const batch: SourceBatch = { rows, end, idle: records.length === 0 && !end, ...(errors ? { errors } : {}) };
    return changes ? { ...batch, kinds } : batch;
  }

  private decodeUpsert(keyBytes: Uint8Array | null, value: Uint8Array | null, rows: Row[], kinds: RowKind[], problems: string[]): void {
    const id = keyBytes === null ? '' : Buffer.from(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength).toString('latin1');
    if (value === null) {
      const keyRows: Row[] = [];
      this.key!.decode(keyBytes ?? new Uint8Array(0), keyRows, []);
      const row: Row = new Array<Value>(this.ctx.columns.length).fill(null);
      this.t.keyIndexes.forEach((ci, i) => (row[ci] = keyRows[0][i]));
      rows.push(row);
      kinds.push(RowKind.Delete);
      this.seen.delete(id);
      return;
    }
    const before = rows.length;
    this.value.decode(value, rows, kinds, problems);
    for (let i = before; i < rows.length; i++) kinds[i] = this.seen.has(id) ? RowKind.UpdateAfter : RowKind.Insert;
    this.seen.add(id);
  }

  position(): SplitPosition {
    return this.cursor.offset;
  }

  close(): void {}
}

export const localConnector: ConnectorFactory = {
  identifier: 'local',
  description: 'Local topics: a persistent, partitioned log on disk under the state directory (the embedded default store).',
  options: LOCAL_OPTIONS,
  createSource: (ctx) => new LocalSource(ctx),
  createSink: (ctx) => new LocalSink(ctx),
};
