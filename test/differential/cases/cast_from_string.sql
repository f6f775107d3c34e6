-- mode: streaming
-- compare: exact

SELECT CAST('42' AS INT) AS i, CAST('3.25' AS DECIMAL(5, 2)) AS d, CAST('2024-03-01' AS DATE) AS dt, CAST('2024-03-01 12:34:56' AS TIMESTAMP(3)) AS ts, TRY_CAST('x' AS INT) AS bad, CAST('true' AS BOOLEAN) AS b;
