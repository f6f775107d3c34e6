import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDocument, checkText } from '../../../engine/check/check-text';
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
    const before = doc.parseCount;
    // insert a line at the top: every statement moves, none changes
    doc.applyChanges([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '-- moved\n' }]);
    assert.equal(doc.parseCount, before);
    assert.equal(checkDocument(doc)[0].range.start.line, 3);
    // edit the second statement only
    doc.applyChanges([{ range: { start: { line: 2, character: 7 }, end: { line: 2, character: 8 } }, text: 'bb' }]);
    assert.equal(doc.parseCount, before + 1);
    assert.deepEqual(checkDocument(doc, { syntaxOnly: true }).map((d) => [d.range.start.line, d.range.start.character, d.message]), [[3, 9, "unexpected 'FORM', did you mean FROM?"]]);
  });
});
