-- mode: streaming
-- compare: final
-- Legacy group window (GROUP BY TUMBLE(...), deprecated in Flink but still run by it) with a
-- WHERE before it, another key, its _START / _END / _ROWTIME and a HAVING.
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT customer_id, TUMBLE_START(ts, INTERVAL '2' MINUTE) AS ws, TUMBLE_END(ts, INTERVAL '2' MINUTE) AS we,
  TUMBLE_ROWTIME(ts, INTERVAL '2' MINUTE) AS wt, COUNT(*) AS n, SUM(qty) AS qty
FROM orders WHERE product <> 'banana'
GROUP BY TUMBLE(ts, INTERVAL '2' MINUTE), customer_id HAVING COUNT(*) >= 1 AND customer_id < 5;
