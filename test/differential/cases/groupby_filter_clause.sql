-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT customer_id, COUNT(*) FILTER (WHERE product = 'apple') AS apples, SUM(qty) FILTER (WHERE amount > 9) AS big_qty FROM orders GROUP BY customer_id;
