-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');

-- Row IN / NOT IN: columns pairwise; NOT IN rules out a row whose comparison is UNKNOWN (order 4 has a NULL qty).
SELECT order_id FROM orders
WHERE (customer_id, qty) NOT IN (SELECT customer_id, qty FROM orders WHERE product = 'cherry')
  AND (customer_id, product) IN (SELECT customer_id, product FROM orders WHERE order_id <> 1);
