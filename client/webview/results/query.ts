/**
 * Which rows the table shows, in which order: per-column filters, the global search and the
 * sort applied to a RowSource's ids. Filters match text case-insensitively; on numeric and
 * time columns a filter may compare instead: `>10`, `<=2.5`, `=3`, `!=0`.
 */
import { compareValues } from './format';
import { RowSource } from './source';

export interface Query {
  readonly sort: { readonly column: number; readonly dir: 'asc' | 'desc' } | null;
  readonly filters: Readonly<Record<string, string>>;
  readonly search: string;
  /** Columns (DisplayColumn.index) hidden from view: search ignores them. */
  readonly hidden: readonly number[];
}

type Predicate = (id: number) => boolean;

function filterPredicate(src: RowSource, column: number, text: string): Predicate | null {
  const t = text.trim();
  if (!t) return null;
  const col = src.columns.find((c) => c.index === column);
  if (!col) return null;
  const cmp = /^(>=|<=|!=|>|<|=)\s*(-?\d+(?:\.\d+)?)$/.exec(t);
  if (cmp && col.kind === 'number') {
    const n = Number(cmp[2]);
    const op = cmp[1];
    return (id) => {
      const v = src.row(id)[column];
      if (typeof v !== 'number') return false;
      switch (op) {
        case '>': return v > n;
        case '<': return v < n;
        case '>=': return v >= n;
        case '<=': return v <= n;
        case '=': return v === n;
        default: return v !== n;
      }
    };
  }
  const needle = t.toLowerCase();
  return (id) => src.text(id, column).toLowerCase().includes(needle);
}

/** The ids to show, in order. */
export function runQuery(src: RowSource, q: Query): Int32Array {
  const preds: Predicate[] = [];
  for (const [col, text] of Object.entries(q.filters)) {
    const p = filterPredicate(src, Number(col), text);
    if (p) preds.push(p);
  }
  const needle = q.search.trim().toLowerCase();
  if (needle) {
    const cols = src.columns.filter((c) => !q.hidden.includes(c.index)).map((c) => c.index);
    preds.push((id) => cols.some((c) => src.text(id, c).toLowerCase().includes(needle)));
  }
  let ids = src.ids();
  if (preds.length) {
    const kept = new Int32Array(ids.length);
    let n = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (preds.every((p) => p(id))) kept[n++] = id;
    }
    ids = kept.subarray(0, n);
  }
  const sort = q.sort;
  if (sort && src.columns.some((c) => c.index === sort.column)) {
    const c = sort.column;
    const sign = sort.dir === 'asc' ? 1 : -1;
    const sorted = Array.from(ids);
    const value = (id: number): unknown => (c < 0 ? src.kind(id) : src.row(id)[c]);
    sorted.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const nullish = va === null || va === undefined || vb === null || vb === undefined;
      // NULLs stay last in both directions; ties keep arrival order.
      const r = compareValues(va, vb, typeof va === 'number' ? '' : src.text(a, c), typeof vb === 'number' ? '' : src.text(b, c));
      return (nullish ? r : r * sign) || a - b;
    });
    ids = Int32Array.from(sorted);
  }
  return ids;
}
