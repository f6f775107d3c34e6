-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- EXISTS over a GROUP BY ... HAVING correlated by a non-equi predicate.
SELECT name FROM customers c WHERE EXISTS (SELECT o.customer_id FROM orders o WHERE o.amount > c.customer_id * 5 GROUP BY o.customer_id HAVING COUNT(*) > 2);
