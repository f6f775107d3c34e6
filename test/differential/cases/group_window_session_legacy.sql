-- mode: streaming
-- compare: final
-- Nexmark q11's shape: a legacy session group window per user (sessions are per group key).
CREATE TEMPORARY TABLE clicks (
  user_id STRING, url STRING, ms INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/clicks.json', 'format' = 'json');

SELECT user_id, COUNT(*) AS clicks, SESSION_START(ts, INTERVAL '1' MINUTE) AS starttime, SESSION_END(ts, INTERVAL '1' MINUTE) AS endtime
FROM clicks GROUP BY user_id, SESSION(ts, INTERVAL '1' MINUTE);
