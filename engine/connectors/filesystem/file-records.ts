/**
 * The records of a file, read in chunks (a file never has to fit in one string): each chunk is
 * decoded as UTF-8 (a character split between chunks is kept whole; Buffer decoding, which
 * gives one-byte strings for ASCII text, several times faster than TextDecoder's two-byte
 * ones; a leading byte-order mark is dropped as TextDecoder does), the format says where its
 * complete records end, those are split with their 1-based line numbers, the rest waits for
 * the next chunk as bytes (so every chunk decodes to one flat string, never a concatenation to
 * flatten); at the end of the file the remainder is the last record.
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
  private buf: Buffer;
  private readonly chunkBytes: number;
  /** Bytes of the incomplete record (and character) at the previous chunk's end, moved to the front of `buf`. */
  private pending = 0;
  private first = true;
  /** Lines before the text that `current` splits, and before the carried bytes. */
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
    this.chunkBytes = chunkBytes;
    // room for a split character's first bytes before a chunk
    this.buf = Buffer.allocUnsafe(chunkBytes + 3);
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
    if (this.buf.length < this.pending + this.chunkBytes) {
      const bigger = Buffer.allocUnsafe(2 * (this.pending + this.chunkBytes));
      this.buf.copy(bigger, 0, 0, this.pending);
      this.buf = bigger;
    }
    const got = this.fd === undefined ? 0 : readSync(this.fd, this.buf, this.pending, this.chunkBytes, null);
    let text: string;
    let end: number;
    if (got === 0) {
      this.eof = true;
      this.close();
      text = this.decode(this.pending);
      this.pending = 0;
      end = text.length;
    } else {
      const bytes = this.pending + got;
      const whole = wholeCharacters(this.buf, bytes);
      // one flat string per chunk (no carried text in front of it to flatten)
      text = this.decode(whole);
      if (!this.format.completeUpTo) throw new Error(`format ${this.format.identifier} cannot be read in chunks`);
      end = this.format.completeUpTo(text, this.options);
      // The incomplete last record stays as bytes, decoded again with the next chunk.
      const keep = whole - (end === text.length ? 0 : Buffer.byteLength(text.slice(end), 'utf8'));
      this.buf.copy(this.buf, 0, keep, bytes);
      this.pending = bytes - keep;
    }
    const ready = end === text.length ? text : text.slice(0, end);
    if (ready.length === 0) return;
    let lines = 0;
    for (let i = ready.indexOf('\n'); i >= 0; i = ready.indexOf('\n', i + 1)) lines++;
    this.current = this.format.records!(ready, this.options)[Symbol.iterator]();
    this.chunkBase = this.lineBase;
    this.lineBase += lines;
  }

  private decode(bytes: number): string {
    const text = this.buf.toString('utf8', 0, bytes);
    if (!this.first || text.length === 0) return text;
    this.first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/** How many of the first `n` bytes of `buf` end on a character boundary (a UTF-8 sequence cut short stays for the next chunk). */
export function wholeCharacters(buf: Uint8Array, n: number): number {
  // Back over continuation bytes (10xxxxxx) to the lead byte of the last sequence, at most 3.
  let i = n - 1;
  while (i >= 0 && i > n - 4 && (buf[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const lead = buf[i]!;
  const len = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + len > n ? i : n;
}
