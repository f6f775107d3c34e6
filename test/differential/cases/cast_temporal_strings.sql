-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id, CAST(ts AS STRING) AS ts_str, CAST(CAST(ts AS DATE) AS STRING) AS d_str, CAST(ts AS TIME(0)) AS t, CAST(amount AS STRING) AS amount_str FROM orders WHERE order_id <= 4;
