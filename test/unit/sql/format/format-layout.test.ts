import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatSql, formatSqlRange, formatStatement } from '../../../../engine/sql/format/format-sql';

const upper = { keywordCase: 'upper', indent: 2 } as const;

function fmt(sql: string): string {
  return formatSql(sql, upper);
}

describe('formatter layout', () => {
  test('clauses on their own lines, select items one per line, joins with ON', () => {
    assert.equal(
      fmt('select a, count(*) as c from orders o left join cust c on o.id = c.id and o.x between 1 and 2 where a > 1 or b < 2 group by a order by c desc limit 10'),
      [
        'SELECT',
        '  a,',
        '  count(*) AS c',
        'FROM orders o',
        'LEFT JOIN cust c',
        '  ON o.id = c.id',
        '    AND o.x BETWEEN 1 AND 2',
        'WHERE a > 1',
        '  OR b < 2',
        'GROUP BY a',
        'ORDER BY c DESC',
        'LIMIT 10;',
        '',
      ].join('\n'),
    );
  });

  test('subqueries and CTEs are indented blocks', () => {
    assert.equal(
      fmt('with r as (select * from t) select x from (select x from r) s where x in (select y from u)'),
      [
        'WITH r AS (',
        '  SELECT *',
        '  FROM t',
        ')',
        'SELECT x',
        'FROM (',
        '  SELECT x',
        '  FROM r',
        ') s',
        'WHERE x IN (',
        '  SELECT y',
        '  FROM u',
        ');',
        '',
      ].join('\n'),
    );
  });

  test('CREATE TABLE: one column per line, options one per line', () => {
    assert.equal(
      fmt("create table t (id bigint, ts timestamp(3), m map<string, array<int>>, watermark for ts as ts - interval '5' second) with ('connector'='datagen','rows-per-second'='5')"),
      [
        'CREATE TABLE t (',
        '  id BIGINT,',
        '  ts TIMESTAMP(3),',
        '  m MAP<STRING, ARRAY<INT>>,',
        "  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND",
        ') WITH (',
        "  'connector' = 'datagen',",
        "  'rows-per-second' = '5'",
        ');',
        '',
      ].join('\n'),
    );
  });

  test('statement sets indent their statements', () => {
    assert.equal(
      fmt('execute statement set begin insert into a select * from s; insert into b select * from s; end'),
      ['EXECUTE STATEMENT SET BEGIN', '  INSERT INTO a', '  SELECT *', '  FROM s;', '  INSERT INTO b', '  SELECT *', '  FROM s;', 'END;', ''].join('\n'),
    );
  });

  test('BEGIN STATEMENT SET; ... END; is laid out like EXECUTE STATEMENT SET', () => {
    assert.equal(
      fmt('begin statement set;\ninsert into a select 1; -- one\ninsert into b select 2;\nend;'),
      ['BEGIN STATEMENT SET;', '  INSERT INTO a', '  SELECT 1; -- one', '  INSERT INTO b', '  SELECT 2;', 'END;', ''].join('\n'),
    );
  });

  test('signs, stars, brackets and function calls are spaced like people write them', () => {
    assert.equal(
      formatStatement('select -a, - -1, a - -1, t.*, arr[1], array[1,2], cast(x as decimal(10,2)) from t', upper),
      'SELECT\n  -a,\n  - -1,\n  a - -1,\n  t.*,\n  arr[1],\n  ARRAY[1, 2],\n  CAST(x AS DECIMAL(10, 2))\nFROM t',
    );
  });

  test('a CASE with several branches puts each on its own line; short or nested-in-call CASEs stay inline', () => {
    assert.equal(
      formatStatement("select case when a > 1 then 'big' when a < 0 then 'neg' else 'small' end as kind, case x when 1 then 'one' end, coalesce(case when a then 1 else 2 end, 0) from t", upper),
      [
        'SELECT',
        '  CASE',
        "    WHEN a > 1 THEN 'big'",
        "    WHEN a < 0 THEN 'neg'",
        "    ELSE 'small'",
        '  END AS kind,',
        "  CASE x WHEN 1 THEN 'one' END,",
        '  coalesce(CASE WHEN a THEN 1 ELSE 2 END, 0)',
        'FROM t',
      ].join('\n'),
    );
  });

  test('MATCH_RECOGNIZE is a block; row patterns keep quantifiers on their variables', () => {
    assert.equal(
      formatStatement('select * from t match_recognize (partition by s order by ts measures a.x as ax, b.y as bb pattern (a b+ c{2,3}? (d | e)*) define b as b.p < a.p) mr', upper),
      [
        'SELECT *',
        'FROM t MATCH_RECOGNIZE (',
        '  PARTITION BY s',
        '  ORDER BY ts',
        '  MEASURES',
        '    a.x AS ax,',
        '    b.y AS bb',
        '  PATTERN (a b+ c{2,3}? (d | e)*)',
        '  DEFINE b AS b.p < a.p',
        ') mr',
      ].join('\n'),
    );
  });

  test('IS [NOT] DISTINCT FROM is not a FROM clause; t1.a is not split', () => {
    assert.equal(formatStatement('select a from t1 where t1.c is not distinct from t2.c', upper), 'SELECT a\nFROM t1\nWHERE t1.c IS NOT DISTINCT FROM t2.c');
  });

  test('a list that would make its line too long goes one element per line', () => {
    const sql = "select * from table(hop(data => table bid, timecol => descriptor(bidtime), slide => interval '5' minutes, size => interval '10' minutes))";
    assert.equal(
      formatStatement(sql, upper),
      [
        'SELECT *',
        'FROM TABLE(hop(',
        '  data => TABLE bid,',
        '  timecol => DESCRIPTOR(bidtime),',
        "  slide => INTERVAL '5' MINUTES,",
        "  size => INTERVAL '10' MINUTES",
        '))',
      ].join('\n'),
    );
    assert.equal(
      formatStatement(sql, { ...upper, lineWidth: 200 }),
      "SELECT *\nFROM TABLE(hop(data => TABLE bid, timecol => DESCRIPTOR(bidtime), slide => INTERVAL '5' MINUTES, size => INTERVAL '10' MINUTES))",
    );
  });

  test('statements are separated by one blank line and terminated with ;', () => {
    assert.equal(fmt('select 1;;\n\n\n\nselect 2'), 'SELECT 1;\n\nSELECT 2;\n');
    assert.equal(fmt(''), '');
  });
});

