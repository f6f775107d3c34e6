/**
 * Keys for state maps, built from row columns without allocating objects: a single column's
 * value is the key itself when it is a primitive (Maps compare primitives by value); several
 * columns become one string with a length-prefixed encoding, so no separator can collide.
 * Also the key-group hash that partitions keyed state for rescaling.
 */
import type { Row } from '../changelog';
import type { Value } from '../../types/values';

export type StateKey = string | number | boolean | null;

function encodeOne(v: Value): string {
  if (v === null) return '~';
  switch (typeof v) {
    case 'number':
      return 'n' + v + ';';
    case 'string':
      return 's' + v.length + ':' + v;
    case 'boolean':
      return v ? 't' : 'f';
    default: {
      const text = JSON.stringify(v, (_k, x: unknown) =>
        x instanceof Map ? [...x] : x instanceof Uint8Array ? Array.from(x) : x,
      );
      return 'j' + text.length + ':' + text;
    }
  }
}

/** One string for a whole tuple of values. */
export function encodeKey(values: readonly Value[]): string {
  let s = '';
  for (let i = 0; i < values.length; i++) s += encodeOne(values[i]!);
  return s;
}

/** A function building the state key of a row from the given columns. */
export function keySelector(columns: readonly number[]): (row: Row) => StateKey {
  if (columns.length === 0) return () => 0;
  if (columns.length === 1) {
    const c = columns[0]!;
    return (row) => {
      const v = row[c]!;
      return typeof v === 'object' && v !== null ? encodeOne(v) : (v as StateKey);
    };
  }
  if (columns.length === 2) {
    const [a, b] = columns as [number, number];
    return (row) => encodeOne(row[a]!) + encodeOne(row[b]!);
  }
  return (row) => {
    let s = '';
    for (let i = 0; i < columns.length; i++) s += encodeOne(row[columns[i]!]!);
    return s;
  };
}

/** The key of a whole row (identity of a row in multiset state). */
export function rowKey(row: Row): string {
  return encodeKey(row);
}

/** Key groups as in Flink: state is partitioned by hash(key) mod maxParallelism. */
export const DEFAULT_MAX_PARALLELISM = 128;

export function keyGroupOf(key: StateKey, maxParallelism = DEFAULT_MAX_PARALLELISM): number {
  const s = key === null ? '~' : String(key);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % maxParallelism;
}
