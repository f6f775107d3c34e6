-- mode: streaming
-- compare: final

SELECT * FROM (VALUES (1, 'x')) AS a(n, s) UNION ALL SELECT * FROM (VALUES (2, 'y'), (3, 'z')) AS b(n, s);
