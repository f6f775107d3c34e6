/**
 * Constructors and collection functions: ROW(...), ARRAY[...], MAP[...], ITEM (x[i], m[k]),
 * CARDINALITY, ELEMENT, ARRAY_CONTAINS / POSITION / REMOVE / DISTINCT / REVERSE / SLICE /
 * SORT / UNION / CONCAT / EXCEPT / INTERSECT / MAX / MIN / JOIN / APPEND / PREPEND, MAP_KEYS,
 * MAP_VALUES, MAP_ENTRIES, MAP_FROM_ARRAYS, MAP_UNION. Arrays are JS arrays, maps and
 * multisets JS Maps (values.ts); element equality follows row/compare.ts.
 */
import type { Value } from '../../types/values';
import { compareValues, valueEquals } from '../row/compare';
import type { ScalarTable } from './scalar';

function indexOf(arr: readonly Value[], v: Value): number {
  for (let i = 0; i < arr.length; i++) if (valueEquals(arr[i]!, v)) return i;
  return -1;
}

function distinct(arr: readonly Value[]): Value[] {
  const out: Value[] = [];
  for (const v of arr) if (indexOf(out, v) < 0) out.push(v);
  return out;
}

export const COLLECTION_FUNCTIONS: ScalarTable = {
  ROW: { strict: false, bind: () => (...vs: Value[]) => vs },
  ARRAY: { strict: false, bind: () => (...vs: Value[]) => vs },
  MAP: {
    strict: false,
    bind: () => (...kv: Value[]) => {
      const m = new Map<Value, Value>();
      for (let i = 0; i + 1 < kv.length; i += 2) m.set(kv[i]!, kv[i + 1]!);
      return m;
    },
  },
  /** ITEM(array, 1-based index) or ITEM(map, key); NULL when absent. */
  ITEM: {
    bind: () => (c: Value[] | Map<Value, Value>, k: Value) => {
      if (c instanceof Map) {
        if (c.has(k)) return c.get(k)!;
        for (const [key, v] of c) if (valueEquals(key, k)) return v;
        return null;
      }
      const i = k as number;
      return i >= 1 && i <= c.length ? c[i - 1]! : null;
    },
  },
  CARDINALITY: {
    bind: () => (c: Value[] | Map<Value, Value>) => {
      if (!(c instanceof Map)) return c.length;
      let n = 0;
      // MULTISET counts repeat; MAP sizes count entries.
      for (const v of c.values()) n += typeof v === 'number' ? v : 1;
      return n;
    },
  },
  ELEMENT: {
    bind: () => (c: Value[]) => {
      if (c.length > 1) throw new Error('ELEMENT: the collection has more than one element');
      return c.length === 0 ? null : c[0]!;
    },
  },
  ARRAY_CONTAINS: { strict: false, bind: () => (a: Value[] | null, v: Value) => (a === null ? null : indexOf(a, v) >= 0) },
  ARRAY_POSITION: { strict: false, bind: () => (a: Value[] | null, v: Value) => (a === null ? null : indexOf(a, v) + 1) },
  ARRAY_REMOVE: { strict: false, bind: () => (a: Value[] | null, v: Value) => (a === null ? null : a.filter((x) => !valueEquals(x, v))) },
  ARRAY_DISTINCT: { bind: () => (a: Value[]) => distinct(a) },
  ARRAY_REVERSE: { bind: () => (a: Value[]) => [...a].reverse() },
  ARRAY_APPEND: { strict: false, bind: () => (a: Value[] | null, v: Value) => (a === null ? null : [...a, v]) },
  ARRAY_PREPEND: { strict: false, bind: () => (a: Value[] | null, v: Value) => (a === null ? null : [v, ...a]) },
  ARRAY_CONCAT: {
    strict: false,
    bind: () => (...arrs: (Value[] | null)[]) => (arrs.some((a) => a === null) ? null : arrs.flatMap((a) => a!)),
  },
  ARRAY_UNION: { bind: () => (a: Value[], b: Value[]) => distinct([...a, ...b]) },
  ARRAY_EXCEPT: { bind: () => (a: Value[], b: Value[]) => distinct(a.filter((x) => indexOf(b, x) < 0)) },
  ARRAY_INTERSECT: { bind: () => (a: Value[], b: Value[]) => distinct(a.filter((x) => indexOf(b, x) >= 0)) },
  /** ARRAY_SLICE(a, start[, end]): 1-based inclusive, negative counts from the end. */
  ARRAY_SLICE: {
    bind: () => (a: Value[], start: number, end?: number) => {
      const n = a.length;
      const s = start < 0 ? n + start : start - 1;
      const e = end === undefined ? n - 1 : end < 0 ? n + end : end - 1;
      return a.slice(Math.max(0, s), Math.max(0, e + 1));
    },
  },
  ARRAY_SORT: {
    bind: () => (a: Value[], asc?: boolean, nullsFirst?: boolean) => {
      const dir = asc === false ? -1 : 1;
      const nf = nullsFirst ?? asc !== false;
      return [...a].sort((x, y) => {
        if (x === null || y === null) return x === y ? 0 : (x === null) === nf ? -1 : 1;
        return compareValues(x, y) * dir;
      });
    },
  },
  ARRAY_MAX: {
    bind: () => (a: Value[]) => a.reduce<Value>((m, v) => (v !== null && (m === null || compareValues(v, m) > 0) ? v : m), null),
  },
  ARRAY_MIN: {
    bind: () => (a: Value[]) => a.reduce<Value>((m, v) => (v !== null && (m === null || compareValues(v, m) < 0) ? v : m), null),
  },
  ARRAY_JOIN: {
    bind: () => (a: Value[], sep: string, nullRep?: string) =>
      a.flatMap((v) => (v === null ? (nullRep === undefined ? [] : [nullRep]) : [String(v)])).join(sep),
  },
  MAP_KEYS: { bind: () => (m: Map<Value, Value>) => [...m.keys()] },
  MAP_VALUES: { bind: () => (m: Map<Value, Value>) => [...m.values()] },
  MAP_ENTRIES: { bind: () => (m: Map<Value, Value>) => [...m].map(([k, v]) => [k, v]) },
  MAP_FROM_ARRAYS: {
    bind: () => (ks: Value[], vs: Value[]) => {
      if (ks.length !== vs.length) throw new Error('MAP_FROM_ARRAYS: the key and value arrays differ in length');
      return new Map(ks.map((k, i) => [k, vs[i]!]));
    },
  },
  MAP_UNION: {
    bind: () => (...maps: Map<Value, Value>[]) => {
      const out = new Map<Value, Value>();
      for (const m of maps) for (const [k, v] of m) out.set(k, v);
      return out;
    },
  },
};
