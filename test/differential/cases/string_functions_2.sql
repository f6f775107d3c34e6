-- mode: streaming
-- compare: exact
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

SELECT customer_id, LOWER(name) AS lo, INITCAP(city) AS ic, REVERSE(name) AS rev, LEFT(name, 2) AS l2, RIGHT(city, 3) AS r3,
  name LIKE 'A%' AS starts_a, city SIMILAR TO 'P.*' AS sim, REGEXP_REPLACE(name, '[aeiou]', '_') AS rr, SPLIT_INDEX(city, 'r', 0) AS si
FROM customers;
