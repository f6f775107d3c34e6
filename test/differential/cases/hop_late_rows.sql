-- mode: streaming
-- compare: final
-- A row late for its first sliding windows still counts in those not fired yet (Flink slices
-- HOP windows and drops a row only once its last window has fired).
CREATE TEMPORARY TABLE late_events (
  k STRING, v INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/events_late.csv', 'format' = 'csv');

SELECT k, window_start, window_end, window_time, COUNT(*) AS n, SUM(v) AS s
FROM TABLE(HOP(TABLE late_events, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '3' MINUTE)) GROUP BY k, window_start, window_end, window_time;
