import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { SqlDocument } from '../../../../engine/sql/document/sql-document';

function counting() {
  const calls: string[] = [];
  const parse = (t: string) => {
    calls.push(t);
    return { text: t, length: t.length };
  };
  return { calls, parse };
}

describe('SqlDocument', () => {
  test('parses each statement once and exposes ranges', () => {
    const { calls, parse } = counting();
    const doc = new SqlDocument(parse, 'SELECT 1;\n  SELECT 2;');
    assert.deepEqual(calls, ['SELECT 1', 'SELECT 2']);
    assert.deepEqual(doc.statements[1].range, { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } });
    assert.equal(doc.statements[1].result.text, 'SELECT 2');
  });

  test('a one-character edit in a 1,000-statement document re-parses exactly one statement', () => {
    const { calls, parse } = counting();
    const lines: string[] = [];
    for (let i = 0; i < 1000; i++) lines.push(`SELECT a${i}, b FROM t${i} WHERE c > ${i};`);
    const text = lines.join('\n');
    const doc = new SqlDocument(parse, text);
    assert.equal(calls.length, 1000);
    const at = text.indexOf('t500 ') + 1;
    doc.applyChanges([{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: '9' }]);
    assert.equal(calls.length, 1001);
    assert.equal(calls[1000], 'SELECT a500, b FROM t9500 WHERE c > 500');
    assert.equal(doc.statements.length, 1000);
    assert.equal(doc.parseCount, 1001);
  });

  test('unchanged statements are reused after moving, and positions are re-based', () => {
    const { calls, parse } = counting();
    const doc = new SqlDocument(parse, 'SELECT 1;\nSELECT x\nFROM t;');
    const before = doc.statements[1].result;
    doc.update('-- a new comment\n\nSELECT 1;\n\n\nSELECT x\nFROM t;');
    assert.equal(calls.length, 2, 'no statement text changed, so nothing is re-parsed');
    const moved = doc.statements[1];
    assert.equal(moved.result, before);
    // 'FROM' is at line 1, character 0 relative to the statement; 't' at line 1, character 5
    assert.deepEqual(moved.toDocumentPosition({ line: 1, character: 5 }), { line: 6, character: 5 });
    assert.deepEqual(moved.toDocumentPosition({ line: 0, character: 7 }), { line: 5, character: 7 });
    assert.equal(doc.text[moved.toDocumentOffset(7)], 'x');
  });

  test('statementAt finds the statement under or just before the cursor', () => {
    const { parse } = counting();
    const doc = new SqlDocument(parse, 'SELECT 1;\n\nSELECT 2');
    assert.equal(doc.statementAt({ line: 0, character: 3 })?.index, 0);
    assert.equal(doc.statementAt(9)?.index, 0);
    assert.equal(doc.statementAt({ line: 2, character: 8 })?.index, 1);
    assert.equal(new SqlDocument(parse, '').statementAt(0), undefined);
  });

  test('duplicate statements share one parse; results of vanished statements are forgotten', () => {
    const { calls, parse } = counting();
    const doc = new SqlDocument(parse, 'SELECT 1; SELECT 1; SELECT 2;');
    assert.equal(calls.length, 2);
    doc.update('SELECT 1;');
    doc.update('SELECT 1; SELECT 2;');
    assert.equal(calls.length, 3, 'SELECT 2 left the document, so it is parsed again');
  });
});
