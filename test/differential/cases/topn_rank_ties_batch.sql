-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

-- RANK() <= 2 keeps ties (equal qty share a rank).
SELECT product, order_id, qty, r FROM (
  SELECT *, RANK() OVER (PARTITION BY product ORDER BY qty DESC) AS r FROM orders WHERE qty IS NOT NULL)
WHERE r <= 2;
