/**
 * The connector contract: how the runtime reads from sources and writes to sinks, and how
 * connectors describe their WITH options. The same option specs drive completion of
 * `WITH (...)` keys/values in the language server and the analyzer's unknown/missing option
 * checks: one table per connector, nothing repeated elsewhere.
 *
 * Sources are split into splits (a Kafka partition, a local-topic partition, a file, a
 * datagen subtask); each split is read by exactly one reader, which hands out batches. Split
 * positions are JSON values so checkpoints can persist them and readers can resume from them.
 */
import type { LogicalType } from '../types/logical-type';
import type { Row, RowKind } from '../runtime/changelog';
import type { Value } from '../types/values';

export type OptionValueType = 'string' | 'int' | 'long' | 'double' | 'boolean' | 'duration' | 'enum' | 'memory' | 'list';

export interface OptionSpec {
  /** The key as written in WITH, e.g. `rows-per-second`, `fields.#.kind` (`#` = a column name). */
  readonly key: string;
  readonly type: OptionValueType;
  readonly required?: boolean;
  readonly default?: string;
  /** Allowed values for enums (also offered as completions). */
  readonly values?: readonly string[];
  /** One line, plain words. */
  readonly description: string;
}

export interface ColumnSpec {
  readonly name: string;
  readonly type: LogicalType;
}

/** What a connector is given to build a source or sink for one table. */
export interface TableContext {
  /** Fully qualified name, for messages: `catalog.database.table`. */
  readonly tableName: string;
  /** Physical columns in declaration order; source rows and sink rows use this order. */
  readonly columns: readonly ColumnSpec[];
  /** Metadata columns the query reads (e.g. Kafka `timestamp`, `partition`), appended after the physical columns in rows. */
  readonly metadata?: readonly { readonly key: string; readonly type: LogicalType }[];
  /** Primary key column names, if declared. */
  readonly primaryKey?: readonly string[];
  /** The WITH options, keys as written. */
  readonly options: Readonly<Record<string, string>>;
  /** Where persistent data lives (local topics, checkpoints). */
  readonly stateDir?: string;
  /**
   * Projection push-down: indexes into `columns` of the physical columns the query reads
   * (ascending); absent = all. A source may leave the other columns null (the nexmark
   * generator then never builds them); rows keep the full column layout either way.
   */
  readonly readColumns?: readonly number[];
}

export type ChangelogMode = 'insert-only' | 'upsert' | 'all';

export type SplitPosition = null | boolean | number | string | SplitPosition[] | { [k: string]: SplitPosition };

export interface SourceSplit {
  /** Stable across restarts: checkpoints key positions by it. */
  readonly id: string;
}

export interface SourceBatch {
  /** Rows in column order (physical, then requested metadata). */
  readonly rows: Row[];
  /** Change kinds per row; absent means all +I. */
  readonly kinds?: RowKind[];
  /** The split has no more data (bounded sources). */
  readonly end: boolean;
  /** No data is available right now (the split may be marked idle after the idle timeout). */
  readonly idle?: boolean;
  /** Rows that could not be decoded, with their positions and reasons (the error policy decides). */
  readonly errors?: readonly RecordError[];
}

export interface RecordError {
  /** Where: `file.csv:17`, `topic/partition 2/offset 1042`. */
  readonly location: string;
  readonly message: string;
}

export interface SplitReader {
  /** Reads up to `max` rows. Must not block indefinitely: returns an empty idle batch instead. */
  poll(max: number): SourceBatch | Promise<SourceBatch>;
  /** The position after the last row handed out, for checkpoints. */
  position(): SplitPosition;
  /**
   * Records available but not yet read (Kafka: high watermark − position; local topics: end
   * offset − position), for the autoscaler; undefined when the reader cannot tell.
   */
  backlog?(): number | undefined;
  close(): void | Promise<void>;
}

export interface Source {
  readonly bounded: boolean;
  readonly changelogMode: ChangelogMode;
  splits(): readonly SourceSplit[] | Promise<readonly SourceSplit[]>;
  /** Opens a reader for a split, resuming after `from` when given. */
  open(split: SourceSplit, from?: SplitPosition): SplitReader | Promise<SplitReader>;
}

