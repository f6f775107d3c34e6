-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id, CAST(amount AS INT) AS amount_int, CAST(qty AS STRING) AS qty_str, CAST(amount AS DOUBLE) AS amount_dbl, CAST(order_id AS DECIMAL(5, 1)) AS id_dec FROM orders;
