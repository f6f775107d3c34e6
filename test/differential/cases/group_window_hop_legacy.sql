-- mode: streaming
-- compare: final
-- Legacy sliding group window (GROUP BY HOP(ts, slide, size)) without another key.
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT HOP_START(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE) AS ws, HOP_END(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE) AS we,
  COUNT(*) AS n, MAX(amount) AS top
FROM orders GROUP BY HOP(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE);
