-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

SELECT order_id, UPPER(product) AS up, CHAR_LENGTH(product) AS len, SUBSTRING(product FROM 2 FOR 3) AS sub,
  CONCAT(product, '-', CAST(order_id AS STRING)) AS tag, product || '!' AS bang, TRIM('  x ') AS tr,
  REPLACE(product, 'a', 'A') AS rep, POSITION('an' IN product) AS pos, LPAD(product, 8, '*') AS lp
FROM orders;
