-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT UPPER(SUBSTRING(product, 1, 1)) AS first_letter, COUNT(*) AS n, MIN(order_id) AS first_id FROM orders GROUP BY UPPER(SUBSTRING(product, 1, 1));
