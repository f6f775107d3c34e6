-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- IN on a GROUP BY column in the SELECT list: a mark join on the aggregate row.
SELECT customer_id, COUNT(*) AS n, customer_id IN (SELECT customer_id FROM customers WHERE tier = 'gold') AS gold FROM orders GROUP BY customer_id;
