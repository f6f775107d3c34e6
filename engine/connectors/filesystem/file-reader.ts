/**
 * Reads one file's records through the table's format. A malformed record fails the read with
 * its `file:line`, or with ignore-parse-errors is reported in the batch and skipped (a field
 * that does not convert becomes NULL, as in Flink). Metadata columns follow the physical ones.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RecordError, SourceBatch, SplitPosition, SplitReader } from '../api';
import { OptionError } from '../options';
import type { Row, RowKind } from '../../runtime/changelog';
import { RecordDecodeError, type Deserializer } from '../../formats/format';
import type { FileRecords } from './file-records';

export const FILE_METADATA = ['file.path', 'file.name', 'file.size', 'file.modification-time'] as const;

export function fileMetadata(file: string, key: string, table: string): string | number {
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

export class FileReader implements SplitReader {
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
