/** did-you-mean: the pruned, buffer-reusing distance equals a plain optimal-string-alignment distance. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, suggest } from '../../../engine/text/did-you-mean';

/** The textbook OSA distance (a swap of neighbours is one edit), case-insensitive, no pruning. */
function plain(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

test('editDistance equals the plain distance, and max only caps it', () => {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const word = () => Array.from({ length: rnd(12) }, () => 'abcAB_1é'[rnd(8)]).join('');
  for (let k = 0; k < 3000; k++) {
    const a = word();
    const b = rnd(3) === 0 ? a.slice(0, rnd(a.length + 1)) + word().slice(0, 2) : word();
    const want = plain(a, b);
    assert.equal(editDistance(a, b), want, `${a} / ${b}`);
    for (const max of [0, 1, 2, 3]) assert.equal(editDistance(a, b, max), want <= max ? want : max + 1, `${a} / ${b} max ${max}`);
  }
  // longer than the reused buffers at first
  assert.equal(editDistance('x'.repeat(100), 'y' + 'x'.repeat(100)), 1);
});

test('suggest: FORM -> FROM, case-insensitive, best first, nothing far away', () => {
  assert.deepEqual(suggest('FORM', ['FROM', 'FOR', 'WHERE']), ['FOR', 'FROM']);
  assert.deepEqual(suggest('ordres', ['orders', 'Orders', 'customers', 'order_items']), ['orders']);
  assert.deepEqual(suggest('clicks', Array.from({ length: 5000 }, (_, i) => `table_${i}`)), []);
});

/** suggest without any pruning: every distinct (case-insensitive) candidate through the plain distance. */
function plainSuggest(word: string, candidates: readonly string[], limit: number): string[] {
  const budget = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const seen = new Set<string>();
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const key = c.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (key === word.toLowerCase()) continue;
    const d = plain(word, c);
    if (d <= budget) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || x.c.length - y.c.length || x.c.localeCompare(y.c));
  return scored.slice(0, limit).map((s) => s.c);
}

test('suggest (length, character-class and histogram pruning; frozen lists prepared once) equals suggesting with the plain distance', () => {
  let seed = 11;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const word = () => Array.from({ length: 1 + rnd(11) }, () => 'abcdeAB_1é~'[rnd(11)]).join('');
  for (let k = 0; k < 300; k++) {
    const base = word();
    const list = Array.from({ length: 1 + rnd(60) }, () => (rnd(2) ? word() : base.slice(0, rnd(base.length + 1)) + word().slice(0, rnd(3))));
    const frozen = Object.freeze([...list]);
    for (const w of [base, word(), base.toUpperCase() + 'x']) {
      const want = plainSuggest(w, list, 3);
      assert.deepEqual(suggest(w, list, 3), want, `${w} in ${list.join(',')}`);
      assert.deepEqual(suggest(w, frozen, 3), want, `${w} in frozen ${list.join(',')}`);
      assert.deepEqual(suggest(w, new Set(list), 3), want, `${w} in a set`);
    }
  }
});
