import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, expectClean, expectOne, planOf, rangeOf } from './helpers';

describe('SELECT semantics', () => {
  test('aggregate in WHERE is an error', () => {
    expectOne('SELECT url FROM clicks WHERE COUNT(*) > 1', 'aggregate-in-where', 'COUNT(*)', /Aggregate functions are not allowed in WHERE/);
    expectClean('SELECT url FROM clicks GROUP BY url HAVING COUNT(*) > 1');
  });
  test('non-aggregated column outside GROUP BY, with a fix that adds it', () => {
    const sql = 'SELECT url, user_id, COUNT(*) FROM clicks GROUP BY url';
    const d = expectOne(sql, 'not-grouped', 'user_id', /Expression 'user_id' is not being grouped/);
    assert.deepEqual(d.fixes, [{ title: 'Add user_id to GROUP BY', range: { start: rangeOf(sql, 'url', 1).end, end: rangeOf(sql, 'url', 1).end }, newText: ', user_id' }]);
    expectClean('SELECT url, user_id, COUNT(*) FROM clicks GROUP BY url, user_id');
  });
  test('without GROUP BY the fix adds one', () => {
    const sql = 'SELECT url, COUNT(*) FROM clicks';
    const d = expectOne(sql, 'not-grouped', 'url', /Expression 'url' is not being grouped/);
    assert.equal(d.fixes?.[0]?.newText, ' GROUP BY url');
  });
  test('expressions over GROUP BY keys are allowed', () => {
    expectClean('SELECT UPPER(url), COUNT(DISTINCT user_id) FILTER (WHERE view_time > 1) FROM clicks GROUP BY UPPER(url)');
  });
  test('HAVING without aggregation', () => {
    expectOne('SELECT url FROM clicks HAVING url > \'a\'', 'having-without-group', "url > 'a'", /HAVING requires GROUP BY or an aggregate function/);
  });
  test('GROUP BY with computed arguments plans a Project under the Aggregate', () => {
    assert.equal(
      planOf('SELECT customer_id, SUM(price * quantity) AS revenue FROM orders GROUP BY customer_id HAVING SUM(price * quantity) > 10'),
      [
        'Filter: revenue > 10',
        '  Aggregate: groupBy=[customer_id], aggs=[SUM($f6) AS revenue]',
        '    Project: order_id, customer_id, product_id, quantity, price, order_time, price * quantity AS $f6',
        "      TableScan: examples.marketplace.orders [order_id, customer_id, product_id, quantity, price, order_time], watermark=[order_time - INTERVAL '5' SECOND]",
      ].join('\n'),
    );
  });
  test('DISTINCT becomes an Aggregate without calls', () => {
    assert.match(planOf('SELECT DISTINCT url FROM clicks'), /^Aggregate: groupBy=\[url\], aggs=\[\]\n  Project: url/);
  });
  test('window aggregation: GROUP BY window_start, window_end over a window TVF', () => {
    assert.equal(
      planOf("SELECT window_start, window_end, SUM(price) AS total FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(dateTime), INTERVAL '10' SECOND)) GROUP BY window_start, window_end".replace('bid', 'nexmark.bid')),
      [
        'Aggregate: groupBy=[window_start, window_end], aggs=[SUM(price) AS total]',
        '  WindowTableFunction: TUMBLE(time=dateTime, size=10000 ms)',
        "    TableScan: examples.nexmark.bid [auction, bidder, price, channel, url, dateTime, extra], watermark=[dateTime - INTERVAL '4' SECOND]",
      ].join('\n').replace("INTERVAL '4' SECOND", planOf('SELECT * FROM nexmark.bid').split("INTERVAL '")[1] ? `INTERVAL '${planOf('SELECT * FROM nexmark.bid').split("INTERVAL '")[1].split("'")[0]}' SECOND` : ''),
    );
  });
  test('Top-N: ROW_NUMBER() OVER then an outer filter stays Over + Filter', () => {
    assert.equal(
      planOf('SELECT * FROM (SELECT url, ts, ROW_NUMBER() OVER (PARTITION BY url ORDER BY ts DESC) AS rn FROM clicks) WHERE rn <= 2'),
      [
        'Filter: rn <= 2',
        '  Project: url, ts, rn',
        '    Over: partitionBy=[url], orderBy=[ts DESC], calls=[ROW_NUMBER(*) AS rn]',
        "      TableScan: examples.marketplace.clicks [click_id, user_id, url, user_agent, view_time, ts], watermark=[ts - INTERVAL '5' SECOND]",
      ].join('\n'),
    );
    expectOne('SELECT ROW_NUMBER() FROM clicks', 'missing-over', 'ROW_NUMBER()', /Function 'ROW_NUMBER' requires an OVER clause/);
  });
  test('OVER aggregation with a RANGE frame', () => {
    assert.match(
      planOf("SELECT url, COUNT(*) OVER (PARTITION BY url ORDER BY ts RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW) AS n FROM clicks"),
      /Over: partitionBy=\[url\], orderBy=\[ts\], frame=RANGE 3600000 PRECEDING, calls=\[COUNT\(\*\) AS n\]/,
    );
  });
  test('ORDER BY and LIMIT', () => {
    assert.match(planOf('SELECT url FROM clicks ORDER BY ts LIMIT 5'), /^Project: url\n  Sort: \[ts\], limit=5\n/);
    assert.match(planOf('SELECT url, view_time FROM clicks ORDER BY 2 DESC'), /^Sort: \[view_time DESC\]/);
    expectOne('SELECT url FROM clicks ORDER BY 3', 'invalid-ordinal', '3', /Ordinal 3 in ORDER BY is out of range/);
  });
  test('UNION ALL: column count and types', () => {
    expectOne('SELECT url FROM clicks UNION ALL SELECT url, ts FROM clicks', 'column-count-mismatch', 'SELECT url FROM clicks UNION ALL SELECT url, ts FROM clicks', /Column count mismatch in UNION ALL/);
    expectOne('SELECT url FROM clicks UNION ALL SELECT ts FROM clicks', 'type-mismatch', 'SELECT url FROM clicks UNION ALL SELECT ts FROM clicks', /Type mismatch in UNION ALL: column 1 \('url'\)/);
    assert.match(planOf('SELECT user_id FROM clicks UNION ALL SELECT customer_id FROM orders'), /^Union All\n/);
  });
  test('VALUES', () => {
    assert.match(planOf("SELECT * FROM (VALUES (1, 'a'), (2, 'bb')) AS t(n, s)", true), /Values: 2 rows \[EXPR\$0, EXPR\$1\]  :: EXPR\$0 INT NOT NULL, EXPR\$1 VARCHAR\(2\) NOT NULL/);
    expectOne('VALUES (1, 2), (3)', 'column-count-mismatch', '3', /All rows of VALUES must have the same number of columns/);
  });
  test('a query with errors has no plan but keeps its columns', () => {
    const ds = diagnostics('SELECT urll FROM clicks');
    assert.equal(ds.length, 1);
  });
});

