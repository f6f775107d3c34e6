-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE late_events (
  k STRING, v INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/events_late.csv', 'format' = 'csv');

SELECT k, v FROM late_events WHERE CURRENT_WATERMARK(ts) IS NULL OR ts > CURRENT_WATERMARK(ts);
