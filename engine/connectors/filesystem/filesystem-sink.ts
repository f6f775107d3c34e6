/**
 * Filesystem sink: `path` is a folder, as in Flink; rows are written through the table's text
 * format into an in-progress hidden file (`.part-<id>-<n>.inprogress`) that becomes
 * `part-<id>-<n>` when flushed (a checkpoint) or closed, so readers never see half a file.
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
    if (this.pendingBytes > 1 << 20) this.drain();
  }

  flush(): void {
    this.drain();
    if (this.fd === undefined) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
    const name = `part-${this.id}-${this.part}${this.extension}`;
    renameSync(this.inProgress(), join(this.dir, name));
    this.files.push(join(this.dir, name));
    this.part++;
  }

  close(): void {
    this.flush();
  }

  private inProgress(): string {
    return join(this.dir, `.part-${this.id}-${this.part}${this.extension}.inprogress`);
  }

  private drain(): void {
    if (this.pending.length === 0) return;
    this.fd ??= openSync(this.inProgress(), 'w');
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
