/**
 * RFC 4180 CSV text: splitting a file into records (a quoted field may span lines; `""` is a
 * quote inside quotes) and a record into fields, and quoting fields for writing.
 */
import { RecordDecodeError } from '../format';

export interface CsvDialect {
  readonly delimiter: string;
  /** Undefined when quoting is disabled. */
  readonly quote?: string;
  /** Escape character inside fields (none by default). */
  readonly escape?: string;
}

/** Whether `text` holds no quote character, so each of its lines is one record (the common case, split by indexOf). */
function unquoted(text: string, dialect: CsvDialect): boolean {
  return dialect.quote === undefined || text.indexOf(dialect.quote) < 0;
}

/** Records of a CSV file with their starting line numbers (1-based); blank lines skipped. */
export function* csvRecords(text: string, dialect: CsvDialect): Iterable<{ text: string; line: number }> {
  if (unquoted(text, dialect)) {
    yield* csvLines(text);
    return;
  }
  const q = dialect.quote;
  let line = 1;
  let start = 0;
  let startLine = 1;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === dialect.escape && inQuotes) {
      i++;
      continue;
    }
    if (c === q) inQuotes = !inQuotes;
    else if (c === '\n') {
      if (!inQuotes) {
        const rec = text.slice(start, text[i - 1] === '\r' ? i - 1 : i);
        if (rec.trim() !== '') yield { text: rec, line: startLine };
        start = i + 1;
        startLine = line + 1;
      }
      line++;
    }
  }
  if (start < text.length) {
    const rec = text.slice(start).replace(/\r$/, '');
    if (rec.trim() !== '') yield { text: rec, line: startLine };
  }
}

/** csvRecords of a text without quotes: its non-blank lines. */
function* csvLines(text: string): Iterable<{ text: string; line: number }> {
  let start = 0;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    const rec = text.slice(start, i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i);
    if (rec.trim() !== '') yield { text: rec, line };
    start = i + 1;
    line++;
  }
  if (start < text.length) {
    const rec = text.slice(start).replace(/\r$/, '');
    if (rec.trim() !== '') yield { text: rec, line };
  }
}

/** The position after the last line break outside quotes: where complete records end. */
export function csvCompleteUpTo(text: string, dialect: CsvDialect): number {
  if (unquoted(text, dialect)) return text.lastIndexOf('\n') + 1;
  const q = dialect.quote;
  let inQuotes = false;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === dialect.escape && inQuotes) i++;
    else if (c === q) inQuotes = !inQuotes;
    else if (c === '\n' && !inQuotes) end = i + 1;
  }
  return end;
}

/** Fields of one record; `quoted[i]` tells whether field i was quoted. */
export function csvFields(record: string, dialect: CsvDialect): { fields: string[]; quoted: boolean[] } {
  const { delimiter: d, quote: q, escape: e } = dialect;
  const fields: string[] = [];
  const quoted: boolean[] = [];
  let i = 0;
  const n = record.length;
  for (;;) {
    if (q !== undefined && record[i] === q) {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) throw new RecordDecodeError('unterminated quoted field');
        const c = record[i];
        if (c === e) {
          value += record[i + 1] ?? '';
          i += 2;
        } else if (c === q) {
          if (record[i + 1] === q) {
            value += q;
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          value += c;
          i++;
        }
      }
      fields.push(value);
      quoted.push(true);
      if (i >= n) break;
      if (record[i] !== d) throw new RecordDecodeError(`unexpected character '${record[i]}' after a quoted field`);
      i++;
      if (i === n) {
        fields.push('');
        quoted.push(false);
        break;
      }
    } else {
      let end: number;
      let value: string;
      if (e === undefined) {
        end = record.indexOf(d, i);
        if (end < 0) end = n;
        value = record.slice(i, end);
      } else {
        // an escaped delimiter belongs to the field
        value = '';
        end = i;
        while (end < n && record[end] !== d) {
          if (record[end] === e && end + 1 < n) end++;
          value += record[end++];
        }
      }
      fields.push(value);
      quoted.push(false);
      if (end >= n) break;
      i = end + 1;
      if (i === n) {
        fields.push('');
        quoted.push(false);
        break;
      }
    }
  }
  return { fields, quoted };
}

/** A field as written: quoted when it holds the delimiter, the quote, a line break, or edge spaces. */
export function csvQuote(value: string, dialect: CsvDialect): string {
  const q = dialect.quote;
  if (q === undefined) return value;
  if (
    value.includes(dialect.delimiter) ||
    value.includes(q) ||
    value.includes('\n') ||
    value.includes('\r') ||
    (value.length > 0 && (value[0] === ' ' || value[value.length - 1] === ' ' || value[0] === '#'))
  ) {
    return q + value.split(q).join(q + q) + q;
  }
  return value;
}
