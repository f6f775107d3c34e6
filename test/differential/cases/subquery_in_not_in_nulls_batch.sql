-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- IN / NOT IN as values in batch mode: NULL on the left is NULL over a non-empty subquery.
SELECT order_id, qty, qty IN (SELECT qty FROM orders WHERE product = 'cherry') AS i, qty NOT IN (SELECT qty FROM orders WHERE product = 'apple') AS n FROM orders;
