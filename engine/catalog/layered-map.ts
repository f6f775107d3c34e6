/**
 * An immutable map that is cheap to extend by one entry: a shared, never-mutated base map plus
 * a small map of the entries set on top of it. `withEntry` copies only the small map, and folds
 * it into a new base once it has grown to about the square root of the whole (so n additions
 * cost O(n·√n), not the O(n²) of copying a Map each time). It reads and iterates exactly like
 * `new Map(base).set(key, value)`: a key set again keeps its place, new keys come last.
 *
 * The analyzer lays a file's CREATE TABLEs one at a time over the catalog view
 * (`withTemporaryObjects`): a 10,000-line file has hundreds of them.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly size: number;

  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly top: ReadonlyMap<K, V>,
  ) {
    let size = base.size;
    for (const k of top.keys()) if (!base.has(k)) size++;
    this.size = size;
  }

  /** `map` with `key` set to `value`; `map` is not changed. */
  static withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
    const base = map instanceof LayeredMap ? (map.base as ReadonlyMap<K, V>) : map;
    const top = new Map(map instanceof LayeredMap ? (map.top as ReadonlyMap<K, V>) : undefined);
    top.set(key, value);
    if (top.size * top.size > base.size + 64) {
      const flat = new Map(base);
      for (const [k, v] of top) flat.set(k, v);
      return flat;
    }
    return new LayeredMap(base, top);
  }

  get(key: K): V | undefined {
    const v = this.top.get(key);
    return v !== undefined || this.top.has(key) ? v : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.base) yield [k, this.top.has(k) ? (this.top.get(k) as V) : v];
    for (const [k, v] of this.top) if (!this.base.has(k)) yield [k, v];
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}
