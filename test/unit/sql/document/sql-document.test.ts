import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { SqlDocument } from '../../../../engine/sql/document/sql-document';
import { splitStatements } from '../../../../engine/sql/split/split-statements';

function counting() {
  const calls: string[] = [];
  const parse = (t: string) => {
    calls.push(t);
    return { text: t, length: t.length };
  };
  return { calls, parse };
}

/** Reads every statement's result (parsing is lazy: a result is parsed when first read). */
function readAll<R>(doc: SqlDocument<R>): SqlDocument<R> {
  for (const s of doc.statements) void s.result;
  return doc;
}

describe('SqlDocument', () => {
  test('parses each statement once and exposes ranges', () => {
    const { calls, parse } = counting();
    const doc = new SqlDocument(parse, 'SELECT 1;\n  SELECT 2;');
    assert.deepEqual(calls, [], 'nothing is parsed before it is read');
    assert.equal(doc.statements[1].result.text, 'SELECT 2');
    assert.deepEqual(calls, ['SELECT 2']);
    readAll(doc);
    assert.deepEqual(calls, ['SELECT 2', 'SELECT 1']);
    readAll(doc);
    assert.equal(calls.length, 2, 'each statement is parsed once');
    assert.deepEqual(doc.statements[1].range, { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } });
    assert.equal(doc.statements[1].result.text, 'SELECT 2');
  });

  test('a one-character edit in a 1,000-statement document re-parses exactly one statement', () => {
    const { calls, parse } = counting();
    const lines: string[] = [];
    for (let i = 0; i < 1000; i++) lines.push(`SELECT a${i}, b FROM t${i} WHERE c > ${i};`);
    const text = lines.join('\n');
    const doc = readAll(new SqlDocument(parse, text));
    assert.equal(calls.length, 1000);
    const at = text.indexOf('t500 ') + 1;
    doc.applyChanges([{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: '9' }]);
    readAll(doc);
    assert.equal(calls.length, 1001);
    assert.equal(calls[1000], 'SELECT a500, b FROM t9500 WHERE c > 500');
    assert.equal(doc.statements.length, 1000);
    assert.equal(doc.parseCount, 1001);
  });

  test('unchanged statements are reused after moving, and positions are re-based', () => {
    const { calls, parse } = counting();
    const doc = readAll(new SqlDocument(parse, 'SELECT 1;\nSELECT x\nFROM t;'));
    const before = doc.statements[1].result;
    readAll(doc).update('-- a new comment\n\nSELECT 1;\n\n\nSELECT x\nFROM t;');
    readAll(doc);
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

  test('duplicate statements share one parse; undo does not re-parse; the memory of removed ones is bounded', () => {
    const { calls, parse } = counting();
    const doc = readAll(new SqlDocument(parse, 'SELECT 1; SELECT 1; SELECT 2;'));
    assert.equal(calls.length, 2);
    readAll(doc).update('SELECT 1;');
    readAll(doc).update('SELECT 1; SELECT 2;');
    readAll(doc);
    assert.equal(calls.length, 2, 'SELECT 2 came back (undo): its result is remembered');
    const many: string[] = [];
    for (let i = 0; i < 300; i++) many.push(`SELECT ${i + 100};`);
    readAll(doc).update(many.join('\n'));
    readAll(doc).update('SELECT 1;');
    readAll(doc);
    assert.equal(calls.length, 302);
    doc.update(many.join('\n'));
    readAll(doc);
    assert.equal(calls.length, 302 + 300 - 256, 'only the 256 most recently removed are remembered');
  });

  test('incremental re-splitting agrees with a fresh split after thousands of random edits', () => {
    const pieces = ['SELECT a FROM t', ';', ' ', '\n', "'x;y'", '`q;`', '-- c;\n', '/* ; */', '/*', '*/', "'", 'BEGIN STATEMENT SET;', 'EXECUTE STATEMENT SET BEGIN', 'END', 'INSERT INTO s SELECT 1;', 'CASE WHEN 1 THEN 2 END'];
    let seed = 3;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % k);
    const parse = (t: string) => ({ t });
    const doc = new SqlDocument(parse, 'SELECT 1;\nSELECT 2;\n');
    for (let round = 0; round < 3000; round++) {
      const text = doc.text;
      const edits = 1 + rnd(2);
      const changes = [];
      let bound = text.length;
      for (let e = 0; e < edits; e++) {
        // LSP applies changes in order; keep it simple with edits from the end backwards
        const s = rnd(bound + 1);
        const single = rnd(3) === 0; // a one-character replacement, as typing does
        const len = Math.min(single ? 1 : rnd(12), bound - s);
        const chars = "xS;' `-/*\n";
        const insert = single ? chars[rnd(chars.length)] : rnd(3) === 0 ? '' : pieces[rnd(pieces.length)];
        changes.push({ range: { start: doc.positionAt(s), end: doc.positionAt(s + len) }, text: insert });
        bound = s;
      }
      if (rnd(10) === 0) doc.update(text.slice(0, rnd(text.length + 1)) + pieces[rnd(pieces.length)] + text.slice(rnd(text.length + 1)));
      else doc.applyChanges(changes);
      // keep a document of many statements (an unterminated quote swallows everything)
      if (doc.text.length > 3000 || doc.statements.length < 8) {
        doc.update(Array.from({ length: 12 }, (_, i) => `SELECT c${i} FROM t WHERE x = 'a;b';`).join(rnd(2) ? '\n' : ' '));
      }
      const expected = splitStatements(doc.text);
      assert.deepEqual(doc.statements.map((st) => st.slice), expected, `round ${round}: ${JSON.stringify(doc.text)}`);
      for (const st of doc.statements) {
        assert.equal(st.result.t, doc.text.slice(st.slice.start, st.slice.end));
        assert.equal(st.text, st.result.t);
      }
      assert.deepEqual(doc.statements.map((st) => st.index), expected.map((_, i) => i));
    }
  });

  test('statement positions follow edits that add lines before them', () => {
    const { parse } = counting();
    const doc = new SqlDocument(parse, 'SELECT 1;\nSELECT 2;');
    doc.applyChanges([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n\n' }]);
    assert.deepEqual(doc.statements[1].range.start, { line: 3, character: 0 });
    doc.applyChanges([{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '  ' }]);
    assert.deepEqual(doc.statements[1].range.start, { line: 3, character: 2 });
  });
});
