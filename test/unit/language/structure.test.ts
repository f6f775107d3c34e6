import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageDocument, foldingRanges, selectionRanges } from '../../../engine/language';
import { withCursor } from './cursor';

describe('folding ranges', () => {
  test('statements, multi-line parentheses, block comments and regions', () => {
    const doc = createLanguageDocument(
      [
        '-- region tables', //           0
        '/* the orders', //              1
        '   table */', //                2
        'CREATE TABLE orders (', //      3
        '  id BIGINT,', //               4
        '  ts TIMESTAMP(3)', //          5
        ") WITH ('connector' = 'datagen');", // 6
        '-- endregion', //               7
        'SELECT (a + b) FROM t;', //     8
      ].join('\n'),
    );
    assert.deepEqual(foldingRanges(doc), [
      { startLine: 0, endLine: 7, kind: 'region' },
      { startLine: 1, endLine: 2, kind: 'comment' },
      { startLine: 3, endLine: 6, kind: 'block' },
      { startLine: 3, endLine: 5, kind: 'block' },
    ]);
  });
});

describe('selection ranges', () => {
  test('from the name under the cursor out to the statement', () => {
    const { doc, position } = withCursor('SELECT id FROM orders WHERE amount + 1|0 > 5;\nSELECT 2');
    const ranges = selectionRanges(doc, position);
    const texts = ranges.map((r) => doc.text.slice(doc.offsetAt(r.start), doc.offsetAt(r.end)));
    assert.deepEqual(texts.slice(0, 3), ['10', 'amount + 10', 'amount + 10 > 5']);
    assert.equal(texts[texts.length - 1], 'SELECT id FROM orders WHERE amount + 10 > 5');
    for (let i = 1; i < texts.length; i++) assert.ok(texts[i].includes(texts[i - 1]), 'each contains the previous');
  });

  test('a statement that does not parse selects the statement', () => {
    const { doc, position } = withCursor('SELECT * FO|RM t');
    assert.deepEqual(selectionRanges(doc, position), [{ start: { line: 0, character: 0 }, end: { line: 0, character: 15 } }]);
  });
});
