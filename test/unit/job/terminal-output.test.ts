import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TerminalOutput } from '../../../engine/job/terminal-output';
import { ResultCounters } from '../../../engine/results/counters';
import { formatTimestamp } from '../../../engine/formats/temporal-text';
import { T } from '../../../engine/types/logical-type';
import { RowKind } from '../../../engine/runtime/changelog';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { runScript } from '../../../engine/job/run-script';

test('the live table status line shows the job watermark, not the results channel counters', () => {
  let out = '';
  const t = new TerminalOutput({ format: 'table', isTTY: true, out: (s) => (out += s), err: () => {} });
  t.beginQuery({ location: 'q.sql:1', fields: [{ name: 'id', type: T.int() }], mode: { kind: 'append', deletes: false }, snapshot: false });
  const job = new ResultCounters();
  job.count(undefined, 1);
  const wm = Date.UTC(2024, 0, 1, 10, 0, 30);
  job.watermark = wm;
  t.changes([RowKind.Insert], [[1]], job.snapshot());
  t.endQuery({ reason: 'timeout', counters: job.snapshot(), elapsedMs: 5 });
  const status = out.split('\n').filter((l) => l.startsWith('rows:')).pop();
  assert.ok(status?.includes(`watermark: ${formatTimestamp(wm)}`), status);
});

test('the end of bounded input (+inf) keeps the last watermark the job had', () => {
  const c = new ResultCounters();
  c.watermark = Number.NEGATIVE_INFINITY;
  assert.equal(c.snapshot().watermark, undefined);
  c.watermark = 1000;
  assert.equal(c.snapshot().inputEnded, undefined);
  c.watermark = Number.POSITIVE_INFINITY;
  assert.equal(c.snapshot().watermark, 1000);
  assert.equal(c.snapshot().inputEnded, true);
});

test('a bounded source read in one round ends with "watermark: end of input" on the live status line, not "-"', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-status-'));
  try {
    writeFileSync(join(dir, 'e.csv'), '1,a,2024-01-01 10:00:01\n2,b,2024-01-01 10:00:20\n3,c,2024-01-01 10:00:45\n');
    const { manager } = await openCatalogs({ stateDir: join(dir, 'state') });
    let out = '';
    const output = new TerminalOutput({ format: 'table', isTTY: true, out: (s) => (out += s), err: () => {} });
    const sql =
      `CREATE TEMPORARY TABLE e (id INT, s STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) ` +
      `WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'e.csv')}', 'format' = 'csv');\nSELECT * FROM e;\n`;
    const r = await runScript(sql, { file: 'e.sql', catalog: manager, stateDir: join(dir, 'state'), output });
    assert.equal(r.failed, undefined);
    const status = out.split('\n').filter((l) => l.startsWith('rows:')).pop() ?? '';
    assert.match(status, /^rows: 3 .* watermark: end of input {2}\+I 3/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after a finite watermark, the end of input is said beside it', () => {
  let out = '';
  const t = new TerminalOutput({ format: 'table', isTTY: true, out: (s) => (out += s), err: () => {} });
  t.beginQuery({ location: 'q.sql:1', fields: [{ name: 'id', type: T.int() }], mode: { kind: 'append', deletes: false }, snapshot: false });
  const job = new ResultCounters();
  job.count(undefined, 1);
  const wm = Date.UTC(2024, 0, 1, 10, 0, 30);
  job.watermark = wm;
  t.changes([RowKind.Insert], [[1]], job.snapshot());
  job.watermark = Number.POSITIVE_INFINITY;
  t.endQuery({ reason: 'end', counters: job.snapshot(), elapsedMs: 5 });
  const status = out.split('\n').filter((l) => l.startsWith('rows:')).pop();
  assert.ok(status?.includes(`watermark: ${formatTimestamp(wm)} (end of input)`), status);
});

test('the live status line shows the sources\' lag when they can tell (Kafka), and nothing when they cannot', () => {
  const status = (backlog: number | undefined) => {
    let out = '';
    const t = new TerminalOutput({ format: 'table', isTTY: true, out: (s) => (out += s), err: () => {} });
    t.beginQuery({ location: 'q.sql:1', fields: [{ name: 'id', type: T.int() }], mode: { kind: 'append', deletes: false }, snapshot: false });
    const job = new ResultCounters();
    job.count(undefined, 1);
    job.backlog = backlog;
    t.changes([RowKind.Insert], [[1]], job.snapshot());
    t.endQuery({ reason: 'timeout', counters: job.snapshot(), elapsedMs: 5 });
    return out.split('\n').filter((l) => l.startsWith('rows:')).pop() ?? '';
  };
  assert.match(status(1234), /watermark: - {2}lag: 1234 {2}\+I 1/);
  assert.doesNotMatch(status(undefined), /lag:/);
});
