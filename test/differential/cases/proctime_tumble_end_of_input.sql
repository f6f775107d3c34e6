-- mode: streaming
-- compare: final
-- Nexmark q12's shape: a TUMBLE over a PROCTIME() column (a view adding it, as q12 does), here
-- one day long, over a bounded file. Apache Flink fires a processing-time window only when the
-- wall clock passes its end; at the end of bounded input it drops the pending ones, so it
-- prints nothing. Tideline fires them at the end of input (known-differences.json).
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY VIEW orders_proctime AS SELECT *, PROCTIME() AS p_time FROM orders;

SELECT customer_id, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE orders_proctime, DESCRIPTOR(p_time), INTERVAL '1' DAY))
GROUP BY customer_id, window_start, window_end;
