/**
 * A rescale writes a durable checkpoint: the built host (dist/engine-host.js), with a fast
 * autoscaler, copies a 4-partition local topic into another with an INSERT whose periodic
 * checkpoints are far apart, so the only checkpoints are the ones its rescales write. The
 * host is SIGKILLed right after the autoscaler rescaled it, and started again: the statement
 * resumes from that checkpoint (its rows before it committed, the rest replayed) at the
 * parallelism it was rescaled to, and the target holds every row exactly once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HostProcess, call, startHost, until } from '../../support/host-process';
import { idsOf, topicBytes } from '../../support/local-topic-files';

const ROWS = 60_000;
// An autoscaler round every 50 ms that wants a backlog read within 10 ms: any backlog grows the statement.
const FAST_AUTOSCALER = { TIDELINE_AUTOSCALE_INTERVAL_MS: '50', TIDELINE_AUTOSCALE_DRAIN_MS: '10' };

interface Statement {
  name: string;
  phase: string;
  cfu: number;
  history: Array<{ phase: string; reason?: string }>;
}

const get = (h: HostProcess, name: string) => call<Statement>(h, 'statements/get', { name });

test('SIGKILL right after a rescale, restart: the INSERT resumes from the checkpoint the rescale wrote, at the new parallelism, every row once', async () => {
  const state = mkdtempSync(join(tmpdir(), 'tideline-rescale-crash-'));
  const first = startHost(state, FAST_AUTOSCALER);
  let rescaledTo = 0;
  let checkpoint = 0;
  try {
    await call(first, 'pools/create', { name: 'p', maxCfu: 3 });
    for (const [name, sql] of [
      ['make-src', "CREATE TABLE src (id BIGINT, v STRING) WITH ('connector' = 'local', 'topic' = 'src', 'partitions' = '4')"],
      ['make-gen', `CREATE TABLE gen (id BIGINT, v STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '${ROWS}', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '${ROWS}', 'fields.v.length' = '24')`],
      ['fill', 'INSERT INTO src SELECT id, v FROM gen'],
      ['make-dst', "CREATE TABLE dst (id BIGINT, v STRING) WITH ('connector' = 'local', 'topic' = 'dst', 'partitions' = '2')"],
    ]) {
      await call(first, 'statements/submit', { name, sql, pool: 'p' });
      await until(`${name} COMPLETED`, async () => (await get(first, name!)).phase === 'COMPLETED');
    }
    assert.equal(topicBytes(state, 'dst'), 0);
    await call(first, 'statements/submit', {
      name: 'copy',
      pool: 'p',
      sql: "INSERT INTO dst SELECT id, v FROM src /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */",
      context: { settings: { 'execution.checkpointing.interval': '600 s' } },
    });
    // The autoscaler sees 4 splits and the rows waiting in them: it grows the copy, writing a checkpoint first.
    const rescaled = /statement copy: parallelism 1 -> (\d) \(checkpoint (\d+) first, /;
    await until('the copy rescaled', () => rescaled.test(first.stderr()), 120_000, 5);
    // The decision is the statement's reason (statements/get and statements/changed) and its last decision (scaling).
    const grown = /^autoscaler: 1 -> \d CFU \(grow: need \d+ for \d+ rec\/s at \d+ rec\/s per slot/;
    const view = await call<Statement & { reason?: string; scaling?: { parallelism: number; reason: string } }>(first, 'statements/get', { name: 'copy' });
    first.child.kill('SIGKILL');
    // (a later round may have changed it again by the time it answered)
    assert.match(view.reason!, /^autoscaler: \d -> \d CFU \((grow|shrink): need \d+ for \d+ rec\/s/);
    assert.ok(view.scaling && view.scaling.parallelism >= 1 && view.scaling.reason.length > 0, JSON.stringify(view.scaling));
    assert.ok(
      first.rpc.notifications.some((n) => {
        const st = (n.params as { statement?: { name: string; reason?: string } }).statement;
        return n.method === 'statements/changed' && st?.name === 'copy' && grown.test(st.reason ?? '');
      }),
      'statements/changed carried the reason',
    );
    await once(first.child, 'exit');
    const m = rescaled.exec(first.stderr())!;
    rescaledTo = Number(m[1]);
    checkpoint = Number(m[2]);
  } finally {
    if (first.child.exitCode === null && first.child.signalCode === null) {
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');
    }
  }
  assert.ok(rescaledTo > 1 && rescaledTo <= 3, `rescaled to ${rescaledTo}`);
  assert.match(first.stderr(), new RegExp(`statement copy: checkpoint ${checkpoint} written before rescaling to ${rescaledTo}`));
  assert.ok(topicBytes(state, 'dst') > 0, 'the checkpoint committed the rows written before it');

  const second = startHost(state, FAST_AUTOSCALER);
  try {
    await until('copy COMPLETED', async () => (await get(second, 'copy')).phase === 'COMPLETED');
    const s = await get(second, 'copy');
    const restarted = s.history.findIndex((h) => h.reason === 'engine host restarted; resuming from its last checkpoint');
    assert.ok(restarted > 0, JSON.stringify(s.history));
    // It starts again at the parallelism it was rescaled to (and the autoscaler may change it from there).
    const again = s.history[restarted + 1]!;
    assert.equal(again.phase, 'RUNNING');
    assert.match(again.reason!, new RegExp(`^(${rescaledTo} CFU|autoscaler: ${rescaledTo} -> \\d CFU .*)$`));
    // Resumed from the rescale's checkpoint or one a later rescale wrote: never from the start.
    const resumed = /statement copy: resuming from checkpoint (\d+)/.exec(second.stderr());
    assert.ok(resumed && Number(resumed[1]) >= checkpoint, second.stderr());
  } finally {
    second.child.stdin!.end();
    await once(second.child, 'exit');
  }
  assert.deepEqual(idsOf(state, 'dst'), Array.from({ length: ROWS }, (_, i) => i + 1));
});
