/**
 * `format = 'csv'`: Flink's CSV format. Options as Flink names them: field-delimiter,
 * quote-character / disable-quote-character, allow-comments (# lines), escape-character,
 * array-element-delimiter, null-literal, ignore-parse-errors. An empty unquoted field reads as
 * NULL for non-string columns; ARRAY and ROW fields are element lists joined by the
 * array-element delimiter.
 */
import type { ColumnSpec, OptionSpec } from '../../connectors/api';
import type { Options } from '../../connectors/options';
import { RowKind, type Row } from '../../runtime/changelog';
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { RecordDecodeError, recordText, type Deserializer, type FormatFactory, type Serializer } from '../format';
import { textFormatter, textParser } from '../text-values';
import { csvCompleteUpTo, csvFields, csvQuote, csvRecords, type CsvDialect } from './csv-text';

export const CSV_OPTIONS: readonly OptionSpec[] = [
  { key: 'field-delimiter', type: 'string', default: ',', description: 'Field delimiter character.' },
  { key: 'disable-quote-character', type: 'boolean', default: 'false', description: 'Disables quoting of field values.' },
  { key: 'quote-character', type: 'string', default: '"', description: 'Quote character enclosing field values.' },
  { key: 'allow-comments', type: 'boolean', default: 'false', description: "Ignores comment lines starting with '#'." },
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false', description: 'Skips rows with parse errors (reported and counted) instead of failing.' },
  { key: 'array-element-delimiter', type: 'string', default: ';', description: 'Separates array and row elements inside a field.' },
  { key: 'escape-character', type: 'string', description: 'Escape character for field values (none by default).' },
  { key: 'null-literal', type: 'string', description: 'A string that reads and writes as NULL (none by default).' },
];

interface CsvSettings {
  readonly dialect: CsvDialect;
  readonly allowComments: boolean;
  readonly ignoreParseErrors: boolean;
  readonly elementDelimiter: string;
  readonly nullLiteral?: string;
}

function settings(o: Options): CsvSettings {
  const disableQuote = o.boolean('disable-quote-character', false);
  const escape = o.has('escape-character') ? o.char('escape-character', '\\') : undefined;
  return {
    dialect: {
      delimiter: o.char('field-delimiter', ','),
      quote: disableQuote ? undefined : o.char('quote-character', '"'),
      escape,
    },
    allowComments: o.boolean('allow-comments', false),
    ignoreParseErrors: o.boolean('ignore-parse-errors', false),
    elementDelimiter: o.string('array-element-delimiter', ';'),
    nullLiteral: o.string('null-literal'),
  };
}

type FieldReader = (text: string, quoted: boolean) => Value;

function fieldReader(type: LogicalType, s: CsvSettings): FieldReader {
  const isString = type.kind === 'CHAR' || type.kind === 'VARCHAR';
  const nullable = (read: (t: string) => Value): FieldReader => (t, quoted) => {
    if (s.nullLiteral !== undefined && t === s.nullLiteral && !quoted) return null;
    if (t === '' && !quoted && !isString) return null;
    return read(t);
  };
  if (type.kind === 'ARRAY') {
    const elem = fieldReader(type.element, s);
    return nullable((t) => (t === '' ? [] : t.split(s.elementDelimiter).map((e) => elem(e, false))));
  }
  if (type.kind === 'ROW') {
    const fields = type.fields.map((f) => fieldReader(f.type, s));
    return nullable((t) => {
      const parts = t.split(s.elementDelimiter);
      if (parts.length !== fields.length) throw new RecordDecodeError(`expected ${fields.length} row elements, found ${parts.length}`);
      return fields.map((f, i) => f(parts[i], false));
    });
  }
  // Boolean.parseBoolean, as Flink's CSV converter: any text other than 'true' is false
  if (type.kind === 'BOOLEAN') return nullable((t) => t.trim().toLowerCase() === 'true');
  return nullable(textParser(type, 'sql'));
}

type FieldWriter = (v: Value) => string;

function fieldWriter(type: LogicalType, s: CsvSettings): FieldWriter {
  let write: FieldWriter;
  if (type.kind === 'ARRAY') {
    const elem = fieldWriter(type.element, s);
    write = (v) => (v as Value[]).map(elem).join(s.elementDelimiter);
  } else if (type.kind === 'ROW') {
    const fields = type.fields.map((f) => fieldWriter(f.type, s));
    write = (v) => (v as Value[]).map((x, i) => fields[i](x)).join(s.elementDelimiter);
  } else {
    write = textFormatter(type, 'sql');
  }
  return (v) => (v === null ? s.nullLiteral ?? '' : write(v));
}

