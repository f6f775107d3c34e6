import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, diagnostics, expectClean, expectOne, planOf, rangeOf } from './helpers';

describe('name resolution', () => {
  test('unknown table, with did-you-mean and a fix', () => {
    const sql = 'SELECT * FROM clikcs';
    const d = expectOne(sql, 'unknown-table', 'clikcs', /Object 'clikcs' not found within 'examples.marketplace', did you mean 'clicks'\?/);
    assert.equal(d.fixes?.[0]?.newText, 'clicks');
  });
  test('known tables, 1-, 2- and 3-part names', () => {
    expectClean('SELECT * FROM clicks; SELECT * FROM nexmark.bid; SELECT * FROM examples.nexmark.person');
  });
  test('unknown database and catalog point at their part', () => {
    expectOne('SELECT * FROM nexmrk.bid', 'unknown-database', 'nexmrk', /Database 'nexmrk' does not exist in catalog examples, did you mean 'nexmark'\?/);
    expectOne('SELECT * FROM exampls.nexmark.bid', 'unknown-catalog', 'exampls', /Catalog 'exampls' does not exist, did you mean 'examples'\?/);
  });
  test('unknown column, with did-you-mean', () => {
    const sql = 'SELECT urll FROM clicks';
    const d = expectOne(sql, 'unknown-column', 'urll', /Column 'urll' not found, did you mean 'url'\?/);
    assert.deepEqual(d.fixes?.map((f) => f.newText), ['url']);
    expectClean('SELECT url FROM clicks');
  });
  test('qualified column of an alias', () => {
    expectOne('SELECT c.urll FROM clicks c', 'unknown-column', 'urll', /Column 'urll' not found in table 'c', did you mean 'url'\?/);
    expectClean('SELECT c.url, clicks2.url FROM clicks c, clicks AS clicks2');
  });
  test('ambiguous column, with fixes that qualify it', () => {
    const sql = 'SELECT price FROM orders o JOIN products p ON o.product_id = p.product_id';
    const d = expectOne(sql, 'ambiguous-column', 'price', /Column 'price' is ambiguous: it exists in 'o' and 'p'/);
    assert.deepEqual(d.fixes?.map((f) => f.newText), ['o.price', 'p.price']);
    expectClean('SELECT o.price, p.price AS list_price FROM orders o JOIN products p ON o.product_id = p.product_id');
  });
  test('an unknown table does not cascade into unknown columns', () => {
    assert.equal(diagnostics('SELECT a, b + 1 FROM nope WHERE c > 2').length, 1);
  });
  test('CTEs, subqueries and column aliases', () => {
    expectClean('WITH w (u, n) AS (SELECT user_id, COUNT(*) FROM clicks GROUP BY user_id) SELECT u, n FROM w WHERE n > 1');
    expectClean('SELECT x.u FROM (SELECT user_id AS u FROM clicks) AS x');
    expectOne('SELECT x.user_id FROM (SELECT user_id AS u FROM clicks) AS x', 'unknown-column', 'user_id', /Column 'user_id' not found in table 'x'/);
  });
  test('JOIN USING and NATURAL JOIN expose the shared column once', () => {
    expectClean('SELECT product_id, quantity, brand FROM orders JOIN products USING (product_id)');
  });
  test('UNNEST and CROSS JOIN UNNEST', () => {
    expectClean("SELECT tag FROM (SELECT ARRAY['a', 'b'] AS tags) CROSS JOIN UNNEST(tags) AS u(tag)");
    expectOne("SELECT * FROM (SELECT 1 AS n) CROSS JOIN UNNEST(n) AS u(x)", 'type-mismatch', 'n', /UNNEST expects an ARRAY, MAP or MULTISET, but got INT NOT NULL/, 1);
  });
  test('temporal join FOR SYSTEM_TIME AS OF a time attribute', () => {
    const plan = planOf('SELECT o.order_id, c.name FROM orders o JOIN customers FOR SYSTEM_TIME AS OF o.order_time AS c ON o.customer_id = c.customer_id');
    assert.match(plan, /Join: INNER, on=\[customer_id = customer_id\], temporal=FOR SYSTEM_TIME AS OF order_time/);
    expectOne(
      'SELECT o.order_id FROM orders o JOIN customers FOR SYSTEM_TIME AS OF o.quantity AS c ON o.customer_id = c.customer_id',
      'not-a-time-attribute',
      'o.quantity',
      /FOR SYSTEM_TIME AS OF must name a time attribute of the left table/,
    );
  });
  test('USE and CREATE earlier in the file apply to later statements', () => {
    const sql = 'USE nexmark;\nSELECT auction FROM bid;\nCREATE TABLE t (a INT) WITH (\'connector\' = \'datagen\');\nSELECT a FROM t;';
    const r = analyze(sql);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.contexts[1], { catalog: 'examples', database: 'nexmark' });
    assert.equal(r.statements[3]?.plan?.kind, 'scan');
  });
  test('semantic info records what names resolved to', () => {
    const sql = 'SELECT c.url FROM clicks AS c';
    const info = analyze(sql).statements[0]!.info;
    const table = info.names.find((n) => n.kind === 'table');
    assert.equal(table?.kind === 'table' && table.path.name, 'clicks');
    const col = info.names.find((n) => n.kind === 'column');
    assert.ok(col && col.kind === 'column');
    assert.equal(col.relation, 'c');
    assert.equal(col.type.kind, 'VARCHAR');
    assert.deepEqual(col.range, { ...rangeOf(sql, 'c.url'), start: { line: 1, character: 7 }, end: { line: 1, character: 12 } });
    assert.deepEqual(info.scopes[0].relations.map((r) => r.name), ['c']);
  });
});

