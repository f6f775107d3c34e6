import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineIndex, offsetAt, positionAt } from '../../../../engine/sql/document/line-index';

test('line index converts offsets and positions both ways, CRLF included', () => {
  const text = 'ab\r\ncd\nef';
  const idx = lineIndex(text);
  assert.equal(idx.lineCount, 3);
  assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(8), { line: 2, character: 1 });
  assert.equal(idx.offsetAt({ line: 1, character: 1 }), 5);
  assert.equal(offsetAt(text, { line: 2, character: 99 }), text.length);
  assert.deepEqual(positionAt(text, 999), { line: 2, character: 2 });
});
