import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, directiveEdits, parseDirective } from '../../../engine/catalog/directive';
import { range } from '../../../engine/diagnostic';

describe('directive parser', () => {
  test('reads catalog, database and pool from the first line', () => {
    const d = parseDirective('-- tideline: catalog=examples database=marketplace pool=default\nSELECT 1;\n');
    assert.deepEqual(d.values, { catalog: 'examples', database: 'marketplace', pool: 'default' });
    assert.deepEqual(d.diagnostics, []);
    const e = d.lines[0].entries[1];
    assert.deepEqual(e.keyRange, range(0, 30, 0, 38));
    assert.deepEqual(e.valueRange, range(0, 39, 0, 50));
  });

  test('anywhere in the leading comment block, across lines and block comments', () => {
    const text = [
      '/*',
      ' * Orders report.',
      ' * tideline: pool=reports',
      ' */',
      '',
      '-- owner: data team',
      '--tideline:catalog=examples',
      'SELECT 1;',
    ].join('\n');
    const d = parseDirective(text);
    assert.deepEqual(d.values, { pool: 'reports', catalog: 'examples' });
    assert.deepEqual(d.lines.map((l) => [l.line, l.style]), [
      [2, 'block'],
      [6, 'line'],
    ]);
    assert.deepEqual(d.lines[0].entries[0].valueRange, range(2, 18, 2, 25));
  });

  test('is not read after the first statement, nor from a trailing comment', () => {
    assert.deepEqual(parseDirective('SELECT 1; -- tideline: catalog=x\n').values, {});
    assert.deepEqual(parseDirective('SELECT 1;\n-- tideline: catalog=x\n').values, {});
    assert.deepEqual(parseDirective('/* c */ SELECT 1;\n-- tideline: catalog=x\n').values, {});
    assert.deepEqual(parseDirective('').values, {});
  });

  test('backticked and quoted values, doubled backticks, case-insensitive marker, CRLF', () => {
    const d = parseDirective('-- TideLine: catalog=`my ``cat```, database="sales db"; pool = p1\r\nSELECT 1;');
    assert.deepEqual(d.values, { catalog: 'my `cat`', database: 'sales db', pool: 'p1' });
    assert.deepEqual(d.diagnostics, []);
    assert.deepEqual(d.lines[0].entries[0].valueRange, range(0, 21, 0, 33));
  });

  test('unknown keys: a warning on the key with did-you-mean and a fix', () => {
    const d = parseDirective('-- tideline: databse=x colour=red\n');
    assert.deepEqual(d.values, {});
    assert.equal(d.diagnostics.length, 2);
    const [a, b] = d.diagnostics;
    assert.equal(a.code, 'directive/unknown-key');
    assert.deepEqual(a.range, range(0, 13, 0, 20));
    assert.match(a.message, /Unknown tideline directive key 'databse', did you mean 'database'\?/);
    assert.deepEqual(a.fixes, [{ title: "Change to 'database'", range: range(0, 13, 0, 20), newText: 'database' }]);
    assert.match(b.message, /^Unknown tideline directive key 'colour' Known keys: catalog, database, pool\.$/);
    assert.equal(b.fixes, undefined);
    // A key differing only in case is suggested as itself.
    assert.match(parseDirective('-- tideline: Pool=x').diagnostics[0].message, /did you mean 'pool'/);
  });

  test('malformed entries, missing values, unterminated quotes, duplicates', () => {
    const d = parseDirective("-- tideline: catalog pool= database=`oops\n-- tideline: ??? catalog=a catalog=b\n");
    const codes = d.diagnostics.map((x) => [x.code, x.range.start.line, x.range.start.character]);
    assert.deepEqual(codes, [
      ['directive/malformed', 0, 13],
      ['directive/missing-value', 0, 21],
      ['directive/unterminated-quote', 0, 36],
      ['directive/malformed', 1, 13],
      ['directive/duplicate-key', 1, 17],
    ]);
    assert.deepEqual(d.values, { catalog: 'b' });
  });
});

