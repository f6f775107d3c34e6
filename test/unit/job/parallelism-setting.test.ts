/** SET 'parallelism.default' runs a script's keyed stages with that many subtasks: same result, keys interleaved differently. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScriptLines } from './script-lines';

const QUERY =
  "SELECT user_id, COUNT(*) AS n FROM examples.marketplace.clicks /*+ OPTIONS('number-of-rows'='3000', 'time-mode'='simulated') */ GROUP BY user_id;";

const run = (sql: string, mode: 'streaming' | 'batch' = 'streaming') => runScriptLines(sql, { stateDir: mkdtempSync(join(tmpdir(), 'tideline-par-')), mode });

test("SET 'parallelism.default' = '4': the same final table, each key's changes in the same order, keys interleaved differently", async () => {
  const one = await run(QUERY);
  const four = await run(`SET 'parallelism.default' = '4';\n${QUERY}`);
  assert.deepEqual([...four].sort(), [...one].sort());
  assert.notDeepEqual(four, one, 'four subtasks emit keys in another order');
  assert.ok(one.length > 100);
  const keyLines = (lines: string[], k: string) => lines.filter((l) => l.includes(`[${k},`));
  for (const k of new Set(one.map((l) => /\[(\d+),/.exec(l)?.[1]))) assert.deepEqual(keyLines(four, k!), keyLines(one, k!));
  assert.deepEqual((await run(`SET 'parallelism.default' = '3';\n${QUERY}`, 'batch')).sort(), (await run(QUERY, 'batch')).sort());
});

test("'parallelism.default' must be a whole number from 1 to 128", async () => {
  await assert.rejects(run(`SET 'parallelism.default' = '0';\n${QUERY}`), /'parallelism.default' is a whole number from 1 to 128, not '0'/);
  await assert.rejects(run(`SET 'parallelism.default' = 'two';\n${QUERY}`), /not 'two'/);
});
