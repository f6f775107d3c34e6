-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

-- upsert-key: customer_id
SELECT customer_id, order_id, qty FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY qty DESC, order_id ASC) AS rn FROM orders)
WHERE rn <= 1;
