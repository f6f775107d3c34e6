/**
 * The records of a file, read in chunks (a file never has to fit in one string): each chunk is
 * decoded as UTF-8 (a character split between chunks is kept whole), the format says where its
 * complete records end, those are split with their 1-based line numbers, the rest waits for
 * the next chunk; at the end of the file the remainder is the last record.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Options } from '../options';
import type { FormatFactory } from '../../formats/format';

export interface FileRecord {
  readonly text: string;
  readonly line: number;
}

const CHUNK = 4 << 20;

export class FileRecords implements Iterator<FileRecord> {
  private fd: number | undefined;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly buf: Buffer;
  private carry = '';
  /** Lines before the text that `current` splits, and before the carried text. */
  private chunkBase = 0;
  private lineBase = 0;
  private current: Iterator<FileRecord> | undefined;
  private eof = false;

  constructor(
    file: string,
    private readonly format: FormatFactory,
    private readonly options: Options,
    chunkBytes = CHUNK,
  ) {
    this.fd = openSync(file, 'r');
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  next(): IteratorResult<FileRecord> {
    for (;;) {
      if (this.current) {
        const r = this.current.next();
        if (!r.done) return { value: { text: r.value.text, line: r.value.line + this.chunkBase }, done: false };
        this.current = undefined;
      }
      if (this.eof) return { value: undefined, done: true };
      this.load();
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Reads the next chunk and prepares the records it completes. */
  private load(): void {
    const got = this.fd === undefined ? 0 : readSync(this.fd, this.buf, 0, this.buf.length, null);
    let text: string;
    let end: number;
    if (got === 0) {
      this.eof = true;
      this.close();
      text = this.carry + this.decoder.decode();
      end = text.length;
    } else {
      text = this.carry + this.decoder.decode(this.buf.subarray(0, got), { stream: true });
      if (!this.format.completeUpTo) throw new Error(`format ${this.format.identifier} cannot be read in chunks`);
      end = this.format.completeUpTo(text, this.options);
    }
    const ready = text.slice(0, end);
    this.carry = text.slice(end);
    if (ready.length === 0) return;
    let lines = 0;
    for (let i = ready.indexOf('\n'); i >= 0; i = ready.indexOf('\n', i + 1)) lines++;
    this.current = this.format.records!(ready, this.options)[Symbol.iterator]();
    this.chunkBase = this.lineBase;
    this.lineBase += lines;
  }
}
