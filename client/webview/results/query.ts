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
  if (sort && src.columns.some((c) => c.index === sort.column)) ids = sortIds(src, ids, sort.column, sort.dir);
  return ids;
}

/**
 * Sorts ids by one column: keys are extracted once (numbers into a Float64Array, text
 * otherwise), NULLs last in both directions, ties in arrival (id) order.
 */
function sortIds(src: RowSource, ids: Int32Array, column: number, dir: 'asc' | 'desc'): Int32Array {
  const n = ids.length;
  const sign = dir === 'asc' ? 1 : -1;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const raw = (id: number): unknown => (column < 0 ? src.kind(id) : src.row(id)[column]);
  let numeric = true;
  for (let i = 0; i < n && numeric; i++) {
    const v = raw(ids[i]);
    if (v !== null && v !== undefined && typeof v !== 'number') numeric = false;
  }
  if (numeric) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = raw(ids[i]);
      keys[i] = typeof v === 'number' ? v : NaN;
    }
    order.sort((a, b) => {
      const ka = keys[a];
      const kb = keys[b];
      const an = ka !== ka;
      const bn = kb !== kb;
      if (an || bn) return an === bn ? ids[a] - ids[b] : an ? 1 : -1;
      return (ka - kb) * sign || ids[a] - ids[b];
    });
  } else {
    const values = new Array<unknown>(n);
    const texts = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      values[i] = raw(ids[i]);
      texts[i] = src.text(ids[i], column);
    }
    order.sort((a, b) => {
      const va = values[a];
      const vb = values[b];
      const r = compareValues(va, vb, texts[a], texts[b]);
      const nullish = va === null || va === undefined || vb === null || vb === undefined;
      return (nullish ? r : r * sign) || ids[a] - ids[b];
    });
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = ids[order[i]];
  return out;
}
