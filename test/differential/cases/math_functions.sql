-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id, ABS(qty - 3) AS a, MOD(order_id, 4) AS m, POWER(qty, 2) AS p, ROUND(amount, 1) AS r, FLOOR(amount) AS f, CEIL(amount) AS c, SIGN(qty - 2) AS s, TRUNCATE(amount, 0) AS t
FROM orders;
