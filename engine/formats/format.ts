/**
 * The format contract: how connectors turn records (file lines, topic message values) into
 * changelog rows and back. One FormatFactory per `format` value; its options are written in
 * WITH prefixed by the format name (`csv.field-delimiter`, `json.ignore-parse-errors`), and
 * the factory receives them with the prefix removed.
 */
import type { ChangelogMode, ColumnSpec, OptionSpec } from '../connectors/api';
import type { Options } from '../connectors/options';
import type { Row, RowKind } from '../runtime/changelog';

/** A record that cannot be decoded; the connector adds the location (file:line, partition/offset). */
export class RecordDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordDecodeError';
  }
}

export interface Deserializer {
  /** Whether malformed records are skipped (reported in SourceBatch.errors) instead of failing. */
  readonly ignoreParseErrors: boolean;
  /**
   * Decodes one record, appending its rows (usually one; a changelog format may give two or
   * none) and their kinds. Throws RecordDecodeError when the record is malformed. With
   * ignore-parse-errors a field that cannot be converted becomes NULL, as in Flink, and the
   * reason is appended to `problems` (the reader reports it with the record's location).
   */
  decode(record: Uint8Array | string, rows: Row[], kinds: RowKind[], problems?: string[]): void;
}

export interface Serializer {
  /** Encodes one change; null when the format has nothing to write for it. */
  encode(row: Row, kind: RowKind): Uint8Array | string | null;
}

export interface FormatFactory {
  readonly identifier: string;
  readonly description: string;
  /** Option keys without the `<format>.` prefix. */
  readonly options: readonly OptionSpec[];
  /** Which changes the format carries: plain formats are insert-only, debezium-json all. */
  readonly changelogMode: ChangelogMode;
  /** Text formats are line oriented: one record per line (CSV: per record, quoted newlines allowed). */
  readonly text: boolean;
  /** Splits a text file into records with their 1-based starting line numbers. */
  records?(text: string, options: Options): Iterable<{ readonly text: string; readonly line: number }>;
  /**
   * Where the last complete record of `text` ends (text read so far from a file that goes on):
   * records before it can be split now, the rest waits for more text. `text` starts at a record
   * boundary.
   */
  completeUpTo?(text: string, options: Options): number;
  /**
   * `read`: indexes into `columns` of the columns the query reads (projection push-down,
   * TableContext.readColumns); a format may leave the others null. All when absent.
   */
  createDeserializer(columns: readonly ColumnSpec[], options: Options, read?: readonly number[]): Deserializer;
  createSerializer(columns: readonly ColumnSpec[], options: Options): Serializer;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** A record as text (text formats accept bytes too). */
export function recordText(record: Uint8Array | string): string {
  return typeof record === 'string' ? record : decoder.decode(record);
}

/** For line formats: everything up to the last line break is complete. */
export function completeLines(text: string): number {
  return text.lastIndexOf('\n') + 1;
}

/** Line-per-record splitting for text formats (CRLF tolerated, blank lines skipped). */
export function* lineRecords(text: string): Iterable<{ text: string; line: number }> {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = text.slice(start, end);
    if (s.endsWith('\r')) s = s.slice(0, -1);
    if (s.trim() !== '') yield { text: s, line };
    line++;
    start = end + 1;
  }
}
