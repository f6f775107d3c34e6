import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../engine/check/check-text';
import { fixesFromData, quickFixes } from '../../../engine/language';
import { applyEdits } from '../../../engine/catalog/directive';
import type { Range } from '../../../engine/diagnostic';

const USE = 'USE CATALOG examples;\nUSE marketplace;\n';
const everywhere: Range = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

function apply(text: string, title: RegExp): string {
  const action = quickFixes(checkText(text), everywhere).find((a) => title.test(a.title));
  assert.ok(action, `an action ${title}`);
  return applyEdits(text, action.edits);
}

describe('semantic code actions', () => {
  test('did-you-mean: a misspelled keyword and a misspelled column', () => {
    assert.equal(apply(`${USE}SELECT * FORM orders;`, /FROM/), `${USE}SELECT * FROM orders;`);
    const fixed = apply(`${USE}SELECT quantty FROM orders;`, /quantity/);
    assert.equal(fixed, `${USE}SELECT quantity FROM orders;`);
    assert.deepEqual(checkText(fixed), []);
  });

  test('add a missing column to GROUP BY', () => {
    const fixed = apply(`${USE}SELECT customer_id, product_id, SUM(quantity) FROM orders GROUP BY customer_id;`, /GROUP BY/);
    assert.equal(fixed, `${USE}SELECT customer_id, product_id, SUM(quantity) FROM orders GROUP BY customer_id, product_id;`);
    assert.deepEqual(checkText(fixed), []);
  });

  test('only diagnostics touching the range; a clean file has none', () => {
    const text = `${USE}SELECT quantty FROM orders;\nSELECT 1;`;
    const line4: Range = { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } };
    assert.deepEqual(quickFixes(checkText(text), line4), []);
    assert.deepEqual(quickFixes(checkText(`${USE}SELECT quantity FROM orders;`), everywhere), []);
  });

  test('fixes from untrusted data keep only well-formed entries', () => {
    const good = { title: 't', newText: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    assert.deepEqual(fixesFromData({ fixes: [good, { title: 1 }, null, 'x'] }), [good]);
    assert.deepEqual(fixesFromData(undefined), []);
    assert.deepEqual(fixesFromData({ fixes: 'no' }), []);
  });
});
