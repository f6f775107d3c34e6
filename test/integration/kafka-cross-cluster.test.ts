/**
 * Three independent Kafka clusters (test/infra starts three brokers): a topic of cluster A
 * joined with a topic of cluster B, and that join written into a table on cluster C.
 * - `tideline run` with both connections in the credentials file creates a topic on each
 *   (through the Kafka catalog), inserts rows and joins them; the admin APIs confirm each topic
 *   lives on its own cluster.
 * - In the engine host the in-region rule sees both clusters: the join is refused in a pool
 *   whose region lacks B (the message names B and the pool) and runs to completion in a pool
 *   whose region has both.
 * - The join INSERTed INTO a table on cluster C: `tideline run` writes it (read back from C
 *   with a plain consumer, the topic on C alone); in the engine host a pool whose region has A
 *   and B but not C refuses it naming C and the pool, and one with all three runs it.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../support/repo-root';
import { RawRpc } from '../unit/host/rpc-client';
import { kafkaBrokers, kafkaBrokersB, kafkaBrokersC, registryUrl, testKafka, uniqueName } from './env';

const DIST = join(repoRoot(__dirname), 'dist');

async function topicsOf(brokers: string[]): Promise<string[]> {
  const admin = testKafka('cross-cluster-admin', brokers).admin();
  await admin.connect();
  try {
    return await admin.listTopics();
  } finally {
    await admin.disconnect();
  }
}

async function untilEnded(rpc: RawRpc, name: string): Promise<{ phase: string; reason?: string }> {
  let s: { phase: string; reason?: string } = { phase: '' };
  for (let i = 0; i < 480 && !['COMPLETED', 'FAILED', 'STOPPED'].includes(s.phase); i++) {
    s = (await rpc.request('statements/get', { name })).result as { phase: string; reason?: string };
    if (!['COMPLETED', 'FAILED', 'STOPPED'].includes(s.phase)) await new Promise((r) => setTimeout(r, 250));
  }
  return s;
}

/** `tideline run` of `file` in `dir` with the connections file; its jsonl rows, sorted. */
function runCli(dir: string, file: string): string[] {
  const run = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'run', '--mode', 'snapshot', '--format', 'jsonl', '--timeout', '60', '--state-dir', join(dir, 'state'), file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, TIDELINE_CONNECTIONS: join(dir, 'connections.json') },
    timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  return run.stdout
    .trim()
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.stringify((JSON.parse(l) as { row: unknown }).row))
    .sort();
}

