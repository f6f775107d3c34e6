-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id, COALESCE(qty, 0) AS q, NULLIF(product, 'apple') AS p, IF(qty IS NULL, -1, qty) AS q2 FROM orders;
