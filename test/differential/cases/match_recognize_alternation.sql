-- mode: streaming
-- compare: final
CREATE TEMPORARY TABLE ticks (
  symbol STRING, price INT, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/ticks.csv', 'format' = 'csv');

SELECT * FROM ticks MATCH_RECOGNIZE (
  PARTITION BY symbol ORDER BY ts
  MEASURES A.price AS a_price, LAST(B.price) AS b_price, LAST(C.price) AS c_price, D.price AS d_price
  AFTER MATCH SKIP TO NEXT ROW
  PATTERN (A (B | C) D)
  DEFINE B AS B.price > A.price, C AS C.price < A.price - 1, D AS D.price > A.price
);
