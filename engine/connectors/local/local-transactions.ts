/**
 * Exactly-once writes to a local topic, tied to checkpoints: after `begin`, records a sink
 * writes are held back (readers never see them); `prepare` hands them over as the
 * checkpoint's transaction (keys and values base64, per partition, with the partition's end
 * offset then); `commit` appends them once the checkpoint is durable. `recover` finishes a
 * checkpoint's transaction after a crash: per partition it looks for the transaction's
 * records from the end offset recorded at prepare on and appends whatever is not there, so
 * committing twice never duplicates a record.
 */
import type { PreparedTransaction, SinkTransactions } from '../api';
import type { LocalTopic } from './local-topic';
import type { AppendRecord, PartitionLog } from './partition-log';

interface PreparedPartition {
  /** The partition's end offset when the transaction was prepared: its records are at or after it. */
  readonly base: number;
  /** [key base64 | null, value base64 | null, timestamp] */
  readonly records: Array<[string | null, string | null, number]>;
}

interface Prepared {
  readonly checkpoint: number;
  readonly partitions: PreparedPartition[];
}

const toB64 = (b: Uint8Array | null): string | null => (b === null ? null : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64'));
const fromB64 = (s: string | null): Uint8Array | null => (s === null ? null : Buffer.from(s, 'base64'));

export class LocalTransactions implements SinkTransactions {
  /** Records written since the last prepare, per partition; null until `begin`. */
  private pending: AppendRecord[][] | null = null;

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

  prepare(checkpointId: number): PreparedTransaction {
    const pending = this.pending ?? this.topic.logs.map(() => []);
    if (this.pending) this.pending = this.topic.logs.map(() => []);
    const prepared: Prepared = {
      checkpoint: checkpointId,
      partitions: pending.map((records, p) => ({
        base: this.topic.logs[p]!.nextOffset,
        records: records.map((r) => [toB64(r.key), toB64(r.value), r.timestamp]),
      })),
    };
    return prepared as unknown as PreparedTransaction;
  }

  commit(prepared: PreparedTransaction): void {
    this.apply(prepared, false);
  }

  recover(prepared: PreparedTransaction | undefined): void {
    if (this.pending) this.pending = this.topic.logs.map(() => []);
    if (prepared !== undefined) this.apply(prepared, true);
  }

  close(): void {}

  private apply(prepared: PreparedTransaction, recovering: boolean): void {
    const tx = prepared as unknown as Prepared;
    if (!Array.isArray(tx.partitions) || tx.partitions.length !== this.topic.logs.length) {
      throw new Error(`${this.where}: the checkpoint's transaction has ${Array.isArray(tx.partitions) ? tx.partitions.length : 'no'} partitions, the topic ${this.topic.logs.length}`);
    }
    let appended = false;
    tx.partitions.forEach((part, p) => {
      if (part.records.length === 0) return;
      const log = this.topic.logs[p]!;
      const records: AppendRecord[] = part.records.map(([k, v, ts]) => ({ key: fromB64(k), value: fromB64(v), timestamp: ts }));
      const done = recovering ? committedPrefix(log, part.base, records) : 0;
      if (done < records.length) {
        log.append(done === 0 ? records : records.slice(done));
        appended = true;
      }
    });
    if (appended) this.topic.flush();
  }
}

/** How many of `records` are already in the log as one run starting at or after `base`, ending at its end or complete. */
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
