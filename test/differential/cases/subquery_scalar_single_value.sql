-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- Scalar subqueries that are not aggregates (one row per outer row at most: SINGLE_VALUE).
SELECT order_id,
  (SELECT name FROM customers c WHERE c.customer_id = o.customer_id) AS customer_name,
  (SELECT city FROM customers WHERE customer_id = 4) AS city_of_4
FROM orders o;
