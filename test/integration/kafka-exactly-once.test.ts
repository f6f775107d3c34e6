/**
 * Exactly-once INSERT INTO from Kafka to Kafka across crashes, against the real broker: a
 * `tideline run` process copying a topic (sink.delivery-guarantee = exactly-once, one
 * transaction per checkpoint) is SIGKILLed twice mid-way, then run again to the end. Read
 * with isolation.level read_committed, the target holds every record exactly once, and the
 * source's consumer group holds the end offsets (committed inside the same transactions).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runCliAndKill } from '../support/kill-cli';
import { kafkaBrokers, testKafka, uniqueName } from './env';

const ROWS = 60_000;

/** Newest checkpoint id in the state directory's checkpoint folders (0 when none). */
function newestCheckpoint(state: string): number {
  const root = join(state, 'checkpoints');
  let max = 0;
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const f of readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(join(d, f.name));
      const m = /^chk-(\d+)\.json$/.exec(f.name);
      if (m) max = Math.max(max, Number(m[1]));
    }
  };
  walk(root);
  return max;
}

/** Runs the copy until `checkpoints` more checkpoints were written, then SIGKILLs it mid-interval. */
async function runAndKill(args: string[], cwd: string, state: string, checkpoints: number): Promise<void> {
  const target = newestCheckpoint(state) + checkpoints;
  await runCliAndKill(args, cwd, () => newestCheckpoint(state) >= target, { pollMs: 10, graceMs: 70 });
}

describe('exactly-once INSERT INTO Kafka (real broker)', () => {
  test('Kafka -> Kafka killed twice mid-way and re-run: read_committed sees every record once', async () => {
    const src = uniqueName('eo-src');
    const dst = uniqueName('eo-dst');
    const group = uniqueName('eo-group');
    const kafka = testKafka('eo-test');
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic: src, numPartitions: 2 }, { topic: dst, numPartitions: 2 }], waitForLeaders: true });
      const producer = kafka.producer();
      await producer.connect();
      for (let from = 1; from <= ROWS; from += 5000) {
        const messages = Array.from({ length: Math.min(5000, ROWS - from + 1) }, (_, i) => ({ value: JSON.stringify({ id: from + i }) }));
        await producer.send({ topic: src, messages });
      }
      await producer.disconnect();

      const dir = mkdtempSync(join(tmpdir(), 'tideline-eo-'));
      const state = join(dir, 'state');
      const brokers = kafkaBrokers().join(',');
      writeFileSync(
        join(dir, 'copy.sql'),
        `CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'kafka', 'topic' = '${src}', 'properties.bootstrap.servers' = '${brokers}',
  'format' = 'json', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'latest-offset', 'properties.group.id' = '${group}');
CREATE TEMPORARY TABLE dst (id BIGINT) WITH ('connector' = 'kafka', 'topic' = '${dst}', 'properties.bootstrap.servers' = '${brokers}',
  'format' = 'json', 'sink.delivery-guarantee' = 'exactly-once', 'sink.transactional-id-prefix' = '${dst}-tx');
SET 'execution.checkpointing.interval' = '100 ms';
INSERT INTO dst SELECT id FROM src;
`,
      );
      const args = ['run', '--state-dir', state, 'copy.sql'];
      await runAndKill(args, dir, state, 3);
      await runAndKill(args, dir, state, 2);

      const last = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
      assert.equal(last.status, 0, last.stderr);
      assert.match(last.stderr, /copy\.sql:\d+: resuming from checkpoint \d+/);
      const written = Number(/dst: (\d+) rows/.exec(last.stderr)?.[1]);
      assert.ok(written < ROWS, `the last run resumed instead of starting over (wrote ${written})`);

      // read_committed, through Tideline's own Kafka source: all records, none twice
      writeFileSync(
        join(dir, 'read.sql'),
        `CREATE TEMPORARY TABLE out_committed (id BIGINT) WITH ('connector' = 'kafka', 'topic' = '${dst}', 'properties.bootstrap.servers' = '${brokers}',
  'format' = 'json', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'latest-offset', 'properties.isolation.level' = 'read_committed');
SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d, MIN(id) AS lo, MAX(id) AS hi FROM out_committed;
`,
      );
      const read = spawnSync(process.execPath, [CLI, 'run', '--state-dir', state, '--mode', 'snapshot', '--format', 'csv', 'read.sql'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      assert.equal(read.status, 0, read.stderr);
      assert.equal(read.stdout.trim().split('\n').at(-1), `+I,${ROWS},${ROWS},1,${ROWS}`);

      // the source positions were committed for the group with the output
      const offsets = await admin.fetchOffsets({ groupId: group, topics: [src] });
      const ends = await admin.fetchTopicOffsets(src);
      assert.deepEqual(
        offsets[0]!.partitions.map((p) => [p.partition, p.offset]).sort(),
        ends.map((p) => [p.partition, p.high]).sort(),
      );
    } finally {
      await admin.disconnect();
    }
  });
});
