-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- NOT IN over an aggregate in HAVING (customer 1 has qty 3, 2, 2, 1).
SELECT product, SUM(qty) AS q FROM orders GROUP BY product HAVING SUM(qty) NOT IN (SELECT qty FROM orders WHERE customer_id = 1);
