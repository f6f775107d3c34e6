/**
 * Exactly-once INSERT INTO a local topic across crashes: a real `tideline run` process,
 * SIGKILLed several times while it copies a slow bounded datagen source, then run again to
 * the end. The target holds every row exactly once: nothing lost, nothing repeated.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runCliAndKill } from '../../support/kill-cli';

const ROWS = 4000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function topicBytes(state: string): number {
  const dir = join(state, 'topics', 'local.default.target');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .reduce((a, f) => a + statSync(join(dir, f)).size, 0);
}

/** Starts `tideline run`, waits until the target grew past `atLeast` bytes, SIGKILLs it. */
async function runAndKill(args: string[], cwd: string, state: string, atLeast: number): Promise<number> {
  await runCliAndKill(args, cwd, () => topicBytes(state) > atLeast, { pollMs: 25, graceMs: 60, maxWaitMs: 15_000 });
  return topicBytes(state);
}

describe('tideline run: INSERT INTO a local topic survives SIGKILL', () => {
  test('killed three times mid-way, re-run: every row exactly once, checkpoints gone once finished', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-cp-cli-'));
    const state = join(dir, 'state');
    writeFileSync(
      join(dir, 'copy.sql'),
      `CREATE TABLE IF NOT EXISTS target (id BIGINT, v STRING) WITH ('partitions' = '2');
CREATE TEMPORARY TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '${ROWS}', 'rows-per-second' = '1000',
  'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '${ROWS}', 'fields.v.length' = '8');
SET 'execution.checkpointing.interval' = '150 ms';
INSERT INTO target SELECT id, v FROM src;
`,
    );
    const args = ['run', '--state-dir', state, 'copy.sql'];
    let size = 0;
    for (let kill = 0; kill < 3; kill++) size = await runAndKill(args, dir, state, size);
    assert.ok(size > 0, 'rows were committed before the kills');
    const cps = join(state, 'checkpoints');
    assert.ok(existsSync(cps) && readdirSync(cps).length === 1, 'the killed job left its checkpoints');

    const last = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    assert.equal(last.status, 0, last.stderr);
    assert.match(last.stderr, /copy\.sql:5: resuming from checkpoint \d+/);
    assert.match(last.stderr, /INSERT finished: target: \d+ rows/);
    const written = Number(/target: (\d+) rows/.exec(last.stderr)![1]);
    assert.ok(written < ROWS, `the last run resumed instead of starting over (wrote ${written})`);

    writeFileSync(join(dir, 'read.sql'), "SELECT id FROM target /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */;\n");
    const read = spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, '--format', 'csv', 'read.sql'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(read.status, 0, read.stderr);
    const ids = read.stdout
      .trim()
      .split('\n')
      .slice(1) // op,id
      .map((line) => Number(line.split(',')[1]))
      .sort((a, b) => a - b);
    assert.equal(ids.length, ROWS, 'no row lost and none repeated');
    assert.deepEqual(ids, Array.from({ length: ROWS }, (_, i) => i + 1));
    const jobDirs = readdirSync(cps);
    assert.deepEqual(readdirSync(join(cps, jobDirs[0]!, 'statement-4')), [], 'a finished job keeps no checkpoints');
  });

  test('a run stopped by --timeout resumes; a changed statement refuses its checkpoints until --from-scratch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-cp-cli-'));
    const state = join(dir, 'state');
    const script = (projection: string) =>
      `CREATE TABLE IF NOT EXISTS endless (id BIGINT) WITH ('partitions' = '1');
CREATE TEMPORARY TABLE gen (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '200', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '100000000');
INSERT INTO endless SELECT ${projection} FROM gen;
`;
    const run = (...extra: string[]) => spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, '--timeout', '1', ...extra, 'job.sql'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const ids = () => {
      writeFileSync(join(dir, 'read.sql'), "SELECT id FROM endless /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */;\n");
      const r = spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, '--format', 'csv', 'read.sql'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim().split('\n').slice(1).map((line) => Number(line.split(',')[1]));
    };
    writeFileSync(join(dir, 'job.sql'), script('id'));
    const first = run();
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /INSERT stopped \(timeout\)/);
    const afterFirst = ids();
    assert.ok(afterFirst.length > 0, 'the stop committed what was read');
    assert.deepEqual(afterFirst, Array.from({ length: afterFirst.length }, (_, i) => i + 1));

    const second = run();
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /job\.sql:3: resuming from checkpoint \d+/);
    const afterSecond = ids();
    assert.ok(afterSecond.length > afterFirst.length);
    assert.deepEqual(afterSecond, Array.from({ length: afterSecond.length }, (_, i) => i + 1), 'the sequence continued where it stopped');

    writeFileSync(join(dir, 'job.sql'), script('id * 10'));
    const changed = run();
    assert.equal(changed.status, 1);
    assert.match(changed.stderr, /job\.sql:3: the checkpoints in .*statement-3 were taken by a different job \(the statement or the tables it uses changed\); discard them to start over \(tideline run --from-scratch\)/);
    assert.equal(ids().length, afterSecond.length, 'nothing was written');

    const fresh = run('--from-scratch');
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.doesNotMatch(fresh.stderr, /resuming/);
    const afterFresh = ids();
    assert.deepEqual(afterFresh.slice(0, afterSecond.length), afterSecond);
    assert.equal(afterFresh[afterSecond.length], 10, 'started over: the sequence from its first row, times ten');
  });

  test('an idle job does not rewrite the same checkpoint every interval', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-cp-cli-'));
    const state = join(dir, 'state');
    writeFileSync(
      join(dir, 'idle.sql'),
      `CREATE TABLE IF NOT EXISTS quiet_in (id BIGINT);
CREATE TABLE IF NOT EXISTS quiet_out (id BIGINT);
SET 'execution.checkpointing.interval' = '50 ms';
INSERT INTO quiet_out SELECT id FROM quiet_in;
`,
    );
    const r = spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, '--timeout', '1', 'idle.sql'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    const job = readdirSync(join(state, 'checkpoints'))[0]!;
    // nothing was read or written: only the checkpoint taken at the stop
    assert.deepEqual(readdirSync(join(state, 'checkpoints', job, 'statement-4')), ['chk-00000001.json']);
  });

  test('resuming a job with a sink without transactions says it is at-least-once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-cp-cli-'));
    const state = join(dir, 'state');
    writeFileSync(
      join(dir, 'hole.sql'),
      `CREATE TEMPORARY TABLE gen (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '100');
CREATE TEMPORARY TABLE hole (id BIGINT) WITH ('connector' = 'blackhole');
INSERT INTO hole SELECT id FROM gen;
`,
    );
    const run = () => spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, '--timeout', '1', 'hole.sql'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run().status, 0);
    const again = run();
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /hole\.sql:3: resuming from checkpoint \d+ \([^)]*\); hole is at-least-once: rows written since then are written again/);
  });

  test('local topic -> local topic killed mid-way and re-run: every row exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-cp-cli-'));
    const state = join(dir, 'state');
    const rows = 300_000;
    writeFileSync(
      join(dir, 'fill.sql'),
      `CREATE TABLE IF NOT EXISTS origin (id BIGINT) WITH ('partitions' = '3');
CREATE TEMPORARY TABLE seq (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '${rows}', 'rows-per-second' = '100000000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '${rows}');
INSERT INTO origin SELECT id FROM seq;
`,
    );
    const fill = spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, 'fill.sql'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    assert.equal(fill.status, 0, fill.stderr);
    writeFileSync(
      join(dir, 'copy.sql'),
      `CREATE TABLE IF NOT EXISTS copied (id BIGINT) WITH ('partitions' = '2');
CREATE TEMPORARY TABLE origin_once (id BIGINT) WITH ('topic' = 'local.default.origin', 'scan.bounded.mode' = 'latest-offset');
SET 'execution.checkpointing.interval' = '50 ms';
INSERT INTO copied SELECT id FROM origin_once;
`,
    );
    const cps = join(state, 'checkpoints');
    const newest = () => {
      let max = 0;
      if (!existsSync(cps)) return 0;
      for (const job of readdirSync(cps)) {
        const d = join(cps, job, 'statement-4');
        if (!existsSync(d)) continue;
        for (const f of readdirSync(d)) max = Math.max(max, Number(/^chk-(\d+)\.json$/.exec(f)?.[1] ?? 0));
      }
      return max;
    };
    const child = spawn(process.execPath, [CLI, 'run', '--state-dir', state, 'copy.sql'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
    let done = false;
    void exited.then(() => (done = true));
    while (!done && newest() < 2) await sleep(5);
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL', `the copy ended by itself before it could be killed: ${err}`);

    const last = spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, 'copy.sql'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    assert.equal(last.status, 0, last.stderr);
    assert.match(last.stderr, /resuming from checkpoint \d+/);
    writeFileSync(join(dir, 'count.sql'), "SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d, MIN(id) AS lo, MAX(id) AS hi FROM copied /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */;\n");
    const count = spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, '--mode', 'snapshot', '--format', 'csv', 'count.sql'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(count.status, 0, count.stderr);
    assert.equal(count.stdout.trim().split('\n').at(-1), `+I,${rows},${rows},1,${rows}`);
  });
});
