import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionAt, identifierText, prepareRenameAt, referencesAt, renameAt, type LanguageDocument } from '../../../engine/language';
import type { Range } from '../../../engine/diagnostic';
import { withCursor } from './cursor';

function textOf(doc: LanguageDocument, r: Range): string {
  return doc.text.slice(doc.offsetAt(r.start), doc.offsetAt(r.end));
}

/** Offsets of each range's start, for compact assertions. */
function starts(doc: LanguageDocument, ranges: readonly Range[]): number[] {
  return ranges.map((r) => doc.offsetAt(r.start));
}

describe('CTE names', () => {
  const sql = 'WITH a AS (SELECT 1 AS x), b AS (SELECT * FROM a) SELECT * FROM b JOIN a ON TRUE';
  const uses = [sql.indexOf('FROM a)') + 5, sql.indexOf('JOIN a') + 5];

  test('definition from a use, references from the definition', () => {
    const { doc, position } = withCursor(sql.replace('JOIN a', 'JOIN |a'));
    const def = definitionAt(doc, position)!;
    assert.equal(doc.offsetAt(def.start), 5);
    assert.deepEqual(starts(doc, referencesAt(doc, position)), [5, ...uses]);
    assert.deepEqual(starts(doc, referencesAt(doc, position, false)), uses);
  });

  test('rename edits the definition and all uses, and only those', () => {
    const { doc, position } = withCursor(sql.replace('WITH a', 'WITH |a'));
    const edits = renameAt(doc, position, 'base');
    assert.deepEqual(starts(doc, edits.map((e) => e.range)), [5, ...uses]);
    assert.ok(edits.every((e) => e.newText === 'base' && textOf(doc, e.range) === 'a'));
  });

  test('a CTE shadows nothing outside its query; a table of the same name elsewhere is not a use', () => {
    const { doc, position } = withCursor('SELECT * FROM (WITH t AS (SELECT 1) SELECT * FROM |t) s JOIN t ON TRUE');
    assert.deepEqual(starts(doc, referencesAt(doc, position)), [20, 50]);
  });

  test('a dotted table name is not a CTE use', () => {
    const { doc, position } = withCursor('WITH |t AS (SELECT 1) SELECT * FROM db.t');
    assert.deepEqual(starts(doc, referencesAt(doc, position)), [5]);
  });
});

describe('table aliases', () => {
  test('qualified columns and qualified stars use the alias; each SELECT has its own', () => {
    const { doc, position } = withCursor('SELECT o.id, o.* FROM orders |o WHERE o.amount > (SELECT MAX(o.x) FROM other o)');
    const refs = referencesAt(doc, position);
    assert.deepEqual(
      refs.map((r) => textOf(doc, r)),
      ['o', 'o', 'o', 'o'],
    );
    assert.deepEqual(starts(doc, refs), [29, 7, 13, 37]);
  });

  test('prepareRename gives the name under the cursor; rename quotes names that need it', () => {
    const { doc, position } = withCursor('SELECT c.id FROM clicks c WHERE |c.id > 1');
    assert.deepEqual(prepareRenameAt(doc, position), { range: { start: { line: 0, character: 32 }, end: { line: 0, character: 33 } }, placeholder: 'c' });
    assert.deepEqual(
      renameAt(doc, position, 'my clicks').map((e) => e.newText),
      ['`my clicks`', '`my clicks`', '`my clicks`'],
    );
    assert.equal(identifierText('clicks_2'), 'clicks_2');
    assert.equal(identifierText('select'), '`select`');
    assert.equal(identifierText('a`b'), '`a``b`');
  });

  test('nothing to rename on a keyword, a column or in a broken statement', () => {
    for (const marked of ['SEL|ECT a FROM t', 'SELECT |a FROM t', 'SELECT o.a FORM t |o']) {
      const { doc, position } = withCursor(marked);
      assert.equal(prepareRenameAt(doc, position), undefined, marked);
      assert.deepEqual(renameAt(doc, position, 'x'), [], marked);
      assert.equal(definitionAt(doc, position), undefined, marked);
    }
  });
});
