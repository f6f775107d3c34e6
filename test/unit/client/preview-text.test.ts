import { test } from 'node:test';
import assert from 'node:assert/strict';
import { previewText } from '../../../client/run/preview-text';
import type { Run } from '../../../client/run/statement-runs';
import type { StatementView } from '../../../client/views/engine-types';

function run(view: Partial<StatementView>, extra: Partial<Run> = {}): Run {
  return {
    name: 's1',
    uri: 'file:///q.sql',
    sql: 'SELECT 1',
    line: 0,
    view: { name: 's1', pool: 'default', principal: 'me', sql: 'SELECT 1', createdAt: 0, phase: 'RUNNING', ...view },
    received: 0,
    latest: [],
    lateRows: 0,
    ...extra,
  };
}

test('a running query: phase, rows received, rate, late rows and the latest row formatted by its types', () => {
  const r = run(
    { metrics: { rows: 999, ratePerSecond: 52.4, lateRows: 0, operators: [] } },
    {
      schema: [
        { name: 'id', type: 'BIGINT NOT NULL' },
        { name: 'ts', type: 'TIMESTAMP(3) *ROWTIME*' },
        { name: 'url', type: 'STRING' },
      ],
      received: 1204,
      latest: [[17, Date.UTC(2026, 0, 2, 3, 4, 5, 6), 'https://shop.example.com/products/very-long-path']],
      lateRows: 3,
    },
  );
  assert.equal(previewText(r), '● RUNNING · 1,204 rows · 52/s · 3 late · 17 | 2026-01-02 03:04:05.006 | https://shop.example.co…');
});

test('an INSERT counts rows written from its metrics; a waiting or failed statement says why', () => {
  assert.equal(previewText(run({ kind: 'insert', metrics: { rows: 5000, ratePerSecond: 10, lateRows: 0, operators: [] } })), '● RUNNING · 5,000 rows written · 10/s');
  assert.equal(previewText(run({ phase: 'PENDING', reason: "waiting for a slot: pool 'p' has all 1 CFU in use" })), "◌ PENDING · 0 rows · waiting for a slot: pool 'p' has all 1 CFU in use");
  assert.equal(previewText(run({ phase: 'FAILED', reason: 'Division by zero' })), '✗ FAILED · 0 rows · Division by zero');
  assert.equal(previewText(run({ phase: 'COMPLETED', kind: 'ddl' })), '✓ COMPLETED · 0 rows');
});

test('a running statement whose sources can tell shows their lag, as the CLI status line does; an ended one does not', () => {
  const metrics = { rows: 5000, ratePerSecond: 10, lateRows: 0, backlog: 1234, operators: [] };
  assert.equal(previewText(run({ kind: 'insert', metrics })), '● RUNNING · 5,000 rows written · 10/s · lag 1,234');
  assert.equal(previewText(run({ kind: 'insert', metrics: { ...metrics, backlog: 0 } })), '● RUNNING · 5,000 rows written · 10/s · lag 0');
  assert.equal(previewText(run({ kind: 'insert', phase: 'STOPPED', metrics })), '■ STOPPED · 5,000 rows written');
});

test('never longer than one short line', () => {
  const r = run({}, { schema: Array.from({ length: 20 }, (_, i) => ({ name: `c${i}`, type: 'STRING' })), latest: [Array.from({ length: 20 }, () => 'x'.repeat(40))] });
  const text = previewText(r);
  assert.equal(text.length, 120);
  assert.ok(text.endsWith('…'));
});
