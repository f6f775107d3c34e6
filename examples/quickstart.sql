-- tideline: catalog=examples database=marketplace pool=default
--
-- Tideline quickstart. Every table here comes from the built-in `examples` catalog: streams
-- generated on your machine, with event-time watermarks. No Kafka needed.
-- Put the cursor in a statement and press Ctrl+Enter (or click ▶ Run above it).

-- 1. The raw stream: clicks as they happen.
SELECT click_id, user_id, url, ts
FROM clicks;

-- 2. A continuously updating aggregate: orders and revenue per customer (+I, then -U/+U).
SELECT customer_id, COUNT(*) AS orders, SUM(price * quantity) AS revenue
FROM orders
GROUP BY customer_id;

-- 3. A tumbling window: clicks per 5 seconds and URL, emitted once, when the watermark
--    (event time minus 5 seconds) passes the end of each window.
SELECT window_start, window_end, url, COUNT(*) AS clicks
FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '5' SECOND))
GROUP BY window_start, window_end, url;

-- 4. Top 3 products by revenue, kept up to date.
SELECT product_id, revenue, row_num
FROM (
  SELECT product_id, revenue,
         ROW_NUMBER() OVER (ORDER BY revenue DESC) AS row_num
  FROM (
    SELECT product_id, SUM(price * quantity) AS revenue
    FROM orders
    GROUP BY product_id
  )
)
WHERE row_num <= 3;