describe('formatter keeps meaning', () => {
  test('keyword case: upper, lower, preserve; identifiers never change', () => {
    const sql = 'Select comment, `Key`, Value, string From t Where x Is Not Null';
    assert.equal(formatStatement(sql, { keywordCase: 'upper', indent: 2 }), 'SELECT\n  comment,\n  `Key`,\n  Value,\n  string\nFROM t\nWHERE x IS NOT NULL');
    assert.equal(formatStatement(sql, { keywordCase: 'lower', indent: 2 }), 'select\n  comment,\n  `Key`,\n  Value,\n  string\nfrom t\nwhere x is not null');
    assert.equal(formatStatement(sql, { keywordCase: 'preserve', indent: 4 }), 'Select\n    comment,\n    `Key`,\n    Value,\n    string\nFrom t\nWhere x Is Not Null');
  });

  test('type names change case with keywords, the same word as a column does not', () => {
    assert.equal(formatStatement('select cast(string as string), bigint from t', upper), 'SELECT\n  CAST(string AS STRING),\n  bigint\nFROM t');
  });

  test('comments and hints are kept byte-exact and in place', () => {
    const sql = [
      '-- lead',
      'SELECT /*+ STATE_TTL(\'o\'=\'1d\') */ a, -- first',
      '  b',
      '  /* own line */',
      'FROM t /*+ OPTIONS(\'k\'=\'v\') */ ; -- after',
      '',
      '-- tail',
      '',
    ].join('\n');
    assert.equal(
      fmt(sql),
      [
        '-- lead',
        "SELECT /*+ STATE_TTL('o'='1d') */",
        '  a, -- first',
        '  b',
        '/* own line */',
        "FROM t /*+ OPTIONS('k'='v') */; -- after",
        '',
        '-- tail',
        '',
      ].join('\n'),
    );
  });

  test('a statement with a syntax error is left exactly as written', () => {
    const sql = 'select a from t;\nSELECT   broken  FROM ;\nselect  b from  u;\nselect \'unterminated';
    assert.equal(fmt(sql), "SELECT a\nFROM t;\n\nSELECT   broken  FROM;\n\nSELECT b\nFROM u;\n\nselect 'unterminated");
  });

  test('text outside the basic plane survives (ANTLR counts code points)', () => {
    const sql = "select '😀 ok', a /* 🚀 */ from t -- ✓ done\n";
    assert.equal(fmt(sql), "SELECT\n  '😀 ok',\n  a /* 🚀 */\nFROM t; -- ✓ done\n");
  });
});

describe('range formatting', () => {
  const text = 'select 1;\nselect  a,b from t;\nselect 3;';
  test('formats only the statements the range touches', () => {
    const second = text.indexOf('select  a');
    const edits = formatSqlRange(text, second + 3, second + 5, upper);
    assert.deepEqual(edits, [{ start: second, end: second + 'select  a,b from t'.length, newText: 'SELECT\n  a,\n  b\nFROM t' }]);
  });

  test('a collapsed range formats the statement under the cursor; a wide one several', () => {
    assert.equal(formatSqlRange(text, 2, 2, upper).length, 1);
    assert.equal(formatSqlRange(text, 0, text.length, upper).length, 3);
    assert.deepEqual(formatSqlRange('SELECT 1', 0, 8, upper), [], 'already formatted: no edit');
    assert.deepEqual(formatSqlRange('select from', 0, 5, upper), [], 'syntax error: no edit');
  });
});
