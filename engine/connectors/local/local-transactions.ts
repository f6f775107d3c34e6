/**
 * Exactly-once writes to a local topic, tied to checkpoints: after `begin`, records a sink
 * writes are held back (readers never see them); `prepare` stages them durably next to the
 * checkpoint (one checksummed partition-log file per partition, `<staging>.p<n>.log`) and
 * describes them (count per partition and the partition's end offset then) for the
 * checkpoint; `commit` appends them to the topic once the checkpoint is durable. `recover`
 * finishes a checkpoint's transaction after a crash from its staged files: per partition it
 * looks for the records from the recorded end offset on and appends whatever is not there,
 * so committing twice never duplicates a record.
 */
import { existsSync, rmSync } from 'node:fs';
import type { PreparedTransaction, SinkTransactions } from '../api';
import type { LocalTopic } from './local-topic';
import { PartitionLog, type AppendRecord } from './partition-log';

interface PreparedPartition {
  /** The partition's end offset when the transaction was prepared: its records are at or after it. */
  readonly base: number;
  readonly count: number;
}

interface Prepared {
  readonly checkpoint: number;
  readonly staging: string;
  readonly partitions: PreparedPartition[];
}

const stagedFile = (staging: string, partition: number) => `${staging}.p${partition}.log`;

export class LocalTransactions implements SinkTransactions {
  /** Records written since the last prepare, per partition; null until `begin`. */
  private pending: AppendRecord[][] | null = null;
  /** The prepared transaction's records, still in memory for its commit. */
  private prepared: { readonly checkpoint: number; readonly records: AppendRecord[][] } | undefined;

  constructor(
    private readonly topic: LocalTopic,
    private readonly where: string,
  ) {}

  /** Holds the records back when transactions are on; false means: append them now. */
  hold(perPartition: readonly AppendRecord[][]): boolean {
    if (this.pending === null) return false;
    perPartition.forEach((records, p) => {
      for (const r of records) this.pending![p]!.push(r);
    });
    return true;
  }

  begin(): void {
    this.pending = this.topic.logs.map(() => []);
  }

  prepare(checkpointId: number, _sourceOffsets: unknown, staging: string): PreparedTransaction {
    const records = this.pending ?? this.topic.logs.map(() => []);
    if (this.pending) this.pending = this.topic.logs.map(() => []);
    records.forEach((rs, p) => {
      const file = stagedFile(staging, p);
      rmSync(file, { force: true }); // left by a checkpoint that was never completed
      if (rs.length === 0) return;
      const log = new PartitionLog(file);
      try {
        log.append(rs);
        log.flush();
      } finally {
        log.close();
      }
    });
    this.prepared = { checkpoint: checkpointId, records };
    const prepared: Prepared = { checkpoint: checkpointId, staging, partitions: records.map((rs, p) => ({ base: this.topic.logs[p]!.nextOffset, count: rs.length })) };
    return prepared as unknown as PreparedTransaction;
  }

  commit(prepared: PreparedTransaction): void {
    const tx = this.check(prepared);
    const held = this.prepared?.checkpoint === tx.checkpoint ? this.prepared.records : undefined;
    this.prepared = undefined;
    let appended = false;
    tx.partitions.forEach((part, p) => {
      if (part.count === 0) return;
      this.topic.logs[p]!.append(held ? held[p]! : this.staged(tx, p));
      appended = true;
    });
    if (appended) this.topic.flush();
  }

  recover(prepared: PreparedTransaction | undefined): void {
    if (this.pending) this.pending = this.topic.logs.map(() => []);
    this.prepared = undefined;
    if (prepared === undefined) return;
    const tx = this.check(prepared);
    let appended = false;
    tx.partitions.forEach((part, p) => {
      if (part.count === 0) return;
      const log = this.topic.logs[p]!;
      const records = this.staged(tx, p);
      const done = committedPrefix(log, part.base, records);
      if (done < records.length) {
        log.append(done === 0 ? records : records.slice(done));
        appended = true;
      }
    });
    if (appended) this.topic.flush();
  }

  close(): void {}

  private check(prepared: PreparedTransaction): Prepared {
    const tx = prepared as unknown as Prepared;
    if (!Array.isArray(tx.partitions) || tx.partitions.length !== this.topic.logs.length) {
      throw new Error(`${this.where}: the checkpoint's transaction has ${Array.isArray(tx.partitions) ? tx.partitions.length : 'no'} partitions, the topic ${this.topic.logs.length}`);
    }
    return tx;
  }

  /** The staged records of one partition of a prepared transaction. */
  private staged(tx: Prepared, partition: number): AppendRecord[] {
    const file = stagedFile(tx.staging, partition);
    const count = tx.partitions[partition]!.count;
    if (!existsSync(file)) throw new Error(`${this.where}: the rows of checkpoint ${tx.checkpoint} staged in ${file} are missing; the checkpoint cannot be completed`);
    const log = new PartitionLog(file);
    try {
      const records = log.cursor(0).read(count);
      if (records.length !== count) throw new Error(`${this.where}: ${file} holds ${records.length} of the ${count} rows staged for checkpoint ${tx.checkpoint}`);
      return records.map((r) => ({ key: r.key === null ? null : Buffer.from(r.key), value: r.value === null ? null : Buffer.from(r.value), timestamp: r.timestamp }));
    } finally {
      log.close();
    }
  }
}

/** How many of `records` are already in the log as one run starting at or after `base` (complete, or ending at the log's end). */
function committedPrefix(log: PartitionLog, base: number, records: readonly AppendRecord[]): number {
  if (base >= log.nextOffset) return 0;
  const cursor = log.cursor(base);
  let matched = 0;
  for (;;) {
    const batch = cursor.read(256);
    if (batch.length === 0) return matched;
    for (const r of batch) {
      if (matched === records.length) return matched;
      if (sameRecord(r, records[matched]!)) matched++;
      else matched = sameRecord(r, records[0]!) ? 1 : 0;
    }
  }
}

function sameRecord(a: { key: Uint8Array | null; value: Uint8Array | null; timestamp: number }, b: AppendRecord): boolean {
  return a.timestamp === b.timestamp && sameBytes(a.key, b.key) && sameBytes(a.value, b.value);
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return Buffer.compare(a, b) === 0;
}
