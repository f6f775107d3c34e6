-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT product, MAX(cnt) AS max_cnt, MIN(cnt) AS min_cnt FROM (
  SELECT product, customer_id, COUNT(*) AS cnt FROM orders GROUP BY product, customer_id) GROUP BY product;
