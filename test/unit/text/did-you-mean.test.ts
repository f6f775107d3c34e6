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
