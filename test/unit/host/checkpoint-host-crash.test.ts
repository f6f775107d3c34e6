/**
 * Exactly-once INSERT INTO through the engine host across a crash: the built host
 * (dist/engine-host.js) runs an INSERT from a slow bounded datagen table into a local topic,
 * is SIGKILLed mid-way, and started again on the same state directory. The statement resumes
 * from its last checkpoint by itself and completes; the target then holds every row exactly
 * once. A stopped statement, resumed, continues the same way.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HostProcess, call, startHost, until } from '../../support/host-process';
import { idsOf, topicBytes } from '../../support/local-topic-files';

const ROWS = 4000;

interface Statement {
  name: string;
  phase: string;
  history?: Array<{ phase: string; reason?: string }>;
}

async function phaseOf(h: HostProcess, name: string): Promise<string> {
  return (await call<Statement>(h, 'statements/get', { name })).phase;
}

const all = Array.from({ length: ROWS }, (_, i) => i + 1);

async function setUp(h: HostProcess, target: string): Promise<void> {
  for (const [name, sql] of [
    [`make-${target}`, `CREATE TABLE ${target} (id BIGINT, v STRING) WITH ('partitions' = '2')`],
    [
      `make-src-${target}`,
      `CREATE TABLE src_${target} (id BIGINT, v STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '${ROWS}', 'rows-per-second' = '800', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '${ROWS}', 'fields.v.length' = '6')`,
    ],
  ]) {
    await call(h, 'statements/submit', { name, sql });
    await until(`${name} COMPLETED`, async () => (await phaseOf(h, name)) === 'COMPLETED');
  }
}

const insert = (target: string) => ({
  name: `copy-${target}`,
  sql: `INSERT INTO ${target} SELECT id, v FROM src_${target}`,
  context: { settings: { 'execution.checkpointing.interval': '150 ms' } },
});

describe('engine host: INSERT INTO survives a crash and a stop', () => {
  test('SIGKILL mid-INSERT, restart: the statement resumes by itself and the target holds every row once', async () => {
    const state = mkdtempSync(join(tmpdir(), 'tideline-host-cp-'));
    const first = startHost(state);
    await setUp(first, 'target');
    await call(first, 'statements/submit', insert('target'));
    await until('rows committed', () => topicBytes(state, 'local.default.target') > 0);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await phaseOf(first, 'copy-target'), 'RUNNING');
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');

    const second = startHost(state);
    try {
      await until('copy-target COMPLETED', async () => (await phaseOf(second, 'copy-target')) === 'COMPLETED');
      const s = await call<Statement>(second, 'statements/get', { name: 'copy-target' });
      assert.match(JSON.stringify(s), /engine host restarted; resuming from its last checkpoint/);
      assert.match(second.stderr(), /statement copy-target: resuming from checkpoint \d+/);
    } finally {
      second.child.stdin!.end();
      await once(second.child, 'exit');
    }
    assert.deepEqual(idsOf(state, 'target'), all);
  });

  test('statements/stop mid-INSERT, then statements/resume: it continues from its checkpoint, every row once', async () => {
    const state = mkdtempSync(join(tmpdir(), 'tideline-host-cp-'));
    const h = startHost(state);
    try {
      await setUp(h, 'halted');
      await call(h, 'statements/submit', insert('halted'));
      await until('rows committed', () => topicBytes(state, 'local.default.halted') > 0);
      await call(h, 'statements/stop', { name: 'copy-halted' });
      await until('copy-halted STOPPED', async () => (await phaseOf(h, 'copy-halted')) === 'STOPPED');
      const stoppedAt = topicBytes(state, 'local.default.halted');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(topicBytes(state, 'local.default.halted'), stoppedAt, 'nothing is written while stopped');
      await call(h, 'statements/resume', { name: 'copy-halted' });
      await until('copy-halted COMPLETED', async () => (await phaseOf(h, 'copy-halted')) === 'COMPLETED');
      assert.match(h.stderr(), /statement copy-halted: resuming from checkpoint \d+/);
    } finally {
      h.child.stdin!.end();
      await once(h.child, 'exit');
    }
    assert.deepEqual(idsOf(state, 'halted'), all);
  });
});
