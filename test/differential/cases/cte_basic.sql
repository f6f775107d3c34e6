-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

WITH per_customer AS (SELECT customer_id, SUM(qty) AS q FROM orders GROUP BY customer_id),
     ranked AS (SELECT customer_id, q, q > 5 AS big FROM per_customer)
SELECT * FROM ranked WHERE q IS NOT NULL;
