-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE clicks (
  user_id STRING, url STRING, ms INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/clicks.json', 'format' = 'json');

SELECT user_id, url, ms, ms IS NULL AS no_ms, COALESCE(ms, -1) + 1 AS ms1 FROM clicks WHERE ms IS NULL OR ms > 100;
