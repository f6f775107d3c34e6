import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { splitStatements, sliceAt } from '../../../../engine/sql/split/split-statements';

/** The statement texts, with `!` appended when the slice is unterminated. */
function texts(sql: string): string[] {
  return splitStatements(sql).map((s) => sql.slice(s.start, s.end) + (s.terminated ? '' : '!'));
}

describe('splitStatements', () => {
  test('splits on semicolons, drops empty statements, trims trivia', () => {
    assert.deepEqual(texts('SELECT 1;  SELECT 2 ;;\n;SELECT 3'), ['SELECT 1', 'SELECT 2', 'SELECT 3!']);
    assert.deepEqual(texts(''), []);
    assert.deepEqual(texts(' ;; \n ; '), []);
  });

  test('offsets point into the text, end excludes the semicolon', () => {
    const sql = '  SELECT a FROM t ;\nINSERT INTO x VALUES (1);';
    const [a, b] = splitStatements(sql);
    assert.deepEqual(a, { start: 2, end: 17, terminated: true });
    assert.equal(sql.slice(b.start, b.end), 'INSERT INTO x VALUES (1)');
    assert.equal(sql[b.end], ';');
  });

  test('leading comments are trivia between slices, inner comments stay inside', () => {
    const sql = '-- first\n/* block; */ SELECT 1 /* ; */ + 2 -- trailing ;\n;\n-- only a comment;\n';
    assert.deepEqual(texts(sql), ['SELECT 1 /* ; */ + 2']);
  });

  test('semicolons inside strings, escaped quotes, backticks and double quotes do not split', () => {
    assert.deepEqual(texts("SELECT 'a;''b;' FROM t; SELECT 2;"), ["SELECT 'a;''b;' FROM t", 'SELECT 2']);
    assert.deepEqual(texts('SELECT `we;ird``;name` FROM t; SELECT 2;'), ['SELECT `we;ird``;name` FROM t', 'SELECT 2']);
    assert.deepEqual(texts('SELECT "a;""b" FROM t; SELECT 2;'), ['SELECT "a;""b" FROM t', 'SELECT 2']);
    assert.deepEqual(texts("SELECT U&'x;y', X'0A;' FROM t;"), ["SELECT U&'x;y', X'0A;' FROM t"]);
    assert.deepEqual(texts("SELECT '-- not a comment;' FROM t; SELECT '/*';"), ["SELECT '-- not a comment;' FROM t", "SELECT '/*'"]);
  });

  test('unterminated strings, identifiers and comments swallow the rest', () => {
    assert.deepEqual(texts("SELECT 'abc; SELECT 2;"), ["SELECT 'abc; SELECT 2;!"]);
    assert.deepEqual(texts('SELECT `abc; SELECT 2;'), ['SELECT `abc; SELECT 2;!']);
    assert.deepEqual(texts('SELECT 1; /* open; SELECT 2;'), ['SELECT 1']);
    // inside a statement the unterminated comment extends the slice so the parser can report it
    assert.deepEqual(texts('SELECT 1 /* open; SELECT 2;'), ['SELECT 1 /* open; SELECT 2;!']);
  });

  test('hints are code, not trivia', () => {
    assert.deepEqual(texts('SELECT /*+ OPTIONS(\'a\'=\'b;\') */ * FROM t;'), ["SELECT /*+ OPTIONS('a'='b;') */ * FROM t"]);
    assert.deepEqual(texts('/*+ hint */;'), ['/*+ hint */']);
  });

  test('EXECUTE STATEMENT SET BEGIN ... END stays one slice', () => {
    const set = 'EXECUTE STATEMENT SET BEGIN\n  INSERT INTO a SELECT * FROM s;\n  INSERT INTO b SELECT CASE WHEN x THEN 1 END FROM s;\nEND';
    assert.deepEqual(texts(`SET 'x' = 'y';\n${set};\nSELECT 1;`), ["SET 'x' = 'y'", set, 'SELECT 1']);
  });

  test('EXPLAIN and COMPILE PLAN of a statement set stay one slice, whatever comes before STATEMENT SET BEGIN', () => {
    const body = 'STATEMENT SET BEGIN\n  INSERT INTO a SELECT * FROM s;\n  INSERT INTO b SELECT 1;\nEND';
    for (const head of ['EXPLAIN', 'explain plan for', 'EXPLAIN ESTIMATED_COST, CHANGELOG_MODE', 'EXPLAIN EXECUTE', "COMPILE AND EXECUTE PLAN '/tmp/p.json' FOR"]) {
      const set = `${head} ${body}`;
      assert.deepEqual(texts(`SELECT 0;\n${set};\nSELECT 1;`), ['SELECT 0', set, 'SELECT 1'], head);
    }
    // STATEMENT SET BEGIN with nothing after it before the ';' opens no set; nor the words apart
    assert.deepEqual(texts('EXPLAIN STATEMENT SET BEGIN; SELECT 2;'), ['EXPLAIN STATEMENT SET BEGIN', 'SELECT 2']);
    assert.deepEqual(texts('SELECT statement, `set` begin FROM t; SELECT 2;'), ['SELECT statement, `set` begin FROM t', 'SELECT 2']);
  });

  test('BEGIN STATEMENT SET; ... END; stays one slice, case-insensitive', () => {
    const set = 'begin statement set;\n insert into a select 1;\n\n insert into b select 2;\nend';
    assert.deepEqual(texts(`${set};\nselect 3;`), [set, 'select 3']);
  });

  test('an unclosed statement set runs to the end; END without ; closes it unterminated', () => {
    assert.deepEqual(texts('BEGIN STATEMENT SET; INSERT INTO a SELECT 1;'), ['BEGIN STATEMENT SET; INSERT INTO a SELECT 1!']);
    assert.deepEqual(texts('BEGIN STATEMENT SET; INSERT INTO a SELECT 1; END'), ['BEGIN STATEMENT SET; INSERT INTO a SELECT 1; END!']);
  });

  test('words that only look like a statement set do not open one', () => {
    assert.deepEqual(texts('SELECT begin FROM statement; SELECT 2;'), ['SELECT begin FROM statement', 'SELECT 2']);
    assert.deepEqual(texts('BEGIN STATEMENT SET x; SELECT 2;'), ['BEGIN STATEMENT SET x', 'SELECT 2']);
  });

  test('never throws and covers every code character on arbitrary input', () => {
    const alphabet = ["'", '"', '`', ';', '-', '/', '*', '+', ' ', '\n', 'a', 'END', 'BEGIN', 'STATEMENT', 'SET', '\u00e9', '\ud83d\ude00'];
    let seed = 7;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % k);
    for (let round = 0; round < 2000; round++) {
      let s = '';
      const len = rnd(40);
      for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
      const slices = splitStatements(s);
      let prev = 0;
      for (const sl of slices) {
        assert.ok(sl.start >= prev && sl.start < sl.end && sl.end <= s.length, `bad slice in ${JSON.stringify(s)}`);
        prev = sl.end;
      }
    }
  });

  test('sliceAt finds the statement at or before an offset', () => {
    const sql = 'SELECT 1;  SELECT 2;';
    const slices = splitStatements(sql);
    assert.equal(sliceAt(slices, 0), slices[0]);
    assert.equal(sliceAt(slices, 9), slices[0]);
    assert.equal(sliceAt(slices, 11), slices[1]);
    assert.equal(sliceAt([], 3), undefined);
  });
});
