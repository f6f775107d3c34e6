-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- Uncorrelated scalar subqueries after a GROUP BY: in HAVING and in the SELECT list.
SELECT customer_id, COUNT(*) AS n, (SELECT COUNT(*) FROM customers) AS all_customers
FROM orders GROUP BY customer_id
HAVING COUNT(*) > (SELECT COUNT(*) / 5 FROM orders);
