/**
 * Exactly-once INSERT INTO Kafka across a crash of the engine host (what the extension
 * launches: dist/engine-host.js), against the real broker. The host is given the cluster as a
 * connection (connections/set), runs a sustained INSERT from a bounded sequence into a Kafka
 * table (sink.delivery-guarantee = exactly-once, one transaction per checkpoint) and is
 * SIGKILLed mid-stream, after some checkpoints committed and with a transaction open. Started
 * again on the same state directory, the statement resumes from its last checkpoint by itself
 * and completes; read with read_committed, the topic holds every key exactly once.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../support/kill-cli';
import { kafkaBrokers, testKafka, uniqueName } from './env';
import { type HostProcess, call, startHost, until } from '../support/host-process';

const ROWS = 6000;

const phaseOf = async (h: HostProcess, name: string) => (await call<{ phase: string; reason?: string }>(h, 'statements/get', { name })).phase;

/** Checkpoints a statement has in the host's state directory. */
function checkpoints(state: string, statement: string): number {
  const dir = join(state, 'checkpoints', statement);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^chk-\d+\.json$/.test(f)).length : 0;
}

/** Records in the topic (committed or not, control records included): the end offsets summed. */
async function topicEnd(topic: string): Promise<number> {
  const admin = testKafka('host-eo-admin').admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}

describe('engine host: exactly-once INSERT INTO Kafka across a host crash (real broker)', () => {
  test('SIGKILL the host mid-INSERT, restart it: the statement resumes by itself and read_committed sees every key once', async () => {
    const brokers = kafkaBrokers().join(',');
    const topic = uniqueName('host-eo');
    const admin = testKafka('host-eo-admin').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    await admin.disconnect();

    const state = mkdtempSync(join(tmpdir(), 'tideline-host-eo-'));
    const first = startHost(state);
    try {
      await call(first, 'connections/set', { name: 'main', brokers: kafkaBrokers() });
      await call(first, 'pools/create', { name: 'kp', maxCfu: 2, region: ['local', 'main'] });
      for (const [name, sql] of [
        [
          'mk-dst',
          `CREATE TABLE dst (id BIGINT, v STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${brokers}', 'format' = 'json', 'sink.delivery-guarantee' = 'exactly-once', 'sink.transactional-id-prefix' = '${topic}-tx')`,
        ],
        [
          'mk-src',
          `CREATE TABLE seq (id BIGINT, v STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '${ROWS}', 'rows-per-second' = '1000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '${ROWS}', 'fields.v.length' = '6')`,
        ],
      ]) {
        await call(first, 'statements/submit', { name, sql, pool: 'kp' });
        await until(`${name} COMPLETED`, async () => (await phaseOf(first, name)) === 'COMPLETED');
      }
      await call(first, 'statements/submit', {
        name: 'copy',
        pool: 'kp',
        sql: 'INSERT INTO dst SELECT id, v FROM seq',
        context: { settings: { 'execution.checkpointing.interval': '200 ms' } },
      });
      // Some transactions committed and the next one open: kill between two checkpoints.
      await until('two checkpoints and output on the topic', async () => checkpoints(state, 'copy') >= 2 && (await topicEnd(topic)) > 0);
      await new Promise((r) => setTimeout(r, 90));
      assert.equal(await phaseOf(first, 'copy'), 'RUNNING', 'killed mid-stream, not after the end');
    } finally {
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');
    }
    const endAtKill = await topicEnd(topic);

    const second = startHost(state);
    try {
      await until('copy COMPLETED after the restart', async () => (await phaseOf(second, 'copy')) === 'COMPLETED', 120_000);
      assert.match(second.stderr(), /statement copy: resuming from checkpoint \d+/);
    } finally {
      second.child.stdin!.end();
      await once(second.child, 'exit');
    }
    assert.ok((await topicEnd(topic)) > endAtKill, 'the resumed statement wrote the rest');

    // read_committed, through Tideline's own Kafka source: every key, none twice.
    const dir = mkdtempSync(join(tmpdir(), 'tideline-host-eo-read-'));
    writeFileSync(
      join(dir, 'read.sql'),
      `CREATE TEMPORARY TABLE committed_out (id BIGINT) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${brokers}',
  'format' = 'json', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'latest-offset', 'properties.isolation.level' = 'read_committed');
SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d, MIN(id) AS lo, MAX(id) AS hi FROM committed_out;
`,
    );
    const read = spawnSync(process.execPath, [CLI, 'run', '--state-dir', join(dir, 'state'), '--mode', 'snapshot', '--format', 'csv', 'read.sql'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(read.status, 0, read.stderr);
    assert.equal(read.stdout.trim().split('\n').at(-1), `+I,${ROWS},${ROWS},1,${ROWS}`);
  });
});
