-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE clicks (
  user_id STRING, url STRING, ms INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/clicks.json', 'format' = 'json');

SELECT window_start, window_end, COUNT(DISTINCT user_id) AS users, SUM(ms) AS total_ms
FROM TABLE(HOP(TABLE clicks, DESCRIPTOR(ts), INTERVAL '2' MINUTE, INTERVAL '4' MINUTE)) GROUP BY window_start, window_end;
