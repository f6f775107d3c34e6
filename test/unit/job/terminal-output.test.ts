import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TerminalOutput } from '../../../engine/job/terminal-output';
import { ResultCounters } from '../../../engine/results/counters';
import { formatTimestamp } from '../../../engine/formats/temporal-text';
import { T } from '../../../engine/types/logical-type';
import { RowKind } from '../../../engine/runtime/changelog';

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
  c.watermark = Number.POSITIVE_INFINITY;
  assert.equal(c.snapshot().watermark, 1000);
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
