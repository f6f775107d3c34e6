import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDocument, checkText } from '../../../engine/check/check-text';
import { CheckMemo } from '../../../engine/check/check-memo';
import { createLanguageDocument } from '../../../engine/language';

const INVALID = resolve(__dirname, '../../../../test/fixtures/sql/invalid/cases.json');
const VALID = resolve(__dirname, '../../../../test/fixtures/sql/valid');

describe('checkDocument (the language server diagnostics)', () => {
  test('equals checkText (the CLI) on the invalid corpus joined into one file, and on the valid corpus', () => {
    const cases = JSON.parse(readFileSync(INVALID, 'utf8')) as { sql: string }[];
    const script = cases.map((c) => `-- case\n  ${c.sql};`).join('\n\n');
    const doc = createLanguageDocument(script);
    const got = checkDocument(doc);
    assert.ok(got.length > 0);
    assert.deepEqual(got, checkText(script));
    for (const f of readdirSync(VALID)) {
      const text = readFileSync(join(VALID, f), 'utf8');
      assert.deepEqual(checkDocument(createLanguageDocument(text)), checkText(text), f);
    }
  });

  test('after an edit only the edited statement is parsed again, and positions follow the edit', () => {
    const doc = createLanguageDocument('SELECT a FROM t;\nSELECT b FROM u;\nSELECT * FORM v;\n');
    checkDocument(doc);
    const before = doc.parseCount;
    // insert a line at the top: every statement moves, none changes
    doc.applyChanges([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '-- moved\n' }]);
    assert.equal(checkDocument(doc)[0].range.start.line, 3);
    assert.equal(doc.parseCount, before);
    // edit the second statement only
    doc.applyChanges([{ range: { start: { line: 2, character: 7 }, end: { line: 2, character: 8 } }, text: 'bb' }]);
    assert.deepEqual(checkDocument(doc, { syntaxOnly: true }).map((d) => [d.range.start.line, d.range.start.character, d.message]), [[3, 9, "unexpected 'FORM', did you mean FROM?"]]);
    assert.equal(doc.parseCount, before + 1);
  });

  test('with a memo, an edit in a query re-analyzes that query only; an edit in a CREATE re-analyzes it and what follows', () => {
    const text = [
      "CREATE TABLE a (x INT, y STRING) WITH ('connector' = 'datagen');",
      'SELECT x FROM a;',
      'SELECT nope FROM a;',
      "CREATE TABLE b (z INT) WITH ('connector' = 'datagen');",
      'SELECT z FROM b;',
      'SELECT z FROM b;',
    ].join('\n');
    const doc = createLanguageDocument(text);
    const memo = new CheckMemo();
    const first = checkDocument(doc, { memo });
    assert.deepEqual(first, checkText(text));
    assert.deepEqual(first.map((d) => [d.range.start.line, d.code]), [[2, 'analyzer/unknown-column']]);
    assert.equal(memo.analyzed, 6);
    assert.deepEqual(checkDocument(doc, { memo }), first, 'nothing changed: nothing analyzed');
    assert.equal(memo.analyzed, 6);
    // a query: only it (the state after it is the one before it)
    doc.applyChanges([{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 8 } }, text: 'y' }]);
    assert.deepEqual(checkDocument(doc, { memo }), checkText(doc.text));
    assert.equal(memo.analyzed, 7);
    // the first CREATE: it and every statement after it (the queries on a see the new a)
    doc.applyChanges([{ range: { start: { line: 0, character: 23 }, end: { line: 0, character: 31 } }, text: 'nope STRING' }]);
    const after = checkDocument(doc, { memo });
    assert.deepEqual(after, checkText(doc.text));
    assert.deepEqual(after.map((d) => [d.range.start.line, d.code]), [[1, 'analyzer/unknown-column']]);
    assert.equal(memo.analyzed, 13);
    // a different catalog setting: the memo starts over
    const withSettings = checkDocument(doc, { memo, settings: { catalog: 'examples', database: 'marketplace' } });
    assert.deepEqual(withSettings, checkText(doc.text, { settings: { catalog: 'examples', database: 'marketplace' } }));
    assert.equal(memo.analyzed, 19);
  });
});
