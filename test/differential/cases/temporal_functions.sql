-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id, EXTRACT(MINUTE FROM ts) AS mi, HOUR(ts) AS h, DATE_FORMAT(ts, 'yyyy-MM-dd HH:mm') AS f,
  FLOOR(ts TO MINUTE) AS fl, CEIL(ts TO MINUTE) AS ce, CAST(ts AS DATE) AS d, ts + INTERVAL '1' HOUR AS later,
  TIMESTAMPDIFF(SECOND, TIMESTAMP '2024-01-01 10:00:00', ts) AS secs
FROM orders;
