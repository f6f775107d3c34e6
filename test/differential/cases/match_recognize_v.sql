-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE ticks (
  symbol STRING, price INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/ticks.csv', 'format' = 'csv');

SELECT * FROM ticks MATCH_RECOGNIZE (
  PARTITION BY symbol ORDER BY ts
  MEASURES S0.price AS start_price, LAST(DOWN.price) AS bottom, UP.price AS up_price, UP.ts AS up_ts
  ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW
  PATTERN (S0 DOWN+ UP)
  DEFINE DOWN AS (LAST(DOWN.price, 1) IS NULL AND DOWN.price < S0.price) OR DOWN.price < LAST(DOWN.price, 1),
         UP AS UP.price > LAST(DOWN.price, 1)
);
