-- mode: streaming
-- compare: final
-- flink-without: FOR SYSTEM_TIME AS OF o.proc
-- tideline-plan: lookup=[customer_id=$lookup0]
-- Lookup join: Tideline looks each order's customer up in the file at processing time. Apache
-- Flink cannot run this over files: its filesystem connector is no lookup source
-- (FileSystemTableSource implements ScanTableSource only; Flink 2.2 answers "Temporal Table Join
-- requires primary key in versioned table", or with a key "Processing-time temporal join is not
-- supported yet"). The honest equivalent Flink runs instead is the regular join against the same
-- static file (the script without FOR SYSTEM_TIME AS OF): with a table that does not change while
-- the probe side runs, a lookup join's final result is that join's.
-- Nexmark q13's shape: the probe side's key is an expression (computed on the probe row, then
-- looked up), LEFT, with a condition on the looked-up row that must read past the computed column.
CREATE TEMPORARY TABLE orders (
  order_id INT, customer_id INT, product STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3), proc AS PROCTIME()
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/orders.csv', 'format' = 'csv', 'csv.null-literal' = 'NULL');
CREATE TEMPORARY TABLE customers (
  customer_id INT, name STRING, city STRING, tier STRING
) WITH ('connector' = 'filesystem', 'path' = '${DATA}/customers.csv', 'format' = 'csv');

SELECT o.order_id, o.customer_id, c.customer_id AS looked_up, c.name FROM orders AS o
LEFT JOIN customers FOR SYSTEM_TIME AS OF o.proc AS c ON MOD(o.order_id, 6) = c.customer_id AND c.tier <> 'bronze' AND c.name <> o.product
WHERE o.amount > 5;
