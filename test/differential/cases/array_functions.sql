-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE tagged (
  id INT, name STRING, tags ARRAY<STRING>, scores ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/tags.json', 'format' = 'json');

SELECT id, CARDINALITY(tags) AS n, tags[1] AS first_tag, ARRAY_CONTAINS(tags, 'x') AS has_x, scores FROM tagged;
