import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageDocument, formatDocument, formatRange } from '../../../engine/language';

describe('formatting', () => {
  test('the document as one edit, keyword case from the setting; none when already formatted', () => {
    const doc = createLanguageDocument('select a from t;\n-- keep me\nSELECT 1');
    const [edit] = formatDocument(doc, { keywordCase: 'lower' });
    assert.equal(edit.newText, 'select a\nfrom t;\n\n-- keep me\nselect 1;\n');
    assert.deepEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: 2, character: 8 } });
    assert.deepEqual(formatDocument(createLanguageDocument(edit.newText), { keywordCase: 'lower' }), []);
    assert.equal(formatDocument(doc)[0].newText, 'SELECT a\nFROM t;\n\n-- keep me\nSELECT 1;\n');
  });

  test('a range formats only the statements it touches', () => {
    const doc = createLanguageDocument('select a from t;\nselect b from u;\n');
    const edits = formatRange(doc, { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } });
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 15 } }, newText: 'SELECT b\nFROM u' }]);
  });

  test('a statement with a syntax error is left as written', () => {
    const doc = createLanguageDocument('select * form t');
    assert.deepEqual(formatDocument(doc), []);
  });
});
