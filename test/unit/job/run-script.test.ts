/** runScript in process: exact changelogs of planned operators over a CSV file with a watermark. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScriptLines } from './script-lines';

const dir = mkdtempSync(join(tmpdir(), 'tideline-job-'));
writeFileSync(
  join(dir, 'bids.csv'),
  ['1,100,10,2024-01-01 00:00:01', '2,100,20,2024-01-01 00:00:30', '1,101,15,2024-01-01 00:01:10', '3,102,5,2024-01-01 00:01:20', '2,101,25,2024-01-01 00:02:05', ''].join('\n'),
);
const DDL = `CREATE TEMPORARY TABLE bids (auction INT, bidder INT, price INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'bids.csv')}', 'format' = 'csv');
`;

function run(sql: string, mode: 'streaming' | 'batch' = 'streaming', timeoutMs?: number): Promise<string[]> {
  return runScriptLines(DDL + sql, { stateDir: join(dir, 'state'), mode, ...(timeoutMs ? { timeoutMs } : {}) });
}

describe('runScript: planned operators end to end', () => {
  test('TUMBLE window aggregate: once per window, insert-only', async () => {
    assert.deepEqual(
      await run(`SELECT window_start, window_end, COUNT(*) AS n, SUM(price) AS total
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;`),
      ['+I[2024-01-01T00:00, 2024-01-01T00:01, 2, 30]', '+I[2024-01-01T00:01, 2024-01-01T00:02, 2, 20]', '+I[2024-01-01T00:02, 2024-01-01T00:03, 1, 25]'],
    );
  });

  test('HOP window aggregate', async () => {
    assert.deepEqual(
      await run(`SELECT window_start, COUNT(*) AS n FROM TABLE(HOP(TABLE bids, DESCRIPTOR(ts), INTERVAL '30' SECOND, INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;`),
      ['+I[2023-12-31T23:59:30, 1]', '+I[2024-01-01T00:00, 2]', '+I[2024-01-01T00:00:30, 3]', '+I[2024-01-01T00:01, 2]', '+I[2024-01-01T00:01:30, 1]', '+I[2024-01-01T00:02, 1]'],
    );
  });

  test('window Top-1 per window', async () => {
    assert.deepEqual(
      await run(`SELECT window_start, auction, price FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rn
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE))) WHERE rn <= 1;`),
      ['+I[2024-01-01T00:00, 2, 20]', '+I[2024-01-01T00:01, 1, 15]', '+I[2024-01-01T00:02, 2, 25]'],
    );
  });

  test('keep-last deduplication on rowtime', async () => {
    assert.deepEqual(
      await run(`SELECT auction, price FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY ts DESC) AS rn FROM bids) WHERE rn = 1;`),
      ['+I[1, 10]', '+I[2, 20]', '-U[1, 10]', '+U[1, 15]', '+I[3, 5]', '-U[2, 20]', '+U[2, 25]'],
    );
  });

  test('OVER running sum per key, in time order', async () => {
    assert.deepEqual(
      await run(`SELECT auction, price, SUM(price) OVER (PARTITION BY auction ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM bids;`),
      ['+I[1, 10, 10]', '+I[2, 20, 20]', '+I[1, 15, 25]', '+I[3, 5, 5]', '+I[2, 25, 45]'],
    );
  });

  test('snapshot mode: a LEFT JOIN then GROUP BY gives the final counts', async () => {
    assert.deepEqual(await run(`SELECT a.auction, COUNT(b.bidder) AS n FROM bids a LEFT JOIN bids b ON a.auction = b.price GROUP BY a.auction;`, 'batch'), [
      '+I[1, 0]',
      '+I[2, 0]',
      '+I[3, 0]',
    ]);
  });

  test('batch ORDER BY ... LIMIT and UNION ALL', async () => {
    assert.deepEqual(await run('SELECT auction, price FROM bids ORDER BY price DESC LIMIT 2;', 'batch'), ['+I[2, 25]', '+I[2, 20]']);
    assert.deepEqual(await run('SELECT auction FROM bids WHERE price > 15 UNION ALL SELECT bidder FROM bids WHERE price < 10;'), ['+I[2]', '+I[2]', '+I[102]']);
  });

  test('temporal join against a versioned local table (primary key + watermark)', async () => {
    writeFileSync(join(dir, 'orders.csv'), '1,EUR,2024-01-01 00:00:30\n2,EUR,2024-01-01 00:01:30\n3,USD,2024-01-01 00:00:40\n');
    await run(`CREATE TABLE rates (currency STRING, rate INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts, PRIMARY KEY (currency) NOT ENFORCED);
INSERT INTO rates VALUES ('EUR', 10, TIMESTAMP '2024-01-01 00:00:00'), ('EUR', 12, TIMESTAMP '2024-01-01 00:01:00'), ('USD', 1, TIMESTAMP '2024-01-01 00:02:00');`);
    const out = await run(
      `CREATE TEMPORARY TABLE orders (id INT, currency STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'orders.csv')}', 'format' = 'csv');
SELECT o.id, o.currency, r.rate FROM orders o LEFT JOIN rates FOR SYSTEM_TIME AS OF o.ts AS r ON o.currency = r.currency;`,
      'streaming',
      1500,
    );
    assert.deepEqual(out, ['+I[1, EUR, 10]', '+I[2, EUR, 12]', '+I[3, USD, null]']);
  });

  test('MATCH_RECOGNIZE: a V shape per key, one row per match', async () => {
    assert.deepEqual(
      await run(`SELECT * FROM bids MATCH_RECOGNIZE (
  PARTITION BY auction ORDER BY ts
  MEASURES FIRST(A.price) AS first_price, B.price AS next_price, COUNT(A.price) AS n, MATCH_ROWTIME() AS t
  ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW
  PATTERN (A B) DEFINE B AS price > PREV(price));`),
      ['+I[1, 10, 15, 1, 2024-01-01T00:01:10]', '+I[2, 20, 25, 1, 2024-01-01T00:02:05]'],
    );
  });

  test('IN and NOT IN subqueries: semi and anti joins on the distinct keys', async () => {
    assert.deepEqual(await run('SELECT auction, price FROM bids WHERE auction IN (SELECT auction FROM bids WHERE price >= 20);'), ['+I[2, 20]', '+I[2, 25]']);
    assert.deepEqual(await run('SELECT auction, price FROM bids WHERE auction NOT IN (SELECT auction FROM bids WHERE price >= 20);'), [
      '+I[1, 10]',
      '+I[2, 20]',
      '+I[1, 15]',
      '+I[3, 5]',
      '+I[2, 25]',
      '-D[2, 20]',
      '-D[2, 25]',
    ]);
  });

  test('EXPLAIN prints both plans', async () => {
    const [text] = await run('EXPLAIN SELECT auction, COUNT(*) AS n FROM bids GROUP BY auction;');
    assert.match(text!, /== Physical Plan ==\nGroupAggregate\(groupBy=\[auction\], select=\[COUNT\(\*\) AS n\]\) changelogMode=\[I,UB,UA\] upsertKey=\[auction\]\n  TableSourceScan\(table=\[local\.default\.bids\], fields=\[auction, bidder, price, ts\], project=\[auction\], watermark=\[ts - INTERVAL '1' SECOND\]\) changelogMode=\[I\] watermark=generates/);
  });
});
