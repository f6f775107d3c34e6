-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE tagged (
  id INT, name STRING, tags ARRAY<STRING>, scores ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/tags.json', 'format' = 'json');

SELECT id, tag FROM tagged CROSS JOIN UNNEST(tags) AS t(tag);
