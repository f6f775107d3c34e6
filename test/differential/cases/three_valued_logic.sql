-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id, amount > 9 AND qty > 2 AS both_big, amount > 9 OR qty > 2 AS either_big, NOT (qty > 2) AS not_big, (qty > 2) IS UNKNOWN AS unknown_qty FROM orders;
