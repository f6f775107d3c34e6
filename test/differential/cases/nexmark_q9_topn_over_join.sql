-- mode: streaming
-- compare: final
-- upsert-key: customer_id
-- Nexmark q9's shape: a comma join whose WHERE holds the equality and a one-sided time bound
-- (a regular join, not an interval join), ROW_NUMBER over it under a renaming projection, Top-1.
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE shipments (
  order_id INT, carrier STRING, ship_ts TIMESTAMP(3),
  WATERMARK FOR ship_ts AS ship_ts - INTERVAL '30' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/shipments.csv', 'format' = 'csv');

SELECT customer_id, order_id, product, carrier, shipped FROM (
  SELECT O.*, S.carrier, S.ship_ts AS shipped,
    ROW_NUMBER() OVER (PARTITION BY O.customer_id ORDER BY S.ship_ts DESC, O.order_id ASC) AS rownum
  FROM orders O, shipments S
  WHERE O.order_id = S.order_id AND S.ship_ts >= O.ts AND O.qty IS NOT NULL
) WHERE rownum <= 1;
