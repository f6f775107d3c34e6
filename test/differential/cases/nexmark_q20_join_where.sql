-- mode: streaming
-- compare: final
-- Nexmark q20's shape: an inner join with a WHERE on each side (the filters move below the join).
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

SELECT o.order_id, o.product, o.qty, c.name, c.tier FROM orders AS o INNER JOIN customers AS c ON o.customer_id = c.customer_id
WHERE c.tier IN ('gold', 'silver') AND o.qty > 1 AND o.amount > c.customer_id;