describe('MATCH_RECOGNIZE', () => {
  const sql =
    "SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY customer_id ORDER BY order_time MEASURES FIRST(A.price) AS first_price, B.quantity AS q, SUM(A.price) AS total, MATCH_ROWTIME() AS mt PATTERN (A+ B) WITHIN INTERVAL '1' HOUR DEFINE A AS A.price > 10 AND PREV(A.price) < A.price, B AS B.price < 5) AS m";
  test('plans a MatchRecognize node with bound DEFINE and MEASURES', async () => {
    const { analyze } = await import('./helpers');
    const r = analyze(sql);
    assert.deepEqual(r.diagnostics, []);
    const plan = r.statements[0]?.plan;
    assert.ok(plan && plan.kind === 'matchRecognize');
    assert.equal(plan.pattern, 'A+ B');
    assert.equal(plan.withinMs, 3_600_000);
    assert.deepEqual(plan.fields.map((f) => f.name), ['customer_id', 'first_price', 'q', 'total', 'mt']);
    const { printExpr } = await import('../../../engine/expr/print');
    assert.deepEqual(plan.measures.map((m) => printExpr(m.expr)), ["FIRST(price, 'A')", "LAST(quantity, 'B')", "SUM(price, 'A')", 'MATCH_ROWTIME()']);
    // PREV(price) is the previous row's column: input width (6) + 4.
    assert.equal(printExpr(plan.defines[0].condition), '(price > 10) AND (PREV(price) < price)');
    assert.match(JSON.stringify(plan.defines[0].condition), /"index":10/);
  });
  test('must be ordered by a time attribute; DEFINE names pattern variables', () => {
    expectOne('SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY price MEASURES A.price AS p PATTERN (A) DEFINE A AS price > 1)', 'match-order-by', 'price', /MATCH_RECOGNIZE must be ordered by a time attribute/, 0);
    expectOne('SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY order_time MEASURES A.price AS p PATTERN (A) DEFINE z AS price > 1)', 'unknown-pattern-variable', 'z', /DEFINE names 'z', which is not a variable of the PATTERN \(A\)/);
  });
});

