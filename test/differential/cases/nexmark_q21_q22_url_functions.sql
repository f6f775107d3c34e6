-- mode: streaming
-- compare: exact
-- Nexmark q21 / q22's shape: CASE on LOWER, REGEXP_EXTRACT with a group index (NULL when no
-- match) in the select list and the WHERE, SPLIT_INDEX past the last part (NULL).
CREATE TEMPORARY TABLE clicks (
  user_id STRING, url STRING, ms INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/clicks.json', 'format' = 'json');

SELECT user_id, url,
  CASE WHEN LOWER(url) = '/home' THEN 'h' WHEN LOWER(url) = '/cart' THEN 'c' ELSE REGEXP_EXTRACT(url, '(/|^)product/([^/]*)', 2) END AS page_id,
  SPLIT_INDEX(url, '/', 1) AS dir1, SPLIT_INDEX(url, '/', 2) AS dir2, SPLIT_INDEX(url, '/', 3) AS dir3
FROM clicks
WHERE REGEXP_EXTRACT(url, '(/|^)product/([^/]*)', 2) IS NOT NULL OR LOWER(user_id) IN ('u1', 'u3');
