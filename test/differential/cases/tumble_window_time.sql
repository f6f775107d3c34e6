-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE clicks (
  user_id STRING, url STRING, ms INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/clicks.json', 'format' = 'json');

SELECT user_id, window_time, COUNT(url) AS n, SUM(ms) AS total_ms
FROM TABLE(TUMBLE(DATA => TABLE clicks, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '2' MINUTE)) GROUP BY user_id, window_start, window_end, window_time;
