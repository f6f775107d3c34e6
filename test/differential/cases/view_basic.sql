-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

CREATE TEMPORARY VIEW big_orders AS SELECT * FROM orders WHERE amount > 9;
SELECT c.name, COUNT(*) AS n FROM big_orders b JOIN customers c ON b.customer_id = c.customer_id GROUP BY c.name;
