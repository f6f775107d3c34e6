-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE late_events (
  k STRING, v INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/events_late.csv', 'format' = 'csv');

SELECT k, window_start, COUNT(*) AS n, SUM(v) AS s
FROM TABLE(TUMBLE(TABLE late_events, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY k, window_start, window_end;
