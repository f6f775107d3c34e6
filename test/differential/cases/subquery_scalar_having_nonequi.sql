-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

-- A HAVING subquery correlated by a non-equi predicate on the GROUP BY column (customer_id first in the FROM row, see subquery_scalar_having_correlated_flink_index).
SELECT customer_id, COUNT(*) AS n FROM (SELECT customer_id, qty FROM orders) o GROUP BY customer_id HAVING COUNT(*) > (SELECT COUNT(*) FROM customers c WHERE c.customer_id < o.customer_id);
