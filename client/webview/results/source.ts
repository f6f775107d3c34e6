/**
 * What the table, search and export read: the rows of the current mode behind one interface.
 * Table mode reads the materialized table; changelog mode reads the history with an op column
 * (index -1) in front. Cell text is formatted once per row object and cached.
 */
import { formatValue, ValueKind, valueKind } from './format';
import { Materializer, WireRow } from './materializer';
import { ColumnSchema, KIND_SYMBOLS } from './protocol';

export const OP_COLUMN = -1;

export interface DisplayColumn {
  /** Index into the schema, or OP_COLUMN. */
  readonly index: number;
  readonly name: string;
  readonly type: string;
  readonly kind: ValueKind;
}

export interface RowSource {
  readonly columns: readonly DisplayColumn[];
  ids(): Int32Array;
  row(id: number): WireRow;
  /** Cell text of a column (DisplayColumn.index) for a row id. */
  text(id: number, column: number): string;
  /** The RowKind of a changelog entry, or null in table mode. */
  kind(id: number): number | null;
}

export function displayColumns(schema: readonly ColumnSchema[]): DisplayColumn[] {
  return schema.map((c, index) => ({ index, name: c.name, type: c.type, kind: valueKind(c.type) }));
}

const OP: DisplayColumn = { index: OP_COLUMN, name: 'op', type: 'ROW KIND', kind: 'string' };

/** Formatted cell texts per row object (rows are immutable; an update is a new object), formatted on first use. */
export class TextCache {
  private cache = new WeakMap<WireRow, (string | undefined)[]>();
  constructor(private readonly columns: readonly DisplayColumn[]) {}

  text(row: WireRow, column: number): string {
    let t = this.cache.get(row);
    if (!t) {
      t = new Array<string | undefined>(this.columns.length);
      this.cache.set(row, t);
    }
    let s = t[column];
    if (s === undefined) {
      const c = this.columns[column];
      s = c ? formatValue(row[c.index], c.kind) : '';
      t[column] = s;
    }
    return s;
  }
}

export function tableSource(m: Materializer, columns: readonly DisplayColumn[], cache: TextCache): RowSource {
  return {
    columns,
    ids: () => m.tableIds(),
    row: (id) => m.tableRow(id),
    text: (id, column) => cache.text(m.tableRow(id), column),
    kind: () => null,
  };
}

export function changelogSource(m: Materializer, columns: readonly DisplayColumn[], cache: TextCache): RowSource {
  return {
    columns: [OP, ...columns],
    ids: () => m.historyIds(),
    row: (id) => m.historyRow(id),
    text: (id, column) => (column === OP_COLUMN ? KIND_SYMBOLS[m.historyKind(id)] ?? '?' : cache.text(m.historyRow(id), column)),
    kind: (id) => m.historyKind(id),
  };
}
