/**
 * Rows to CSV (RFC 4180: quoted when a field holds a comma, quote or line break) and to JSON
 * (an array of objects keyed by column name, times as text). Also the JSON of one row, shown
 * in the row pane and copied by "Copy row".
 */
import { jsonValue } from './format';
import { OP_COLUMN, RowSource } from './source';

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(src: RowSource, ids: Int32Array): string {
  const cols = src.columns;
  const lines = [cols.map((c) => csvField(c.name)).join(',')];
  for (const id of ids) lines.push(cols.map((c) => csvField(src.text(id, c.index))).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function rowObject(src: RowSource, id: number): Record<string, unknown> {
  const row = src.row(id);
  const out: Record<string, unknown> = {};
  for (const c of src.columns) out[c.name] = c.index === OP_COLUMN ? src.text(id, c.index) : jsonValue(row[c.index], c.kind);
  return out;
}

export function toJson(src: RowSource, ids: Int32Array): string {
  const rows: Record<string, unknown>[] = [];
  for (const id of ids) rows.push(rowObject(src, id));
  return JSON.stringify(rows, null, 2) + '\n';
}
