import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LayeredMap } from '../../../engine/catalog/layered-map';

/** A random sequence of additions read back through LayeredMap and through plain Map copies. */
test('LayeredMap reads, iterates and sizes exactly like copying a Map and setting one entry', () => {
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let layered: ReadonlyMap<string, number> = new Map([['a', 0], ['b', 1]]);
  let plain = new Map(layered);
  const versions: [ReadonlyMap<string, number>, Map<string, number>][] = [];
  for (let i = 0; i < 600; i++) {
    // mostly new keys, sometimes a key set again (it keeps its place in iteration order)
    const key = rnd(5) === 0 ? `k${rnd(i + 1)}` : `k${i}`;
    layered = LayeredMap.withEntry(layered, key, i);
    plain = new Map(plain).set(key, i);
    versions.push([layered, plain]);
    assert.equal(layered.size, plain.size);
    assert.equal(layered.get(key), i);
  }
  // every older version still reads as it did (nothing shared was changed)
  for (const [l, p] of versions.filter((_, i) => i % 37 === 0)) {
    assert.deepEqual([...l], [...p]);
    assert.deepEqual([...l.keys()], [...p.keys()]);
    assert.deepEqual([...l.values()], [...p.values()]);
    const seen: [string, number][] = [];
    l.forEach((v, k) => seen.push([k, v]));
    assert.deepEqual(seen, [...p]);
    assert.equal(l.has('k3'), p.has('k3'));
    assert.equal(l.get('missing'), undefined);
  }
});

test('LayeredMap keeps an undefined value set on top of a defined one', () => {
  const m = LayeredMap.withEntry(new Map<string, number | undefined>([['x', 1]]), 'x', undefined);
  assert.equal(m.has('x'), true);
  assert.equal(m.get('x'), undefined);
  assert.equal(m.size, 1);
});
