/**
 * A materialized result as a text table (Flink SQL client's tableau style):
 *
 *   +----+-------+
 *   | id | name  |
 *   +----+-------+
 *   |  1 | Alice |
 *   +----+-------+
 *
 * Numbers align right, everything else left; cells longer than `maxCellWidth` are cut with `…`.
 */
import type { Row } from '../../runtime/changelog';
import { cellFormatter, type ResultField } from './row-formats';

const NUMERIC = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL']);

export function renderTable(fields: readonly ResultField[], rows: readonly Row[], maxCellWidth = 40): string[] {
  const cells = cellFormatter(fields);
  const cut = (s: string) => (s.length > maxCellWidth ? s.slice(0, maxCellWidth - 1) + '…' : s);
  const body = rows.map((r) => cells(r).map(cut));
  const head = fields.map((f) => cut(f.name));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const right = fields.map((f) => NUMERIC.has(f.type.kind));
  const rule = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const line = (vals: readonly string[], align: boolean) =>
    '| ' + vals.map((v, i) => (align && right[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join(' | ') + ' |';
  return [rule, line(head, false), rule, ...body.map((b) => line(b, true)), rule];
}
