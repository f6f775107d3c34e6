-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- A correlated scalar subquery in HAVING on a GROUP BY column that is not the FROM row's first (see known-differences.json).
SELECT customer_id, COUNT(*) AS n FROM orders o GROUP BY customer_id HAVING COUNT(*) > (SELECT COUNT(*) FROM customers c WHERE c.customer_id = o.customer_id);
