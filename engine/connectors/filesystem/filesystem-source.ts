/**
 * Filesystem source: `path` is a file or a folder (list-files.ts). Bounded: one split per
 * file (file-reader.ts). With `source.monitor-interval`: one unbounded split that reads the
 * files there and those that appear later (monitoring-reader.ts). Readable metadata, as
 * Flink's: `file.path`, `file.name`, `file.size`, `file.modification-time`.
 */
import type { ChangelogMode, Source, SourceSplit, SplitPosition, SplitReader, TableContext } from '../api';
import { OptionError, Options } from '../options';
import { resolveFormat, type ResolvedFormat } from '../table-format';
import { FileRecords } from './file-records';
import { FileReader, fileMetadata } from './file-reader';
import { listFiles } from './list-files';
import { MonitoringReader } from './monitoring-reader';

const MONITOR_SPLIT = 'monitor';

export class FilesystemSource implements Source {
  readonly bounded: boolean;
  readonly changelogMode: ChangelogMode;
  private readonly path: string;
  private readonly format: ResolvedFormat;
  /** `source.monitor-interval`: an unbounded source that keeps picking up new files. */
  private readonly monitorMs: number | undefined;

  constructor(
    private readonly ctx: TableContext,
    private readonly clock: () => number = Date.now,
  ) {
    const o = Options.of(ctx);
    this.path = o.required('path');
    this.monitorMs = o.duration('source.monitor-interval');
    if (this.monitorMs !== undefined && !(this.monitorMs > 0)) throw o.bad('source.monitor-interval', o.string('source.monitor-interval'), 'a duration > 0');
    this.bounded = this.monitorMs === undefined;
    this.format = resolveFormat(ctx);
    if (!this.format.factory.text || !this.format.factory.records) {
      throw new OptionError(`table ${ctx.tableName}: the filesystem connector reads text formats (csv, json, raw, debezium-json), not '${this.format.factory.identifier}'`);
    }
    this.changelogMode = this.format.factory.changelogMode;
    // Fail early on bad format options.
    this.format.factory.createDeserializer(ctx.columns, this.format.options);
  }

  splits(): readonly SourceSplit[] {
    if (this.monitorMs !== undefined) return [{ id: MONITOR_SPLIT }];
    return listFiles(this.path).map((id) => ({ id }));
  }

  open(split: SourceSplit, from?: SplitPosition): SplitReader {
    if (split.id === MONITOR_SPLIT && this.monitorMs !== undefined) {
      return new MonitoringReader(this.path, this.monitorMs, this.clock, (file, skip) => this.openFile(file, skip), from);
    }
    return this.openFile(split.id, typeof from === 'number' ? from : 0);
  }

  private openFile(file: string, skip: number): FileReader {
    const split = { id: file };
    const records = new FileRecords(split.id, this.format.factory, this.format.options);
    const metadata = (this.ctx.metadata ?? []).map((m) => fileMetadata(split.id, m.key, this.ctx.tableName));
    const deserializer = this.format.factory.createDeserializer(this.ctx.columns, this.format.options, this.ctx.readColumns);
    const reader = new FileReader(split.id, records, deserializer, metadata);
    if (skip > 0) reader.skip(skip);
    return reader;
  }
}
