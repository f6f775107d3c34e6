/**
 * Bounded filesystem source: `path` is a file or a folder (every visible file below it, in
 * name order; names starting with `.` or `_` are skipped, as Flink does); one split per file.
 * Records go through the table's text format; a malformed record fails the read with its
 * `file:line`, or with ignore-parse-errors is reported in the batch and skipped.
 * Readable metadata, as Flink's: `file.path`, `file.name`, `file.size`, `file.modification-time`.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChangelogMode, RecordError, Source, SourceBatch, SourceSplit, SplitPosition, SplitReader, TableContext } from '../api';
import { OptionError, Options } from '../options';
import type { Row, RowKind } from '../../runtime/changelog';
import { RecordDecodeError, type Deserializer } from '../../formats/format';
import { resolveFormat, type ResolvedFormat } from '../table-format';
import { FileRecords } from './file-records';

export function listFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new OptionError(`path '${path}' does not exist`);
  }
  if (st.isFile()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(path);
  return out;
}

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
    const reader = new FileReader(split.id, records, this.format.factory.createDeserializer(this.ctx.columns, this.format.options), metadata);
    if (skip > 0) reader.skip(skip);
    return reader;
  }
}

const MONITOR_SPLIT = 'monitor';

/**
 * Reads every file under the path, then every file that appears later: the folder is listed
 * again once per monitor interval while there is nothing to read (polls in between are idle).
 * Position: the files done, and the file in progress with the records read from it.
 */
class MonitoringReader implements SplitReader {
  private readonly done = new Set<string>();
  private queue: string[] = [];
  private current: { file: string; reader: FileReader } | undefined;
  private lastScan = -Infinity;

  constructor(
    private readonly path: string,
    private readonly intervalMs: number,
    private readonly clock: () => number,
    private readonly openFile: (file: string, skip: number) => FileReader,
    from: SplitPosition | undefined,
  ) {
    if (from !== null && typeof from === 'object' && !Array.isArray(from)) {
      for (const f of (from.done as string[] | undefined) ?? []) this.done.add(f);
      if (typeof from.file === 'string') this.current = { file: from.file, reader: openFile(from.file, Number(from.consumed ?? 0)) };
    }
  }

  poll(max: number): SourceBatch {
    for (;;) {
      if (this.current) {
        const b = this.current.reader.poll(max);
        if (b.end) {
          this.done.add(this.current.file);
          this.current = undefined;
        }
        if (b.rows.length > 0 || (b.errors?.length ?? 0) > 0) return { ...b, end: false };
        continue;
      }
      if (this.queue.length === 0) {
        const now = this.clock();
        if (now - this.lastScan < this.intervalMs) return { rows: [], end: false, idle: true };
        this.lastScan = now;
        this.queue = listFiles(this.path).filter((f) => !this.done.has(f));
        if (this.queue.length === 0) return { rows: [], end: false, idle: true };
      }
      const file = this.queue.shift()!;
      this.current = { file, reader: this.openFile(file, 0) };
    }
  }

  position(): SplitPosition {
    return {
      done: [...this.done],
      file: this.current?.file ?? null,
      consumed: this.current ? (this.current.reader.position() as number) : 0,
    };
  }

  close(): void {
    this.current?.reader.close();
  }
}

export const FILE_METADATA = ['file.path', 'file.name', 'file.size', 'file.modification-time'] as const;

function fileMetadata(file: string, key: string, table: string): string | number {
  switch (key) {
    case 'file.path':
      return file;
    case 'file.name':
      return basename(file);
    case 'file.size':
      return statSync(file).size;
    case 'file.modification-time':
      return Math.floor(statSync(file).mtimeMs);
    default:
      throw new OptionError(`table ${table}: the filesystem connector has no metadata '${key}' (it has ${FILE_METADATA.join(', ')})`);
  }
}

class FileReader implements SplitReader {
  private consumed = 0;
  private done = false;
  constructor(
    private readonly file: string,
    private readonly records: FileRecords,
    private readonly deserializer: Deserializer,
    private readonly metadata: readonly (string | number)[],
  ) {}

  skip(n: number): void {
    while (this.consumed < n && !this.records.next().done) this.consumed++;
  }

  poll(max: number): SourceBatch {
    const rows: Row[] = [];
    const kinds: RowKind[] = [];
    let errors: RecordError[] | undefined;
    let changes = false;
    const problems: string[] = [];
    while (rows.length < max && !this.done) {
      const next = this.records.next();
      if (next.done) {
        this.done = true;
        this.records.close();
        break;
      }
      this.consumed++;
      const before = rows.length;
      try {
        this.deserializer.decode(next.value.text, rows, kinds, problems);
        if (problems.length > 0) {
          // tolerated field errors (ignore-parse-errors): the row stays, the reasons are reported
          for (const message of problems) (errors ??= []).push({ location: `${this.file}:${next.value.line}`, message });
          problems.length = 0;
        }
      } catch (e) {
        if (!(e instanceof RecordDecodeError)) throw e;
        rows.length = before;
        kinds.length = before;
        const location = `${this.file}:${next.value.line}`;
        if (!this.deserializer.ignoreParseErrors) throw new Error(`${location}: ${e.message}`);
        (errors ??= []).push({ location, message: e.message });
      }
      for (let i = before; i < kinds.length; i++) {
        if (kinds[i] !== 0) changes = true;
        if (this.metadata.length > 0) rows[i].push(...this.metadata);
      }
    }
    const batch: SourceBatch = { rows, end: this.done, ...(errors ? { errors } : {}) };
    return changes ? { ...batch, kinds } : batch;
  }

  position(): SplitPosition {
    return this.consumed;
  }

  close(): void {
    this.records.close();
  }
}