describe('directive writer', () => {
  const edit = (text: string, changes: Record<string, string | null>) => applyEdits(text, directiveEdits(text, changes));

  test('inserts a directive line at the top when there is none', () => {
    assert.equal(edit('SELECT 1;\n', { pool: 'x' }), '-- tideline: pool=x\nSELECT 1;\n');
    assert.equal(edit('', { pool: 'x' }), '-- tideline: pool=x\n');
    assert.equal(edit('SELECT 1;\r\nSELECT 2;\r\n', { catalog: 'my cat' }), '-- tideline: catalog=`my cat`\r\nSELECT 1;\r\nSELECT 2;\r\n');
  });

  test('updates a value in place, keeping everything else as written', () => {
    const text = '-- tideline: catalog=examples  pool=default database=marketplace\nSELECT 1;';
    const edits = directiveEdits(text, { pool: 'big' });
    assert.deepEqual(edits, [{ range: range(0, 36, 0, 43), newText: 'big' }]);
    assert.equal(applyEdits(text, edits), '-- tideline: catalog=examples  pool=big database=marketplace\nSELECT 1;');
    assert.deepEqual(directiveEdits(text, { pool: 'default' }), [], 'no change, no edit');
  });

  test('updates a backticked value and writes values that need quoting backticked', () => {
    assert.equal(edit('-- tideline: catalog=`a b`\n', { catalog: 'c`d e' }), '-- tideline: catalog=`c``d e`\n');
    assert.equal(edit('-- tideline: catalog=`a b`\n', { catalog: 'plain' }), '-- tideline: catalog=plain\n');
  });

  test('appends a new key to the existing directive line', () => {
    assert.equal(edit('-- tideline: catalog=examples\nSELECT 1;', { pool: 'p' }), '-- tideline: catalog=examples pool=p\nSELECT 1;');
    assert.equal(edit('-- tideline: catalog=examples   \nSELECT 1;', { pool: 'p', database: 'd' }), '-- tideline: catalog=examples pool=p database=d   \nSELECT 1;');
    assert.equal(edit('-- tideline:\nSELECT 1;', { pool: 'p' }), '-- tideline: pool=p\nSELECT 1;');
    // A directive in a block comment is updated in place, new keys go on a new line comment.
    assert.equal(edit('/* tideline: pool=a */\nSELECT 1;', { pool: 'b' }), '/* tideline: pool=b */\nSELECT 1;');
    assert.equal(edit('/* tideline: pool=a */\nSELECT 1;', { catalog: 'c' }), '-- tideline: catalog=c\n/* tideline: pool=a */\nSELECT 1;');
  });

  test('removes keys; a directive line left empty is deleted', () => {
    assert.equal(edit('-- tideline: catalog=a pool=b\nSELECT 1;', { pool: null }), '-- tideline: catalog=a\nSELECT 1;');
    assert.equal(edit('-- tideline: catalog=a pool=b\nSELECT 1;', { catalog: null }), '-- tideline: pool=b\nSELECT 1;');
    assert.equal(edit('-- header\n-- tideline: pool=b\nSELECT 1;', { pool: null }), '-- header\nSELECT 1;');
    assert.equal(edit('-- tideline: pool=b', { pool: null }), '');
    assert.deepEqual(directiveEdits('SELECT 1;', { pool: null }), []);
  });

  test('the last occurrence is updated and earlier duplicates removed; the result parses back', () => {
    const text = '-- tideline: pool=a catalog=x\n-- tideline: pool=b\nSELECT 1;';
    const out = edit(text, { pool: 'c' });
    assert.equal(out, '-- tideline: catalog=x\n-- tideline: pool=c\nSELECT 1;');
    assert.deepEqual(parseDirective(out).values, { catalog: 'x', pool: 'c' });
    assert.deepEqual(parseDirective(out).diagnostics, []);
  });

  test('round trip: whatever is written parses back to the same values', () => {
    for (const value of ['simple', 'with space', 'back`tick', 'ünïcode', 'a=b', 'x,y;z']) {
      const out = edit('SELECT 1;', { catalog: value, pool: 'p' });
      assert.deepEqual(parseDirective(out).values, { catalog: value, pool: 'p' }, value);
    }
  });
});

describe('directive robustness', () => {
  test('a new key is not appended after an unterminated quote', () => {
    const text = "-- tideline: catalog=`a\nSELECT 1;";
    const out = applyEdits(text, directiveEdits(text, { pool: 'p' }));
    assert.equal(out, "-- tideline: pool=p\n-- tideline: catalog=`a\nSELECT 1;");
    assert.deepEqual(parseDirective(out).values, { pool: 'p' });
  });

  test('never throws on arbitrary leading text; setting a key always reads back', () => {
    const pieces = ['--', ' ', '\n', '\r\n', '/*', '*/', 'tideline:', 'TIDELINE :', 'catalog', 'pool', '=', '`', "'", '"', 'x', ',', ';', 'SELECT 1;', '*', 'ü', "pool='x", '-- tideline: catalog=`a'];
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const len = rnd(20);
      for (let k = 0; k < len; k++) text += pieces[rnd(pieces.length)];
      const parsed = parseDirective(text);
      for (const d of parsed.diagnostics) assert.ok(d.range.start.line >= 0 && d.range.end.character >= d.range.start.character);
      const out = applyEdits(text, directiveEdits(text, { pool: 'p 1' }));
      assert.equal(parseDirective(out).values.pool, 'p 1', JSON.stringify(text));
    }
  });
});
