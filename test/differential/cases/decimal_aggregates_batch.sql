-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT product, SUM(amount * qty) AS revenue, AVG(amount) AS avg_amount, CAST(AVG(CAST(qty AS DOUBLE)) AS DECIMAL(10, 3)) AS avg_qty, STDDEV_POP(CAST(qty AS DOUBLE)) IS NOT NULL AS has_sd FROM orders GROUP BY product;