describe('cross-cluster join (three real brokers + registry)', () => {
  test('a topic on cluster A joined with a topic on cluster B, written to cluster C; the in-region rule refuses what leaves the region', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-xc-'));
    const orders = uniqueName('orders').replace(/-/g, '_');
    const customers = uniqueName('customers').replace(/-/g, '_');
    const enriched = uniqueName('enriched').replace(/-/g, '_');
    const connections = [
      { name: 'a', environment: 'prod', brokers: kafkaBrokers(), registry: { url: registryUrl() } },
      { name: 'b', environment: 'prod', brokers: kafkaBrokersB(), registry: { url: registryUrl() } },
      { name: 'c', environment: 'prod', brokers: kafkaBrokersC(), registry: { url: registryUrl() } },
    ];
    writeFileSync(join(dir, 'connections.json'), JSON.stringify({ connections }));
    const bounded = "/*+ OPTIONS('scan.startup.mode'='earliest-offset','scan.bounded.mode'='latest-offset') */";
    const join_ = `SELECT o.order_id, c.name, o.amount FROM prod.a.${orders} ${bounded} AS o JOIN prod.b.${customers} ${bounded} AS c ON o.customer_id = c.customer_id`;
    const insert = `INSERT INTO prod.c.${enriched} ${join_}`;
    writeFileSync(
      join(dir, 'xc.sql'),
      [
        `CREATE TABLE prod.a.${orders} (order_id BIGINT NOT NULL, customer_id BIGINT, amount DOUBLE) DISTRIBUTED INTO 2 BUCKETS;`,
        `CREATE TABLE prod.b.${customers} (customer_id BIGINT NOT NULL, name STRING) DISTRIBUTED INTO 1 BUCKETS;`,
        `CREATE TABLE prod.c.${enriched} (order_id BIGINT NOT NULL, name STRING, amount DOUBLE) DISTRIBUTED INTO 1 BUCKETS;`,
        `INSERT INTO prod.a.${orders} VALUES (1, 10, 5.0), (2, 20, 7.5), (3, 10, 1.0), (4, 30, 2.0);`,
        `INSERT INTO prod.b.${customers} VALUES (10, 'ann'), (20, 'bob');`,
        `${join_};`,
        `${insert};`,
        '',
      ].join('\n'),
    );
    const joined = ['{"order_id":1,"name":"ann","amount":5}', '{"order_id":2,"name":"bob","amount":7.5}', '{"order_id":3,"name":"ann","amount":1}'];
    assert.deepEqual(runCli(dir, 'xc.sql'), joined);
    // The INSERT's rows are on cluster C, read back from there.
    writeFileSync(join(dir, 'read-c.sql'), `SELECT order_id, name, amount FROM prod.c.${enriched} ${bounded};\n`);
    assert.deepEqual(runCli(dir, 'read-c.sql'), joined);
    // Each topic lives on its own cluster.
    const [onA, onB, onC] = await Promise.all([topicsOf(kafkaBrokers()), topicsOf(kafkaBrokersB()), topicsOf(kafkaBrokersC())]);
    assert.ok(onA.includes(orders) && !onA.includes(customers) && !onA.includes(enriched), onA.join(', '));
    assert.ok(onB.includes(customers) && !onB.includes(orders) && !onB.includes(enriched), onB.join(', '));
    assert.ok(onC.includes(enriched) && !onC.includes(orders) && !onC.includes(customers), onC.join(', '));

    // The engine host: the region decides.
    const child = spawn(process.execPath, [join(DIST, 'engine-host.js'), '--state-dir', join(dir, 'host')], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const rpc = new RawRpc(child.stdin, child.stdout);
    try {
      for (const c of connections) assert.equal((await rpc.request('connections/set', c)).error, undefined);
      assert.equal((await rpc.request('pools/create', { name: 'eu', maxCfu: 4, region: ['a', 'local'] })).error, undefined);
      assert.equal((await rpc.request('pools/create', { name: 'global', maxCfu: 4, region: ['a', 'b', 'local'] })).error, undefined);
      assert.equal((await rpc.request('pools/create', { name: 'world', maxCfu: 4, region: ['a', 'b', 'c', 'local'] })).error, undefined);
      const refused = await rpc.request('statements/submit', { sql: join_, pool: 'eu' });
      assert.match(refused.error?.message ?? '', /statement uses cluster 'b' outside the region of pool 'eu' \(region: 'a', 'local'\)/);
      const accepted = await rpc.request('statements/submit', { sql: join_, pool: 'global', name: 'xc-join' });
      assert.equal(accepted.error, undefined, JSON.stringify(accepted.error));
      const joinEnd = await untilEnded(rpc, 'xc-join');
      assert.equal(joinEnd.phase, 'COMPLETED', joinEnd.reason);

      // Writing to C leaves the region of 'global' (A and B): refused, naming C and the pool.
      const outside = await rpc.request('statements/submit', { sql: insert, pool: 'global' });
      assert.match(outside.error?.message ?? '', /statement uses cluster 'c' outside the region of pool 'global' \(region: 'a', 'b', 'local'\)/);
      const written = await rpc.request('statements/submit', { sql: insert, pool: 'world', name: 'xc-insert' });
      assert.equal(written.error, undefined, JSON.stringify(written.error));
      const insertEnd = await untilEnded(rpc, 'xc-insert');
      assert.equal(insertEnd.phase, 'COMPLETED', insertEnd.reason);
    } finally {
      child.stdin.end();
      await new Promise((r) => child.once('exit', r));
    }
    // C now holds the join twice: the CLI's INSERT and the host's.
    assert.deepEqual(runCli(dir, 'read-c.sql'), [...joined, ...joined].sort());
  });
});
