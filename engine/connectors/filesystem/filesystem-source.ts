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
  readonly bounded = true;
  readonly changelogMode: ChangelogMode;
  private readonly path: string;
  private readonly format: ResolvedFormat;

  constructor(private readonly ctx: TableContext) {
    const o = Options.of(ctx);
    this.path = o.required('path');
    this.format = resolveFormat(ctx);
    if (!this.format.factory.text || !this.format.factory.records) {
      throw new OptionError(`table ${ctx.tableName}: the filesystem connector reads text formats (csv, json, raw, debezium-json), not '${this.format.factory.identifier}'`);
    }
    this.changelogMode = this.format.factory.changelogMode;
    // Fail early on bad format options.
    this.format.factory.createDeserializer(ctx.columns, this.format.options);
  }

  splits(): readonly SourceSplit[] {
    return listFiles(this.path).map((id) => ({ id }));
  }

  open(split: SourceSplit, from?: SplitPosition): SplitReader {
    const records = new FileRecords(split.id, this.format.factory, this.format.options);
    const metadata = (this.ctx.metadata ?? []).map((m) => fileMetadata(split.id, m.key, this.ctx.tableName));
    const reader = new FileReader(split.id, records, this.format.factory.createDeserializer(this.ctx.columns, this.format.options), metadata);
    if (typeof from === 'number') reader.skip(from);
    return reader;
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
