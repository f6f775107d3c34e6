-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- A correlated COUNT with an equality and a non-equi predicate: the distinct outer values joined with the input, aggregated by them.
SELECT order_id, (SELECT COUNT(*) FROM orders o2 WHERE o2.customer_id = o.customer_id AND o2.order_id < o.order_id) AS earlier FROM orders o;
