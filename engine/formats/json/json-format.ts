/**
 * `format = 'json'`: Flink's JSON format, one JSON object per record (per line in files).
 * Options as Flink names them: fail-on-missing-field, ignore-parse-errors,
 * timestamp-format.standard (SQL | ISO-8601), map-null-key.mode / .literal,
 * encode.ignore-null-fields, encode.decimal-as-plain-number.
 */
import type { ColumnSpec, OptionSpec } from '../../connectors/api';
import type { Options } from '../../connectors/options';
import { RowKind, type Row } from '../../runtime/changelog';
import { T } from '../../types/logical-type';
import { completeLines, lineRecords, RecordDecodeError, recordText, type Deserializer, type FormatFactory, type Serializer } from '../format';
import { jsonReader, rowObjectWriter, type JsonReader, type JsonSettings, type JsonWriter } from './json-values';

export const JSON_OPTIONS: readonly OptionSpec[] = [
  { key: 'fail-on-missing-field', type: 'boolean', default: 'false', description: 'Fails when a column is missing from a record (otherwise it reads as NULL).' },
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false', description: 'Skips records with parse errors (reported and counted) instead of failing.' },
  { key: 'timestamp-format.standard', type: 'enum', values: ['SQL', 'ISO-8601'], default: 'SQL', description: "Timestamp text: 'SQL' (2020-12-30 12:13:14.123) or 'ISO-8601' (2020-12-30T12:13:14.123)." },
  { key: 'map-null-key.mode', type: 'enum', values: ['FAIL', 'DROP', 'LITERAL'], default: 'FAIL', description: 'What to do with a NULL map key when writing: fail, drop the entry, or write map-null-key.literal.' },
  { key: 'map-null-key.literal', type: 'string', default: 'null', description: "The key text written for NULL map keys in mode 'LITERAL'." },
  { key: 'encode.decimal-as-plain-number', type: 'boolean', default: 'false', description: 'Writes decimals in plain notation, never scientific (Tideline always does).' },
  { key: 'encode.ignore-null-fields', type: 'boolean', default: 'false', description: 'Leaves NULL fields out of written objects.' },
];

export function jsonSettings(o: Options): JsonSettings & { ignoreParseErrors: boolean } {
  return {
    timestampStyle: o.oneOf('timestamp-format.standard', ['SQL', 'ISO-8601'] as const, 'SQL') === 'SQL' ? 'sql' : 'iso',
    failOnMissingField: o.boolean('fail-on-missing-field', false),
    ignoreParseErrors: o.boolean('ignore-parse-errors', false),
    mapNullKeyMode: o.oneOf('map-null-key.mode', ['FAIL', 'DROP', 'LITERAL'] as const, 'FAIL'),
    mapNullKeyLiteral: o.string('map-null-key.literal', 'null'),
    ignoreNullFields: o.boolean('encode.ignore-null-fields', false),
  };
}

/** Parses record text as JSON, with a RecordDecodeError for malformed text. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RecordDecodeError(`malformed JSON: ${(e as Error).message}`);
  }
}

export function rowReader(columns: readonly ColumnSpec[], s: JsonSettings): JsonReader {
  return jsonReader(T.row(columns.map((c) => ({ name: c.name, type: c.type }))), s);
}

class JsonDeserializer implements Deserializer {
  readonly ignoreParseErrors: boolean;
  private readonly read: JsonReader;
  private readonly tolerate = { problems: undefined as string[] | undefined };
  constructor(columns: readonly ColumnSpec[], o: Options) {
    const s = jsonSettings(o);
    this.ignoreParseErrors = s.ignoreParseErrors;
    this.read = rowReader(columns, s.ignoreParseErrors ? { ...s, tolerate: this.tolerate } : s);
  }
  decode(record: Uint8Array | string, rows: Row[], kinds: RowKind[], problems?: string[]): void {
    this.tolerate.problems = problems;
    const node = parseJson(recordText(record));
    if (node === null) return; // a null record (tombstone) carries no row
    if (typeof node !== 'object' || Array.isArray(node)) throw new RecordDecodeError('expected a JSON object');
    rows.push(this.read(node) as Row);
    kinds.push(RowKind.Insert);
  }
}

class JsonSerializer implements Serializer {
  private readonly write: JsonWriter;
  constructor(columns: readonly ColumnSpec[], o: Options) {
    this.write = rowObjectWriter(columns, jsonSettings(o));
  }
  /** Writes every change as its row (the kind is not part of plain JSON, as in Flink). */
  encode(row: Row): string {
    return this.write(row);
  }
}

export const jsonFormat: FormatFactory = {
  identifier: 'json',
  description: 'One JSON object per record.',
  options: JSON_OPTIONS,
  changelogMode: 'insert-only',
  text: true,
  records: (text) => lineRecords(text),
  completeUpTo: (text) => completeLines(text),
  createDeserializer: (columns, o) => new JsonDeserializer(columns, o),
  createSerializer: (columns, o) => new JsonSerializer(columns, o),
};