describe('IN (subquery)', () => {
  test('an uncorrelated IN in WHERE is a semi join, NOT IN an anti join', () => {
    assert.match(planOf('SELECT url FROM clicks WHERE user_id IN (SELECT customer_id FROM orders) AND view_time > 1'), /^Project: url\n  Filter: view_time > 1\n    Join: SEMI, on=\[user_id = customer_id\]/);
    assert.match(planOf('SELECT url FROM clicks WHERE user_id NOT IN (SELECT customer_id FROM orders)'), /Join: ANTI, on=\[user_id = customer_id\]/);
  });
  test('the subquery must return one column', () => {
    expectOne('SELECT url FROM clicks WHERE user_id IN (SELECT customer_id, price FROM orders)', 'subquery-columns', 'SELECT customer_id, price FROM orders', /must return exactly one column, but returns 2/);
  });
});

describe('semantic info in aggregating queries', () => {
  test('each column use is recorded once', async () => {
    const { analyze } = await import('./helpers');
    const info = analyze('SELECT url, COUNT(*) + LENGTH(url) FROM clicks GROUP BY url').statements[0]!.info;
    assert.equal(info.names.filter((n) => n.kind === 'column').length, 3);
  });
});

describe('GROUP BY expression keys', () => {
  test('a SELECT item equal to a computed GROUP BY key keeps its alias', async () => {
    const { analyze } = await import('./helpers');
    const r = analyze('SELECT UPPER(SUBSTRING(url, 1, 1)) AS first_letter, COUNT(*) AS n, MIN(user_id) AS first_id FROM clicks GROUP BY UPPER(SUBSTRING(url, 1, 1))');
    assert.deepEqual(r.diagnostics, []);
    const plan = r.statements[0]?.plan;
    assert.ok(plan);
    assert.deepEqual(plan.fields.map((f) => f.name), ['first_letter', 'n', 'first_id']);
    // The computed column under the Aggregate carries the alias too (the physical plan names keys after it).
    assert.match(planOf('SELECT UPPER(SUBSTRING(url, 1, 1)) AS first_letter, COUNT(*) AS n FROM clicks GROUP BY UPPER(SUBSTRING(url, 1, 1))'), /^Aggregate: groupBy=\[first_letter\], aggs=\[COUNT\(\*\) AS n\]\n  Project: .*, UPPER\(SUBSTRING\(url, 1, 1\)\) AS first_letter\n/);
    // An alias equal to an input column keeps the generated name below the Aggregate.
    assert.match(planOf('SELECT UPPER(url) AS url, COUNT(*) AS n FROM clicks GROUP BY UPPER(url)'), /UPPER\(url\) AS \$f6\n/);
  });
});

describe('CURRENT_WATERMARK', () => {
  test('accepts the rowtime column of a table, refuses a plain TIMESTAMP', () => {
    expectClean('SELECT url FROM clicks WHERE CURRENT_WATERMARK(ts) IS NULL OR ts > CURRENT_WATERMARK(ts)');
    expectClean('SELECT order_id, CURRENT_WATERMARK(order_time) AS wm FROM orders');
    assert.ok(diagnostics('SELECT url FROM clicks WHERE CURRENT_WATERMARK(CAST(ts AS TIMESTAMP(3))) IS NULL').some((d) => /must be a rowtime attribute/.test(d.message)));
  });
});
