-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE ticks (
  symbol STRING, price INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/ticks.csv', 'format' = 'csv');

SELECT * FROM ticks MATCH_RECOGNIZE (
  PARTITION BY symbol ORDER BY ts
  MEASURES FIRST(S.price) AS start_price, COUNT(D.price) AS downs, LAST(U.price) AS last_up
  AFTER MATCH SKIP PAST LAST ROW
  PATTERN (S (D U){1,2}? E)
  DEFINE D AS D.price < PREV(D.price), U AS U.price > PREV(U.price), E AS E.price < PREV(E.price)
);