class CsvDeserializer implements Deserializer {
  readonly ignoreParseErrors: boolean;
  private readonly readers: FieldReader[];
  /** Per column: whether the query reads it (projection push-down); the others stay NULL. */
  private readonly read: boolean[];
  constructor(
    private readonly columns: readonly ColumnSpec[],
    private readonly s: CsvSettings,
    read?: readonly number[],
  ) {
    this.ignoreParseErrors = s.ignoreParseErrors;
    this.readers = columns.map((c) => fieldReader(c.type, s));
    this.read = columns.map((_, i) => read === undefined || read.includes(i));
  }

  /**
   * A record without quote or escape characters and with exactly one field per column, split by
   * indexOf; only the columns read are cut out and converted. False (nothing added) for any
   * other record, or a field that does not convert: the general path decides those.
   */
  private decodePlain(text: string, rows: Row[], kinds: RowKind[]): boolean {
    const { delimiter: d, quote: q, escape: e } = this.s.dialect;
    if ((q !== undefined && text.indexOf(q) >= 0) || (e !== undefined && text.indexOf(e) >= 0)) return false;
    const n = this.readers.length;
    if (n === 0) return false;
    const row: Row = new Array(n);
    let start = 0;
    for (let i = 0; i < n; i++) {
      const end = text.indexOf(d, start);
      const last = i === n - 1;
      // a missing field (fewer delimiters) or an extra one: the general path reports it
      if (last ? end >= 0 : end < 0) return false;
      if (this.read[i]) {
        try {
          row[i] = this.readers[i]!(last ? text.slice(start) : text.slice(start, end), false);
        } catch (err) {
          if (err instanceof RecordDecodeError) return false;
          throw err;
        }
      } else row[i] = null;
      start = end + 1;
    }
    rows.push(row);
    kinds.push(RowKind.Insert);
    return true;
  }

  decode(record: Uint8Array | string, rows: Row[], kinds: RowKind[], problems?: string[]): void {
    const text = recordText(record);
    if (this.s.allowComments && text.startsWith('#')) return;
    if (this.decodePlain(text, rows, kinds)) return;
    const { fields, quoted } = csvFields(text, this.s.dialect);
    const n = this.readers.length;
    // Flink: a row of another length fails, unless ignore-parse-errors (missing fields are NULL)
    if (fields.length > n || (fields.length < n && !this.ignoreParseErrors)) {
      throw new RecordDecodeError(`expected ${n} fields, found ${fields.length}`);
    }
    if (fields.length < n) problems?.push(`expected ${n} fields, found ${fields.length}; the missing ones are NULL`);
    const row: Row = new Array(n);
    for (let i = 0; i < n; i++) {
      if (i >= fields.length) {
        row[i] = null;
        continue;
      }
      if (!this.read[i]) {
        row[i] = null;
        continue;
      }
      try {
        row[i] = this.readers[i](fields[i], quoted[i]);
      } catch (e) {
        if (!(e instanceof RecordDecodeError)) throw e;
        const message = `column '${this.columns[i].name}': ${e.message}`;
        if (!this.ignoreParseErrors) throw new RecordDecodeError(message);
        // Flink's ignore-parse-errors: the field becomes NULL, the row stays
        problems?.push(`${message}; set to NULL`);
        row[i] = null;
      }
    }
    rows.push(row);
    kinds.push(RowKind.Insert);
  }
}

class CsvSerializer implements Serializer {
  private readonly writers: FieldWriter[];
  constructor(
    columns: readonly ColumnSpec[],
    private readonly s: CsvSettings,
  ) {
    this.writers = columns.map((c) => fieldWriter(c.type, s));
  }
  /** Writes every change as its row (the kind is not part of CSV, as in Flink). */
  encode(row: Row): string {
    let out = '';
    for (let i = 0; i < this.writers.length; i++) {
      if (i > 0) out += this.s.dialect.delimiter;
      const v = row[i];
      out += v === null && this.s.nullLiteral === undefined ? '' : csvQuote(this.writers[i](v), this.s.dialect);
    }
    return out;
  }
}

export const csvFormat: FormatFactory = {
  identifier: 'csv',
  description: 'Comma-separated values (RFC 4180 quoting).',
  options: CSV_OPTIONS,
  changelogMode: 'insert-only',
  text: true,
  records: (text, o) => csvRecords(text, settings(o).dialect),
  completeUpTo: (text, o) => csvCompleteUpTo(text, settings(o).dialect),
  createDeserializer: (columns, o, read) => new CsvDeserializer(columns, settings(o), read),
  createSerializer: (columns, o) => new CsvSerializer(columns, settings(o)),
};