export interface Sink {
  /** Accepts a batch of changes; `kinds` absent means all +I. */
  write(rows: readonly Row[], kinds?: readonly RowKind[]): void | Promise<void>;
  /** Makes everything written so far durable (a checkpoint completes only after this). */
  flush(): void | Promise<void>;
  close(): void | Promise<void>;
  /**
   * Exactly-once sinks: the two-phase commit hooks a checkpointed job drives. Undefined (or
   * no method) means at-least-once: the sink is flushed before a checkpoint is written, so a
   * restart may write again what was written after the checkpoint.
   */
  transactions?(): SinkTransactions | undefined;
}

/** A transaction description a sink stores in a checkpoint (plain JSON). */
export type PreparedTransaction = SplitPosition;

/**
 * Two-phase commit with checkpoints (Flink's TwoPhaseCommitSinkFunction): rows written after
 * `begin` stay invisible to readers; a checkpoint seals them (`prepare`, its description goes
 * into the checkpoint) and makes them visible once the checkpoint is durable (`commit`). A job
 * restarting from a checkpoint calls `recover` with that checkpoint's prepared transaction:
 * it is committed if the crash came before its commit, and whatever was written after it is
 * discarded (the job replays it from the checkpoint's source positions).
 */
export interface SinkTransactions {
  begin(): void | Promise<void>;
  /**
   * `staging`: a path prefix in the checkpoint folder where the sink may write files that
   * belong to this checkpoint (e.g. its held-back rows); they are removed with the checkpoint.
   */
  prepare(checkpointId: number, sourceOffsets: readonly SourceOffsets[], staging: string): PreparedTransaction | Promise<PreparedTransaction>;
  commit(prepared: PreparedTransaction): void | Promise<void>;
  recover(prepared: PreparedTransaction | undefined): void | Promise<void>;
  /**
   * The id of the newest checkpoint whose transaction is committed, when the sink cannot
   * finish a prepared transaction after a crash (Kafka aborts it): the job then restarts from
   * that checkpoint. Undefined: nothing of this job was ever committed.
   */
  lastCommittedCheckpoint?(): Promise<number | undefined>;
  /** The job is done with the sink (after its last checkpoint): release it. */
  close(): void | Promise<void>;
}

/** Source positions of a checkpoint that a Kafka source reports under its consumer group. */
export interface SourceOffsets {
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  /** The next offset to read. */
  readonly offset: number;
}

/**
 * Point lookups by key for lookup joins (`JOIN t FOR SYSTEM_TIME AS OF s.proc_time ON ...`):
 * the rows of the table, as it is at the time of the call, whose key columns equal `key`.
 * Synchronous: a lookup answers from local data (a connector's files or log, a cache).
 */
export interface LookupSource {
  /** Rows in column order (physical columns) whose lookup key columns equal `key`, in key order. */
  lookup(key: readonly Value[]): readonly Row[];
  /** Reads the whole table now and answers from that copy from then on (`lookup.cache` = 'FULL'). */
  snapshot?(): LookupSource;
}

export interface ConnectorFactory {
  /** The `connector` option value, e.g. `datagen`, `filesystem`, `kafka`. */
  readonly identifier: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  createSource?(ctx: TableContext): Source;
  createSink?(ctx: TableContext): Sink;
  /** A lookup on the physical columns `keys` (indexes into ctx.columns), when the connector answers point lookups. */
  createLookup?(ctx: TableContext, keys: readonly number[]): LookupSource;
  /**
   * What a checkpointed INSERT into a table with these options guarantees, said without
   * opening the sink (EXPLAIN). Absent: at-least-once (the sink has no transactions).
   */
  sinkDelivery?(options: Readonly<Record<string, string>>): SinkDelivery;
}

export interface SinkDelivery {
  readonly guarantee: 'exactly-once' | 'at-least-once' | 'none';
  /** How, in plain words, with the option to change when there is one. */
  readonly note: string;
}
