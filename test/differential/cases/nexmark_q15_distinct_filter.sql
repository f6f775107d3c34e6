-- mode: streaming
-- compare: final
-- Nexmark q15-q17's shape: an unbounded GROUP BY on DATE_FORMAT with COUNT(*) FILTER and
-- several COUNT(DISTINCT ...) FILTER over the same and different columns.
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT DATE_FORMAT(ts, 'HH:mm') AS `minute`, COUNT(*) AS total, COUNT(*) FILTER (WHERE qty < 3) AS small,
  COUNT(DISTINCT customer_id) AS customers, COUNT(DISTINCT customer_id) FILTER (WHERE qty < 3) AS small_customers,
  COUNT(DISTINCT customer_id) FILTER (WHERE qty >= 3) AS big_customers, COUNT(DISTINCT product) FILTER (WHERE amount > 8) AS pricey_products,
  MAX(DATE_FORMAT(ts, 'HH:mm:ss')) AS last_second
FROM orders GROUP BY DATE_FORMAT(ts, 'HH:mm');
