-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE shipments (
  order_id INT, carrier STRING, ship_ts TIMESTAMP(3),
  WATERMARK FOR ship_ts AS ship_ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/shipments.csv', 'format' = 'csv');

SELECT kind, COUNT(*) AS n FROM (
  SELECT 'order' AS kind, order_id FROM orders UNION ALL SELECT 'shipment' AS kind, order_id FROM shipments) GROUP BY kind;
