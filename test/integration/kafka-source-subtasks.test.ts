/**
 * The Kafka source's consumer lag and its partitions spread over a statement's subtasks,
 * against the real broker, with a topic of 4 partitions:
 * - the executor at parallelism 2: before reading, each partition's lag is exactly what was
 *   produced into it, and partitions 0, 2 go to subtask 0 and 1, 3 to subtask 1; once read,
 *   the lag is 0; records produced later show as lag before they are read (the fetcher's high
 *   watermark), and a rescale to 1 moves every partition to subtask 0 keeping its position:
 *   every record read once.
 * - the engine host's statement runner runs a GROUP BY over the topic at parallelism 2 and is
 *   rescaled to 1 while it runs (RunHandle.rescale): its metrics show the assignment before
 *   and after, and every key is counted exactly once (no loss, no duplicates).
 * - the engine host (dist/engine-host.js) shows each partition's lag and the total in
 *   statements/get and on the Prometheus endpoint, 0 once everything is read.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openCatalogs } from '../../engine/catalog/setup';
import { getConnector } from '../../engine/connectors/registry';
import { EngineStatementRunner } from '../../engine/job/statement-runner';
import type { StatementMetrics } from '../../engine/job/statement-metrics';
import { ResultStore } from '../../engine/results/retained-results';
import type { Row } from '../../engine/runtime/changelog';
import { Executor, type SplitReaderMetrics } from '../../engine/runtime/executor/executor';
import { DataflowGraph } from '../../engine/runtime/executor/graph';
import { T } from '../../engine/types/logical-type';
import { repoRoot } from '../support/repo-root';
import { RawRpc } from '../unit/host/rpc-client';
import { tableCtx } from './kafka-connector-helpers';
import { kafkaBrokers, testKafka, uniqueName } from './env';

const HOST = join(repoRoot(__dirname), 'dist/engine-host.js');

async function createTopic(topic: string, partitions: number): Promise<void> {
  const admin = testKafka('subtasks-admin').admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

/** Produces ids `from`..`to` as JSON, id i into partition i % 4. */
async function produce(topic: string, from: number, to: number): Promise<void> {
  const producer = testKafka('subtasks-producer').producer();
  await producer.connect();
  try {
    const messages = [];
    for (let id = from; id <= to; id++) messages.push({ partition: id % 4, value: JSON.stringify({ id }) });
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `partition-N` -> [subtask, backlog] of a source's split readers. */
const assignment = (readers: readonly SplitReaderMetrics[] | undefined) => Object.fromEntries((readers ?? []).map((r) => [r.split, [r.subtask, r.backlog]]));

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

describe('kafka source: consumer lag and partitions over subtasks (real broker)', () => {
  test('executor at parallelism 2: exact lag per partition, partitions 0,2 / 1,3 by subtask, 0 once read; rescale to 1 keeps positions', async () => {
    const topic = uniqueName('lag');
    await createTopic(topic, 4);
    await produce(topic, 1, 400);
    const ctx = tableCtx(topic, [{ name: 'id', type: T.bigint() }], {
      connector: 'kafka',
      topic,
      'properties.bootstrap.servers': kafkaBrokers().join(','),
      format: 'json',
      'scan.startup.mode': 'earliest-offset',
    });
    const graph = new DataflowGraph();
    const read: number[] = [];
    graph.source('1-Source:lag', getConnector('kafka')!.createSource!(ctx));
    graph.sink('2-Sink:out', '1-Source:lag', (_kinds, rows: Row[]) => {
      for (const r of rows) read.push(r[0] as number);
    });
    const ex = new Executor(graph, { parallelism: 2, idleSleepMs: 0, batchSize: 64 });
    const source = () => ex.metrics().nodes['1-Source:lag']!;
    try {
      await ex.open();
      // Nothing read yet: the lag is what each partition holds.
      assert.deepEqual(assignment(source().splitReaders), {
        'partition-0': [0, 100],
        'partition-2': [0, 100],
        'partition-1': [1, 100],
        'partition-3': [1, 100],
      });
      assert.equal(source().backlog, 400);
      await until('400 records read', async () => (read.length >= 400 ? true : (await ex.step(), undefined)));
      assert.equal(source().backlog, 0);
      assert.deepEqual(
        (source().splitReaders ?? []).map((r) => r.backlog),
        [0, 0, 0, 0],
      );

      // Produced while the statement does not read: lag before it is read.
      await produce(topic, 401, 440);
      const waiting = await until('the new records as lag', () => (source().backlog === 40 ? source() : undefined));
      assert.deepEqual(assignment(waiting.splitReaders), {
        'partition-0': [0, 10],
        'partition-2': [0, 10],
        'partition-1': [1, 10],
        'partition-3': [1, 10],
      });
      assert.equal(ex.rescale(1), 0, 'no keyed operator in this graph');
      assert.deepEqual(
        (source().splitReaders ?? []).map((r) => [r.split, r.subtask]),
        [
          ['partition-0', 0],
          ['partition-1', 0],
          ['partition-2', 0],
          ['partition-3', 0],
        ],
      );
      await until('440 records read', async () => (read.length >= 440 ? true : (await ex.step(), undefined)));
      await ex.step();
      assert.equal(source().backlog, 0);
      assert.deepEqual([...read].sort((a, b) => a - b), ids(440));
    } finally {
      await ex.close();
    }
  });

  test('statement runner: a GROUP BY over 4 partitions at parallelism 2, rescaled to 1 while it runs, counts every key once', async () => {
    const topic = uniqueName('spread');
    await createTopic(topic, 4);
    await produce(topic, 1, 2000);
    const stateDir = mkdtempSync(join(tmpdir(), 'tideline-spread-'));
    const { manager } = await openCatalogs({ stateDir });
    const { store } = ResultStore.open(stateDir, { persistEveryMs: 60_000 });
    const log: string[] = [];
    const runner = new EngineStatementRunner({ catalog: manager, stateDir, results: store, log: (m) => log.push(m) });
    const callbacks = (done: () => void) => ({ completed: done, failed: (reason: string) => assert.fail(reason), degraded: () => undefined, recovered: () => undefined });
    let made!: () => void;
    const ddl = new Promise<void>((r) => (made = r));
    runner.start(
      {
        name: 'mk',
        sql: `CREATE TABLE src (id BIGINT) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${kafkaBrokers().join(',')}', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset')`,
        pool: 'default',
        principal: 'a',
        parallelism: 1,
      },
      callbacks(() => made()),
    );
    await ddl;
    const handle = runner.start({ name: 'q', sql: 'SELECT id, COUNT(*) AS n FROM src GROUP BY id', pool: 'default', principal: 'a', parallelism: 2 }, callbacks(() => undefined));
    const sourceOf = (m: StatementMetrics | undefined) => m?.operators.find((o) => o.name.startsWith('Source:'));
    try {
      const first = await until('the first 2000 read', () => {
        const m = runner.metrics('q');
        return sourceOf(m)?.recordsOut === 2000 && m?.backlog === 0 ? m : undefined;
      });
      assert.deepEqual(assignment(sourceOf(first)!.splitReaders), {
        'partition-0': [0, 0],
        'partition-2': [0, 0],
        'partition-1': [1, 0],
        'partition-3': [1, 0],
      });
      await handle.rescale!(1);
      // The metrics of the next round show every partition on subtask 0.
      await until('the partitions on one subtask', () => {
        const readers = sourceOf(runner.metrics('q'))?.splitReaders ?? [];
        return readers.length === 4 && readers.every((r) => r.subtask === 0) ? readers : undefined;
      });
      await produce(topic, 2001, 4000);
      await until('all 4000 read', () => {
        const m = runner.metrics('q');
        return sourceOf(m)?.recordsOut === 4000 && m?.backlog === 0 ? true : undefined;
      });
      const rows = await until('4000 keys in the result', () => {
        const r = store.get('q')!.snapshot().tableRows;
        return r.length === 4000 ? r : undefined;
      });
      assert.deepEqual(
        rows.map((r) => Number(r[0])).sort((a, b) => a - b),
        ids(4000),
      );
      assert.deepEqual([...new Set(rows.map((r) => Number(r[1])))], [1], 'every key counted once');
      assert.ok(log.some((m) => /statement q: parallelism 2 -> 1/.test(m)), log.join('\n'));
    } finally {
      await handle.stop();
      await store.close();
    }
  });

  test('engine host: statements/get and the Prometheus endpoint show each partition\'s lag and the total, 0 once read', async () => {
    const topic = uniqueName('host-lag');
    await createTopic(topic, 4);
    await produce(topic, 1, 1000);
    const child = spawn(process.execPath, [HOST, '--state-dir', mkdtempSync(join(tmpdir(), 'tideline-host-lag-')), '--metrics-port', '0'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const rpc = new RawRpc(child.stdin, child.stdout);
    const call = async <T>(method: string, params: unknown): Promise<T> => {
      const r = await rpc.request(method, params);
      assert.equal(r.error, undefined, `${method}: ${JSON.stringify(r.error)}\n${err}`);
      return r.result as T;
    };
    try {
      await call('connections/set', { name: 'main', brokers: kafkaBrokers() });
      await call('pools/create', { name: 'kp', maxCfu: 2, region: ['local', 'main'] });
      await call('statements/submit', {
        name: 'mk',
        pool: 'kp',
        sql: `CREATE TABLE lagged (id BIGINT) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${kafkaBrokers().join(',')}', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset')`,
      });
      await until('mk COMPLETED', async () => ((await call<{ phase: string }>('statements/get', { name: 'mk' })).phase === 'COMPLETED' ? true : undefined));
      await call('statements/submit', { name: 'follow', pool: 'kp', sql: 'SELECT id FROM lagged WHERE id > 0' });
      const caught = await until('all 1000 read', async () => {
        const m = (await call<{ metrics?: StatementMetrics }>('statements/get', { name: 'follow' })).metrics;
        const src = m?.operators.find((o) => o.name.startsWith('Source:'));
        return src?.recordsOut === 1000 && m?.backlog === 0 ? src : undefined;
      });
      assert.deepEqual(
        (caught.splitReaders ?? []).map((r) => [r.split, r.subtask, r.backlog]).sort(),
        [
          ['partition-0', 0, 0],
          ['partition-1', 0, 0],
          ['partition-2', 0, 0],
          ['partition-3', 0, 0],
        ],
      );
      assert.equal(caught.backlog, 0);
      const url = await until('the metrics address', () => /Prometheus metrics on (\S+)/.exec(err)?.[1]);
      const text = await (await fetch(url)).text();
      assert.match(text, /^tideline_statement_backlog_records\{statement="follow",pool="kp"\} 0$/m);
      for (let p = 0; p < 4; p++) {
        assert.match(text, new RegExp(`^tideline_source_split_backlog_records\\{statement="follow",pool="kp",source="[^"]*lagged",split="partition-${p}",subtask="0"\\} 0$`, 'm'));
      }
    } finally {
      child.stdin.end();
      await once(child, 'exit');
    }
  });
});
