/** Lookup joins (FOR SYSTEM_TIME AS OF a PROCTIME() column) end to end through runScript: plan text, results, refusals. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScriptLines } from './script-lines';

const dir = mkdtempSync(join(tmpdir(), 'tideline-lookup-job-'));
writeFileSync(join(dir, 'orders.csv'), ['1,1,10', '2,2,20', '3,9,30', '4,1,40', ''].join('\n'));
writeFileSync(join(dir, 'customers.csv'), ['1,Alice,Paris', '2,Bob,Berlin', ''].join('\n'));
const DDL = `CREATE TEMPORARY TABLE orders (order_id INT, customer_id INT, amount INT, pt AS PROCTIME())
WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'orders.csv')}', 'format' = 'csv');
CREATE TEMPORARY TABLE customers (customer_id INT, name STRING, city STRING, shout AS UPPER(name), PRIMARY KEY (customer_id) NOT ENFORCED)
WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'customers.csv')}', 'format' = 'csv', 'lookup.cache' = 'PARTIAL');
CREATE TEMPORARY TABLE ticks (n BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
`;

function run(sql: string): Promise<string[]> {
  return runScriptLines(DDL + sql, { stateDir: join(dir, 'state') });
}

const LEFT = `SELECT o.order_id, c.name, c.shout FROM orders AS o
LEFT JOIN customers FOR SYSTEM_TIME AS OF o.pt AS c ON o.customer_id = c.customer_id AND c.city <> 'Berlin';`;

describe('lookup joins', () => {
  test('EXPLAIN shows a LookupJoin on the table, not a stream of it', async () => {
    const text = (await run(`EXPLAIN ${LEFT}`)).join('\n');
    assert.match(text, /LookupJoin\(table=\[local\.default\.customers\], joinType=\[LeftOuterJoin\], lookup=\[customer_id=customer_id\], where=\[city <> 'Berlin'\]/);
    assert.doesNotMatch(text, /TableSourceScan\(table=\[local\.default\.customers\]/);
  });

  test('LEFT: each probe row gets the matching rows (computed columns and the condition applied) or NULLs', async () => {
    assert.deepEqual((await run(LEFT)).sort(), ['+I[1, Alice, ALICE]', '+I[2, null, null]', '+I[3, null, null]', '+I[4, Alice, ALICE]']);
  });

  test('INNER drops probe rows without a match', async () => {
    const rows = await run(`SELECT o.order_id, c.city FROM orders o JOIN customers FOR SYSTEM_TIME AS OF o.pt AS c ON o.customer_id = c.customer_id;`);
    assert.deepEqual(rows.sort(), ['+I[1, Paris]', '+I[2, Berlin]', '+I[4, Paris]']);
  });

  test('an expression on the probe side is computed, looked up, and dropped from the result (Nexmark q13: MOD(key, n) = t.key)', async () => {
    const sql = `SELECT o.order_id, c.customer_id, c.name FROM orders AS o
LEFT JOIN customers FOR SYSTEM_TIME AS OF o.pt AS c ON MOD(o.amount, 30) / 10 = c.customer_id AND c.name <> 'Bob';`;
    assert.match((await run(`EXPLAIN ${sql}`)).join('\n'), /lookup=\[customer_id=\$lookup0\], where=\[name <> 'Bob'\]/);
    // amounts 10, 20, 30, 40: keys 1, 2, 0, 1; Bob (2) fails the condition.
    assert.deepEqual((await run(sql)).sort(), ['+I[1, 1, Alice]', '+I[2, null, null]', '+I[3, null, null]', '+I[4, 1, Alice]']);
  });

  test('a connector without lookups, or a query on the right side, is refused with the reason', async () => {
    await assert.rejects(
      run(`SELECT o.order_id FROM orders o JOIN ticks FOR SYSTEM_TIME AS OF o.pt AS t ON o.customer_id = t.n;`),
      /ticks cannot be looked up: the 'datagen' connector answers no lookups/,
    );
    await assert.rejects(
      run(`SELECT o.order_id FROM orders o JOIN customers FOR SYSTEM_TIME AS OF o.pt AS c ON o.amount > 10;`),
      /a lookup join needs an equality/,
    );
  });
});