describe('no cascades', () => {
  test('a CTE over an unknown table does not make its columns unknown', () => {
    assert.deepEqual(diagnostics('WITH r AS (SELECT * FROM nope) SELECT a, b FROM r JOIN clicks ON r.a = clicks.url').map((d) => d.code), ['analyzer/unknown-table']);
  });
  test('IS NOT JSON and ILIKE', () => {
    expectClean("SELECT url IS NOT JSON OBJECT, url ILIKE 'A%' FROM clicks");
  });
});

describe('IDE look-ups', () => {
  test('nameAt and scopeAt', async () => {
    const { nameAt, scopeAt } = await import('../../../engine/analyzer');
    const sql = 'SELECT u FROM (SELECT user_id AS u FROM clicks c) AS x';
    const info = analyze(sql).statements[0]!.info;
    const at = (needle: string, nth = 0) => ({ line: 1, character: rangeOf(sql, needle, nth).start.character + 1 });
    assert.equal(nameAt(info, at('user_id'))?.kind, 'column');
    assert.equal(nameAt(info, at('clicks'))?.kind, 'table');
    assert.deepEqual(scopeAt(info, at('user_id'))?.relations.map((r) => r.name), ['c']);
    assert.deepEqual(scopeAt(info, at('u'))?.relations.map((r) => r.name), ['x']);
  });
});

describe('views', () => {
  test('a view that does not type-check is reported where it is used', () => {
    const ds = diagnostics('CREATE VIEW v AS SELECT urll FROM clicks;\nSELECT * FROM v');
    assert.deepEqual(ds.map((d) => d.code), ['analyzer/unknown-column', 'analyzer/invalid-view']);
    assert.match(ds[1].message, /View 'v' does not type-check: Column 'urll' not found/);
    assert.deepEqual(ds[1].range, { start: { line: 1, character: 14 }, end: { line: 1, character: 15 } });
  });
  test('a view plans as its query', () => {
    assert.match(planOf('CREATE VIEW v AS SELECT url FROM clicks WHERE view_time > 3;\nSELECT url FROM v'), /Filter: view_time > 3\n\s+TableScan: examples.marketplace.clicks/);
  });
});
