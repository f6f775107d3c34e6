/** Scalar subqueries that are not aggregates run through SINGLE_VALUE: one row's value, NULL for none, an error for more. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScriptLines } from './script-lines';

const dir = mkdtempSync(join(tmpdir(), 'tideline-scalar-'));
writeFileSync(join(dir, 'people.csv'), ['1,Ann,Paris', '2,Bob,Paris', '3,Cy,Rome', ''].join('\n'));
const DDL = `CREATE TEMPORARY TABLE people (id INT, name STRING, city STRING)
WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'people.csv')}', 'format' = 'csv');
`;
const run = (sql: string) => runScriptLines(DDL + sql, { stateDir: join(dir, 'state') });

/** The changelog applied: the rows that remain. */
function final(lines: readonly string[]): string[] {
  const rows: string[] = [];
  for (const l of lines) {
    const row = l.slice(2);
    if (l.startsWith('+')) rows.push(row);
    else rows.splice(rows.indexOf(row), 1);
  }
  return rows.sort();
}

test('one row: its value; no row: NULL', async () => {
  const rows = await run(`SELECT id, (SELECT name FROM people q WHERE q.city = p.city AND q.id > 2) AS other FROM people p;`);
  assert.deepEqual(final(rows), ['[1, null]', '[2, null]', '[3, Cy]']);
});

test('more than one row is an error that says so', async () => {
  await assert.rejects(run(`SELECT id, (SELECT name FROM people WHERE city = 'Paris') AS n FROM people;`), /a scalar subquery returned more than one row \(2\)/);
});
