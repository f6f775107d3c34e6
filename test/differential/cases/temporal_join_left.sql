-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customer_versions (
  customer_id INT, tier STRING, update_ts TIMESTAMP(3),
  PRIMARY KEY (customer_id) NOT ENFORCED,
  WATERMARK FOR update_ts AS update_ts
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customer_versions.csv', 'format' = 'csv');

SELECT o.order_id, v.tier, v.update_ts FROM orders AS o
LEFT JOIN customer_versions FOR SYSTEM_TIME AS OF o.ts AS v ON o.customer_id = v.customer_id;
