-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id,
  CASE WHEN amount >= 20 THEN 'large' WHEN amount >= 10 THEN 'medium' WHEN amount IS NULL THEN 'unknown' ELSE 'small' END AS size,
  CASE product WHEN 'apple' THEN 1 WHEN 'banana' THEN 2 ELSE 0 END AS code
FROM orders;
