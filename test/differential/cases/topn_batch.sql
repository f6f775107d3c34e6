-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT product, order_id, rn FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY product ORDER BY ts) AS rn FROM orders)
WHERE rn <= 2;
