-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id, TO_TIMESTAMP_LTZ(order_id * 1000, 3) AS ltz, CAST(ts AS TIMESTAMP_LTZ(3)) AS ts_ltz, UNIX_TIMESTAMP(CAST(ts AS STRING)) AS epoch FROM orders WHERE order_id <= 3;
