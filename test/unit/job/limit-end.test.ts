/** LIMIT n over an unbounded append-only stream completes once n rows arrived (reason 'end', not a timeout). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openCatalogs } from '../../../engine/catalog/setup';
import type { QueryEnd, ScriptOutput } from '../../../engine/job/output';
import { runScript } from '../../../engine/job/run-script';

async function run(sql: string, timeoutMs: number): Promise<{ rows: number; ends: QueryEnd['reason'][] }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-limit-'));
  try {
    const { manager } = await openCatalogs({ stateDir });
    let rows = 0;
    const ends: QueryEnd['reason'][] = [];
    const output: ScriptOutput = {
      beginQuery: () => {},
      changes: (_kinds, r) => (rows += r.length),
      endQuery: (end) => ends.push(end.reason),
      message: () => {},
      table: () => {},
      text: () => {},
    };
    const r = await runScript(sql, { file: 'limit.sql', catalog: manager, output, mode: 'streaming', stateDir, timeoutMs });
    if (r.failed) throw r.failed;
    return { rows, ends };
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}

test('SELECT ... LIMIT n over an unbounded stream ends after n rows', async () => {
  const r = await run('SELECT click_id, user_id FROM examples.marketplace.clicks LIMIT 3;', 120_000);
  assert.deepEqual(r, { rows: 3, ends: ['end'] });
});

test('a projection over the LIMIT keeps the count; OFFSET is skipped first', async () => {
  const r = await run('SELECT user_id + 1 AS u FROM (SELECT * FROM examples.marketplace.clicks LIMIT 2 OFFSET 1);', 120_000);
  assert.deepEqual(r, { rows: 2, ends: ['end'] });
});

test('a filter above the LIMIT may drop rows, so the query runs on until stopped', async () => {
  const r = await run('SELECT * FROM (SELECT * FROM examples.marketplace.clicks LIMIT 2) WHERE user_id < 0;', 1500);
  assert.deepEqual(r, { rows: 0, ends: ['timeout'] });
});
