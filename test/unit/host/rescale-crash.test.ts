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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../support/repo-root';
import { RawRpc } from './rpc-client';

const ROOT = repoRoot(__dirname);
const HOST = join(ROOT, 'dist/engine-host.js');
const CLI = join(ROOT, 'dist/cli.js');
const ROWS = 60_000;
// An autoscaler round every 50 ms that wants a backlog read within 10 ms: any backlog grows the statement.
const FAST_AUTOSCALER = { TIDELINE_AUTOSCALE_INTERVAL_MS: '50', TIDELINE_AUTOSCALE_DRAIN_MS: '10' };

interface Host {
  readonly child: ChildProcess;
  readonly rpc: RawRpc;
  readonly stderr: () => string;
}

function startHost(dir: string): Host {
  const child = spawn(process.execPath, [HOST, '--state-dir', dir], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...FAST_AUTOSCALER } });
  let err = '';
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  return { child, rpc: new RawRpc(child.stdin!, child.stdout!), stderr: () => err };
}

async function call<T>(h: Host, method: string, params?: unknown): Promise<T> {
  const r = await h.rpc.request(method, params);
  assert.equal(r.error, undefined, `${method}: ${JSON.stringify(r.error)}\n${h.stderr()}`);
  return r.result as T;
}

interface Statement {
  name: string;
  phase: string;
  cfu: number;
  history: Array<{ phase: string; reason?: string }>;
}

const get = (h: Host, name: string) => call<Statement>(h, 'statements/get', { name });

async function until(what: string, cond: () => Promise<boolean> | boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function topicBytes(state: string, topic: string): number {
  const dir = join(state, 'topics', topic);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .reduce((a, f) => a + statSync(join(dir, f)).size, 0);
}

/** The ids in a local table, read with the CLI once no host holds the state directory. */
function idsOf(state: string, table: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-read-'));
  writeFileSync(join(dir, 'read.sql'), `SELECT id FROM ${table} /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */;\n`);
  const r = spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, '--format', 'csv', 'read.sql'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout
    .trim()
    .split('\n')
    .slice(1) // op,id
    .map((line) => Number(line.split(',')[1]))
    .sort((a, b) => a - b);
}

test('SIGKILL right after a rescale, restart: the INSERT resumes from the checkpoint the rescale wrote, at the new parallelism, every row once', async () => {
  const state = mkdtempSync(join(tmpdir(), 'tideline-rescale-crash-'));
  const first = startHost(state);
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
    await until('the copy rescaled', () => rescaled.test(first.stderr()));
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

  const second = startHost(state);
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
