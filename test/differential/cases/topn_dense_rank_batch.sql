-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT customer_id, order_id, qty FROM (
  SELECT *, DENSE_RANK() OVER (PARTITION BY customer_id ORDER BY qty) AS dr FROM orders WHERE qty IS NOT NULL)
WHERE dr <= 2;
