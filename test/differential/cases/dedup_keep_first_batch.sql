-- mode: batch
-- compare: final
CREATE TEMPORARY TABLE clicks (
  user_id STRING, url STRING, ms INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/clicks.json', 'format' = 'json');

SELECT user_id, url FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts) AS rn FROM clicks) WHERE rn = 1;
