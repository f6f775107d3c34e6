/**
 * Filesystem sink: `path` is a folder, as in Flink; rows are written through the table's text
 * format into an in-progress hidden file (`.part-<id>-<n>.inprogress`) that becomes
 * `part-<id>-<n>` when flushed (a checkpoint) or closed, so readers never see half a file.
 * A part file also rolls when it reaches `sink.rolling-policy.file-size` or has been open for
 * `sink.rolling-policy.rollover-interval` (checked as rows arrive), as Flink's rolling policy.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Sink, TableContext } from '../api';
import { OptionError, Options } from '../options';
import { RowKind, type Row } from '../../runtime/changelog';
import type { Serializer } from '../../formats/format';
import { resolveFormat } from '../table-format';

export class FilesystemSink implements Sink {
  private readonly dir: string;
  private readonly serializer: Serializer;
  private readonly id = randomUUID();
  private readonly extension: string;
  private fd: number | undefined;
  private part = 0;
  private pending: string[] = [];
  private pendingBytes = 0;
  private partBytes = 0;
  private partOpenedAt = 0;
  private readonly maxPartBytes: number;
  private readonly rolloverMs: number;
  /** Finished files, in order. */
  readonly files: string[] = [];

  constructor(ctx: TableContext) {
    const o = Options.of(ctx);
    this.dir = o.required('path');
    const format = resolveFormat(ctx);
    if (!format.factory.text) {
      throw new OptionError(`table ${ctx.tableName}: the filesystem connector writes text formats (csv, json, raw, debezium-json), not '${format.factory.identifier}'`);
    }
    this.serializer = format.factory.createSerializer(ctx.columns, format.options);
    this.extension = o.string('sink.part-file.suffix', '');
    this.maxPartBytes = o.memory('sink.rolling-policy.file-size', 128 * 1024 * 1024);
    this.rolloverMs = o.duration('sink.rolling-policy.rollover-interval', 30 * 60_000);
    mkdirSync(this.dir, { recursive: true });
  }

  write(rows: readonly Row[], kinds?: readonly RowKind[]): void {
    for (let i = 0; i < rows.length; i++) {
      const rec = this.serializer.encode(rows[i], kinds ? kinds[i] : RowKind.Insert);
      if (rec === null) continue;
      const line = (typeof rec === 'string' ? rec : Buffer.from(rec).toString('utf8')) + '\n';
      this.pending.push(line);
      this.pendingBytes += line.length;
    }
    if (this.pendingBytes > 1 << 20 || this.partBytes + this.pendingBytes >= this.maxPartBytes) this.drain();
    if (this.fd !== undefined && (this.partBytes >= this.maxPartBytes || Date.now() - this.partOpenedAt >= this.rolloverMs)) this.roll();
  }

  flush(): void {
    this.drain();
    this.roll();
  }

  /** Finishes the current part file (if any): fsync, close, rename to its visible name. */
  private roll(): void {
    if (this.fd === undefined) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
    const name = `part-${this.id}-${this.part}${this.extension}`;
    renameSync(this.inProgress(), join(this.dir, name));
    this.files.push(join(this.dir, name));
    this.part++;
    this.partBytes = 0;
  }

  close(): void {
    this.flush();
  }

  private inProgress(): string {
    return join(this.dir, `.part-${this.id}-${this.part}${this.extension}.inprogress`);
  }

  private drain(): void {
    if (this.pending.length === 0) return;
    if (this.fd === undefined) {
      this.fd = openSync(this.inProgress(), 'w');
      this.partOpenedAt = Date.now();
    }
    const text = this.pending.join('');
    writeSync(this.fd, text);
    this.partBytes += Buffer.byteLength(text);
    this.pending = [];
    this.pendingBytes = 0;
  }
}
