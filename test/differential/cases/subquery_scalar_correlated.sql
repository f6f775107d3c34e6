-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- Correlated scalar subqueries: COUNT of no rows is 0, SUM of no rows NULL.
SELECT name,
  (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.customer_id) AS orders_count,
  (SELECT SUM(amount) FROM orders o WHERE o.customer_id = c.customer_id AND o.qty > 1) AS big_amount
FROM customers c;
