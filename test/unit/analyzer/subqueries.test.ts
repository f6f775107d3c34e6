/** Subqueries into joins (decorrelation): the logical plans, and what is refused with its reason. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, planOf } from './helpers';

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

test('what does not decorrelate is refused with the reason', () => {
  const r = analyze(`SELECT order_id FROM orders o WHERE o.quantity > 3 OR EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = o.customer_id)`);
  const last = r.statements[r.statements.length - 1]!;
  assert.equal(last.plan, undefined);
  assert.ok(last.unsupported?.some((w) => /EXISTS other than as a condition ANDed into WHERE/.test(w)), String(last.unsupported));
  const agg = analyze(`SELECT name FROM customers c WHERE c.customer_id > (SELECT MAX(o.customer_id) FROM orders o WHERE o.quantity > c.customer_id)`);
  assert.ok(agg.statements[agg.statements.length - 1]!.unsupported?.includes('a correlated predicate other than an equality under an aggregate'));
});
