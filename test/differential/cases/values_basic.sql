-- mode: streaming
-- compare: exact

SELECT a, b, a * 10 AS c FROM (VALUES (1, 'one'), (2, 'two'), (3, CAST(NULL AS STRING))) AS t(a, b);
