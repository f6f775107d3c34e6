import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseStatement } from '../../../engine/sql';

interface Case {
  readonly sql: string;
  readonly code: string;
  readonly message: string;
  /** 1-based `line:col-line:col`, end exclusive. */
  readonly range: string;
}

const root = resolve(__dirname, '../../../..');
const cases = JSON.parse(readFileSync(join(root, 'test/fixtures/sql/invalid/cases.json'), 'utf8')) as Case[];

describe('invalid corpus: one plain-words diagnostic at the exact range', () => {
  test('the corpus is not trivial', () => assert.ok(cases.length >= 60));
  for (const c of cases) {
    test(c.sql.replace(/\n/g, '⏎'), () => {
      const r = parseStatement(c.sql);
      const got = r.diagnostics.map((d) => ({
        sql: c.sql,
        code: d.code,
        message: d.message,
        range: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
      }));
      assert.deepEqual(got, [c]);
      assert.equal(r.diagnostics[0].severity, 'error');
      assert.equal(r.diagnostics[0].source, 'tideline-syntax');
    });
  }
});

describe('did-you-mean fixes', () => {
  test('a misspelt keyword carries a replacement that keeps the case of what was written', () => {
    const r = parseStatement('select a form t');
    assert.deepEqual(r.diagnostics[0].fixes, [
      { title: 'Replace with from', range: { start: { line: 0, character: 9 }, end: { line: 0, character: 13 } }, newText: 'from' },
    ]);
  });
  test('an unknown type suggests the nearest one', () => {
    assert.match(parseStatement('CREATE TABLE t (a BIGINTT)').diagnostics[0].message, /did you mean BIGINT\?/);
  });
});

describe('positions are mapped into the document', () => {
  test('baseOffset and basePosition shift every range', () => {
    const r = parseStatement('SELECT\n  FROM t', { baseOffset: 100, basePosition: { line: 10, character: 4 } });
    assert.deepEqual(r.diagnostics[0].range, { start: { line: 11, character: 2 }, end: { line: 11, character: 6 } });
  });
  test('characters after an astral code point are counted in UTF-16 units', () => {
    const r = parseStatement("SELECT '😀' FORM t");
    assert.deepEqual(r.diagnostics[0].range, { start: { line: 0, character: 12 }, end: { line: 0, character: 16 } });
  });
});
