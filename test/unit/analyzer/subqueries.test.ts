/** Subqueries into joins (decorrelation): the logical plans, and what is refused with its reason. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, expectOne, planOf } from './helpers';

test('correlated EXISTS: a semi join on the pulled equality, the residual predicate in the join condition', () => {
  const plan = planOf(`SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.quantity > c.customer_id)`);
  assert.match(plan, /Join: SEMI, on=\[\(customer_id = customer_id\) AND \(quantity > customer_id\)\]/);
});

test('NOT IN over a nullable column is null-aware: x = y OR (x = y) IS NULL', () => {
  const plan = planOf(`SELECT order_id FROM orders WHERE quantity NOT IN (SELECT view_time FROM clicks)`);
  assert.match(plan, /Join: ANTI, on=\[\(quantity = view_time\) OR \(\(quantity = view_time\) IS NULL\)\]/);
  // Over NOT NULL columns it is a plain equality.
  assert.match(planOf(`SELECT order_id FROM orders WHERE customer_id NOT IN (SELECT user_id FROM clicks)`), /Join: ANTI, on=\[customer_id = user_id\]/);
});

test('a correlated scalar subquery: a LEFT join with the aggregate grouped by the correlation key; COUNT of no rows is 0', () => {
  const plan = planOf(`SELECT name, (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.customer_id) AS n FROM customers c`);
  assert.match(plan, /Join: LEFT, on=\[customer_id = customer_id\]/);
  assert.match(plan, /Aggregate: groupBy=\[customer_id\]/);
  assert.match(plan, /COALESCE/);
});

test('IN / EXISTS as values (under OR, NOT, in CASE, in the SELECT list): mark joins appending a BOOLEAN', () => {
  const or = planOf(`SELECT order_id FROM orders o WHERE o.quantity > 3 OR EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = o.customer_id)`);
  assert.match(or, /Filter: \(quantity > 3\) OR \$mark\d+/);
  assert.match(or, /Join: MARK, on=\[customer_id = customer_id\]/);
  // IN: the comparison is the mark, three-valued; NOT IN is NOT over the column.
  const notIn = planOf(`SELECT order_id, quantity NOT IN (SELECT view_time FROM clicks) AS n FROM orders`);
  assert.match(notIn, /Project: order_id, NOT \$mark\d+ AS n/);
  assert.match(notIn, /Join: MARK, on=\[TRUE\], mark=\[quantity = view_time\]/);
  const inCase = planOf(`SELECT CASE WHEN customer_id IN (SELECT customer_id FROM customers WHERE state = 'CA') THEN 'eu' ELSE 'other' END AS r FROM orders`);
  assert.match(inCase, /Join: MARK, on=\[TRUE\], mark=\[customer_id = customer_id\]/);
  // A top-level WHERE conjunct stays a semi join, beside a mark join for the one under OR.
  const both = planOf(`SELECT order_id FROM orders o WHERE o.customer_id IN (SELECT customer_id FROM customers) AND (o.quantity > 3 OR NOT EXISTS (SELECT 1 FROM clicks k WHERE k.user_id = o.customer_id))`);
  assert.match(both, /Join: SEMI/);
  assert.match(both, /Join: MARK, on=\[user_id = customer_id\]/);
  // Inside an aggregate's argument of a GROUP BY query: joined to the FROM row.
  assert.match(planOf(`SELECT customer_id, COUNT(*) FILTER (WHERE product_id IN (SELECT product_id FROM products)) AS n FROM orders GROUP BY customer_id`), /Join: MARK/);
});

test('IN / EXISTS as values: one diagnostic per problem, nothing cascades', () => {
  expectOne(`SELECT order_id, quantity IN (SELECT quantity, order_id FROM orders) AS x FROM orders`, 'subquery-columns', 'SELECT quantity, order_id FROM orders', /must return exactly one column, but returns 2/);
  expectOne(`SELECT order_id, EXISTS (SELECT 1 FROM customers c WHERE c.nme = 'x') AS x FROM orders`, 'unknown-column', 'nme', /Column 'nme' not found in table 'c', did you mean 'name'/);
  expectOne(`SELECT order_id, order_id IN (SELECT ARRAY[1] FROM orders) AS x FROM orders`, 'argument-type-mismatch', 'order_id IN (SELECT ARRAY[1] FROM orders)', /cannot compare STRING NOT NULL with ARRAY/);
  expectOne(`SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id HAVING COUNT(*) > 1 OR customer_id IN (SELECT nme FROM customers)`, 'unknown-column', 'nme', /Column 'nme' not found, did you mean 'name'/);
  // After GROUP BY the operand must be grouped, as anywhere in the SELECT list.
  expectOne(`SELECT customer_id, product_id IN (SELECT product_id FROM products) AS x FROM orders GROUP BY customer_id`, 'not-grouped', 'product_id', /Expression 'product_id' is not being grouped/);
  // In a JOIN's ON condition: refused with the reason.
  const on = analyze(`SELECT o.order_id FROM orders o JOIN customers c ON o.customer_id = c.customer_id AND EXISTS (SELECT 1 FROM products)`);
  assert.ok(on.statements[on.statements.length - 1]!.unsupported?.some((w) => /^EXISTS \(subquery\) in ON/.test(w)));
});

test('what does not decorrelate is refused with the reason', () => {
  // A correlated reference in the FROM clause of the subquery.
  const from = analyze(`SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o JOIN products p ON p.product_id = o.product_id AND o.customer_id = c.customer_id)`);
  assert.deepEqual(from.diagnostics, []);
  assert.ok(from.statements[from.statements.length - 1]!.unsupported?.includes('a correlated reference outside a WHERE subquery (EXISTS, IN, scalar) or a LATERAL subquery'), String(from.statements[from.statements.length - 1]!.unsupported));
});

test('a correlated predicate other than an equality under an aggregate: the distinct outer values joined with the input, then aggregated by them too', () => {
  const plan = planOf(`SELECT name FROM customers c WHERE c.customer_id > (SELECT MAX(o.customer_id) FROM orders o WHERE o.quantity > c.customer_id)`);
  assert.match(plan, /Join: LEFT, on=\[customer_id = customer_id\]/);
  assert.match(plan, /Aggregate: groupBy=\[customer_id\], aggs=\[MAX\(customer_id\) AS EXPR\$0\]\n\s+Join: INNER, on=\[quantity > customer_id\]\n\s+Aggregate: groupBy=\[customer_id\], aggs=\[\]\n\s+TableScan: examples.marketplace.customers/);
  // An outer column in the subquery's SELECT list (under the aggregate) reads the distinct outer values too.
  const inSelect = planOf(`SELECT order_id, (SELECT MAX(c.customer_id + o.quantity) FROM customers c WHERE c.customer_id = o.customer_id) AS x FROM orders o`);
  assert.match(inSelect, /Join: LEFT, on=\[\(customer_id = customer_id\) AND \(quantity = quantity\)\]/);
  assert.match(inSelect, /customer_id \+ quantity AS \$f6/);
});

test('a correlated scalar subquery in HAVING: decorrelated over the aggregate row, on the GROUP BY column it names', () => {
  // A non-equi predicate: the distinct GROUP BY values joined with the subquery's input first.
  const nonEqui = planOf(`SELECT customer_id, COUNT(*) AS n FROM orders o GROUP BY customer_id HAVING COUNT(*) > (SELECT COUNT(*) FROM customers c WHERE c.customer_id < o.customer_id)`);
  assert.match(nonEqui, /Join: INNER, on=\[customer_id < customer_id\]\n\s+Aggregate: groupBy=\[customer_id\], aggs=\[\]\n\s+Aggregate: groupBy=\[customer_id\], aggs=\[COUNT\(\*\) AS n\]/);
  const plan = planOf(`SELECT customer_id, COUNT(*) AS n FROM orders o GROUP BY customer_id HAVING COUNT(*) > (SELECT COUNT(*) FROM customers c WHERE c.customer_id = o.customer_id)`);
  assert.match(plan, /Filter: n > \$scalar2\n\s+Project: customer_id, n, COALESCE\(EXPR\$0, 0\) AS \$scalar2\n\s+Join: LEFT, on=\[customer_id = customer_id\]\n\s+Aggregate: groupBy=\[customer_id\], aggs=\[COUNT\(\*\) AS n\]/);
  expectOne(
    `SELECT customer_id, COUNT(*) AS n FROM orders o GROUP BY customer_id HAVING COUNT(*) > (SELECT COUNT(*) FROM customers c WHERE c.customer_id = o.product_id)`,
    'not-grouped',
    '(SELECT COUNT(*) FROM customers c WHERE c.customer_id = o.product_id)',
    /Expression 'product_id' is not being grouped/,
  );
});

test('a correlated subquery with LIMIT is refused as Flink refuses it (unexpected correlate variable)', () => {
  expectOne(
    `SELECT order_id, (SELECT c.name FROM customers c WHERE c.customer_id = o.customer_id ORDER BY c.name LIMIT 1) AS x FROM orders o`,
    'unsupported-correlation',
    'SELECT c.name FROM customers c WHERE c.customer_id = o.customer_id ORDER BY c.name LIMIT 1',
    /^Unexpected correlate variable in the plan/,
  );
  // ORDER BY alone means nothing in a subquery: decorrelated through.
  assert.match(planOf(`SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id ORDER BY o.quantity)`), /Join: SEMI/);
});

test('IN / EXISTS in the SELECT list or HAVING of a GROUP BY query: mark joins on the aggregate row', () => {
  const plan = planOf(`SELECT customer_id, COUNT(*) AS n, customer_id IN (SELECT customer_id FROM customers) AS known FROM orders GROUP BY customer_id`);
  assert.match(plan, /Project: customer_id, n, \$mark2 AS known\n\s+Join: MARK, on=\[TRUE\], mark=\[customer_id = customer_id\]\n\s+Aggregate: groupBy=\[customer_id\], aggs=\[COUNT\(\*\) AS n\]/);
  const having = planOf(`SELECT customer_id, COUNT(*) AS n FROM orders o GROUP BY customer_id HAVING COUNT(*) > 2 OR NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = o.customer_id)`);
  assert.match(having, /Filter: \(n > 2\) OR \(NOT \$mark2\)\n\s+Join: MARK, on=\[customer_id = customer_id\]\n\s+Aggregate: groupBy=\[customer_id\]/);
});
