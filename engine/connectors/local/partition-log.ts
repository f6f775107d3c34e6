/**
 * One partition of a local topic: an append-only file of checksummed records (log-record.ts)
 * with dense offsets 0, 1, 2, ... Opening scans the file and truncates a torn or corrupt tail,
 * so after a crash every complete record is there and nothing else. Appends are one
 * positioned write per batch (visible to readers at once); `flush` fsyncs. A sparse in-memory
 * index (every 256 records: file position and the block's largest timestamp) serves reads from
 * an offset or a timestamp.
 */
import { existsSync, closeSync, fsyncSync, ftruncateSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { encodedSize, readRecord, writeRecord, type LogRecord } from './log-record';

const BLOCK = 256;
const CHUNK = 1 << 20;

export interface AppendRecord {
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly timestamp: number;
}

export class PartitionLog {
  private readonly fd: number;
  /** File position where the next record goes. */
  private end = 0;
  private next = 0;
  private readonly blockPos: number[] = [];
  private readonly blockMaxTs: number[] = [];
  /** Bytes cut from a torn or corrupt tail when the log was opened (0 when clean). */
  readonly truncatedBytes: number;

  constructor(readonly file: string) {
    this.fd = openSync(file, existsSync(file) ? 'r+' : 'w+');
    const size = fstatSync(this.fd).size;
    this.truncatedBytes = this.recover(size);
  }

  /** The offset the next appended record gets (= number of records). */
  get nextOffset(): number {
    return this.next;
  }

  get sizeBytes(): number {
    return this.end;
  }

  /** Appends records, returns the offset of the first. */
  append(records: readonly AppendRecord[]): number {
    const first = this.next;
    if (records.length === 0) return first;
    let size = 0;
    for (const r of records) size += encodedSize(r.key, r.value);
    const buf = Buffer.allocUnsafe(size);
    let p = 0;
    for (const r of records) {
      const pos = this.end + p;
      this.index(this.next, pos, r.timestamp);
      p = writeRecord(buf, p, { offset: this.next++, timestamp: r.timestamp, key: r.key, value: r.value });
    }
    let written = 0;
    while (written < size) written += writeSync(this.fd, buf, written, size - written, this.end + written);
    this.end += size;
    return first;
  }

  flush(): void {
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Earliest offset whose timestamp is >= ts (Kafka's offsetsForTimes), or nextOffset. */
  offsetForTimestamp(ts: number): number {
    let block = 0;
    while (block < this.blockMaxTs.length && this.blockMaxTs[block] < ts) block++;
    if (block >= this.blockMaxTs.length) return this.next;
    const c = this.cursor(block * BLOCK);
    for (;;) {
      const batch = c.read(BLOCK);
      if (batch.length === 0) return this.next;
      for (const r of batch) if (r.timestamp >= ts) return r.offset;
    }
  }

  /** A reader positioned at `offset` (clamped to [0, nextOffset]). */
  cursor(offset: number): PartitionCursor {
    const o = Math.max(0, Math.min(offset, this.next));
    const block = Math.floor(o / BLOCK);
    const c = new PartitionCursor(this, this.fd, block < this.blockPos.length ? this.blockPos[block] : this.end, block * BLOCK);
    c.skipTo(o);
    return c;
  }

  private index(offset: number, pos: number, ts: number): void {
    const block = Math.floor(offset / BLOCK);
    if (offset % BLOCK === 0) {
      this.blockPos[block] = pos;
      this.blockMaxTs[block] = ts;
    } else if (ts > this.blockMaxTs[block]) this.blockMaxTs[block] = ts;
  }

  /** Scans the whole file, indexes it, truncates whatever follows the last good record. */
  private recover(size: number): number {
    let pos = 0;
    let buf = Buffer.alloc(0);
    let bufStart = 0;
    for (;;) {
      const r = readRecord(buf, pos - bufStart, buf.length);
      if (r.kind === 'record') {
        if (r.record.offset !== this.next) break; // not the record that belongs here
        this.index(this.next++, pos, r.record.timestamp);
        pos = bufStart + r.next;
        continue;
      }
      if (r.kind === 'corrupt') break;
      const have = bufStart + buf.length - pos;
      const rest = size - pos;
      if (have >= rest) break; // a torn tail: nothing more to read
      const want = Math.min(Math.max(CHUNK, have * 2), rest);
      const next = Buffer.allocUnsafe(want);
      const got = readSync(this.fd, next, 0, want, pos);
      buf = next.subarray(0, got);
      bufStart = pos;
      if (got <= have) break;
    }
    this.end = pos;
    if (pos < size) {
      ftruncateSync(this.fd, pos);
      return size - pos;
    }
    return 0;
  }
}

/** Sequential reader of one partition; sees records appended after it was made. */
export class PartitionCursor {
  private buf = Buffer.alloc(0);
  private bufStart: number;
  private p = 0;

  constructor(
    private readonly log: PartitionLog,
    private readonly fd: number,
    pos: number,
    private nextOffset: number,
  ) {
    this.bufStart = pos;
  }

  /** The offset of the next record this cursor returns. */
  get offset(): number {
    return this.nextOffset;
  }

  skipTo(offset: number): void {
    while (this.nextOffset < offset) {
      const n = this.read(Math.min(BLOCK, offset - this.nextOffset));
      if (n.length === 0) break;
    }
  }

  /** Up to `max` records; empty when the cursor is at the end of the log. */
  read(max: number): LogRecord[] {
    const out: LogRecord[] = [];
    while (out.length < max) {
      const r = readRecord(this.buf, this.p, this.buf.length);
      if (r.kind === 'record') {
        out.push(r.record);
        this.p = r.next;
        this.nextOffset = r.record.offset + 1;
        continue;
      }
      if (r.kind === 'corrupt') throw new Error(`${this.log.file}: corrupt record at byte ${this.bufStart + this.p}: ${r.reason}`);
      if (!this.fill()) break;
    }
    return out;
  }

  /** Reads more of the file after the unread bytes; false when there is nothing more. */
  private fill(): boolean {
    const pos = this.bufStart + this.p;
    const avail = this.log.sizeBytes - pos;
    const rest = this.buf.length - this.p;
    if (avail <= rest) return false;
    const want = Math.min(Math.max(CHUNK, rest * 2), avail);
    const next = Buffer.allocUnsafe(want);
    const got = readSync(this.fd, next, 0, want, pos);
    this.buf = next.subarray(0, got);
    this.bufStart = pos;
    this.p = 0;
    return got > rest;
  }
}
