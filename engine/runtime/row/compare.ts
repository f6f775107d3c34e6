/**
 * Equality and ordering of run-time values (values.ts), for the types JS operators cannot
 * compare directly (BYTES, ARRAY, ROW, MAP, MULTISET), and a total order used for sorting
 * (Top-N, MIN/MAX): NULL first, then by value.
 */
import type { Value } from '../../types/values';

export function valueEquals(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Uint8Array) {
    if (!(b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valueEquals(a[i]!, b[i]!)) return false;
    return true;
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !valueEquals(v, b.get(k)!)) return false;
    }
    return true;
  }
  return false;
}

/** Whether two rows have the same width and equal values column by column. */
export function rowEquals(a: readonly Value[], b: readonly Value[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !valueEquals(a[i]!, b[i]!)) return false;
  return true;
}

/** Total order: NULL < anything; numbers, strings, booleans natively; bytes and arrays lexicographically. */
export function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') {
    return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compareValues(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return 0;
}

/** Sort direction per column, as ORDER BY gives it. NULLS FIRST by default for ASC (Flink). */
export interface SortField {
  readonly index: number;
  readonly descending?: boolean;
  readonly nullsFirst?: boolean;
}

export function rowComparator(fields: readonly SortField[]): (a: Value[], b: Value[]) => number {
  const spec = fields.map((f) => ({
    i: f.index,
    dir: f.descending ? -1 : 1,
    nullsFirst: f.nullsFirst ?? !f.descending,
  }));
  return (a, b) => {
    for (const s of spec) {
      const x = a[s.i]!;
      const y = b[s.i]!;
      if (x === y) continue;
      if (x === null) return s.nullsFirst ? -1 : 1;
      if (y === null) return s.nullsFirst ? 1 : -1;
      const c = compareValues(x, y);
      if (c !== 0) return c * s.dir;
    }
    return 0;
  };
}
