/**
 * Result rows as text lines for the terminal and files: jsonl (`{"op":"+I","row":{...}}`,
 * values as Flink's JSON format writes them), csv (an `op` column first, RFC 4180 quoting,
 * values as Flink's CSV format writes them) and changelog (`+I[1, abc]`, as Flink's print
 * sink). One formatter per result schema, built once.
 */
import { valueText, rowTextFormatter } from '../../connectors/sinks/flink-row-text';
import { rowObjectWriter } from '../../formats/json/json-values';
import { textFormatter } from '../../formats/text-values';
import { ROW_KIND_SYMBOLS, type Row, type RowKind } from '../../runtime/changelog';
import type { LogicalType } from '../../types/logical-type';
import { withoutTimeAttribute } from '../../types/logical-type';

export interface ResultField {
  readonly name: string;
  readonly type: LogicalType;
}

export type LineFormat = 'jsonl' | 'csv' | 'changelog';

export interface LineFormatter {
  /** The first line (csv header), if the format has one. */
  readonly header?: string;
  line(kind: RowKind, row: Row): string;
}

function csvQuote(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function lineFormatter(format: LineFormat, fields: readonly ResultField[]): LineFormatter {
  const plain = fields.map((f) => ({ name: f.name, type: withoutTimeAttribute(f.type) }));
  switch (format) {
    case 'jsonl': {
      const w = rowObjectWriter(plain, {
        timestampStyle: 'sql',
        failOnMissingField: false,
        mapNullKeyMode: 'FAIL',
        mapNullKeyLiteral: 'null',
        ignoreNullFields: false,
      });
      return { line: (kind, row) => `{"op":"${ROW_KIND_SYMBOLS[kind]}","row":${w(row)}}` };
    }
    case 'csv': {
      const fs = plain.map((f) => {
        try {
          const t = textFormatter(f.type);
          return (v: Row[number]) => (v === null ? '' : csvQuote(t(v)));
        } catch {
          const t = valueText(f.type);
          return (v: Row[number]) => (v === null ? '' : csvQuote(t(v)));
        }
      });
      return {
        header: ['op', ...plain.map((f) => csvQuote(f.name))].join(','),
        line: (kind, row) => [ROW_KIND_SYMBOLS[kind], ...fs.map((f, i) => f(row[i]!))].join(','),
      };
    }
    case 'changelog': {
      const f = rowTextFormatter(plain.map((x) => x.type));
      return { line: (kind, row) => f(row, kind) };
    }
  }
}

/** Cell texts of a row for a table display (Flink's print representation, `null` for NULL). */
export function cellFormatter(fields: readonly ResultField[]): (row: Row) => string[] {
  const fs = fields.map((f) => valueText(withoutTimeAttribute(f.type)));
  return (row) => fs.map((f, i) => f(row[i]!));
}
