/**
 * Two independent Kafka clusters (test/infra starts a second broker): a topic of cluster A
 * joined with a topic of cluster B.
 * - `tideline run` with both connections in the credentials file creates a topic on each
 *   (through the Kafka catalog), inserts rows and joins them; the admin APIs confirm each topic
 *   lives on its own cluster.
 * - In the engine host the in-region rule sees both clusters: the join is refused in a pool
 *   whose region lacks B (the message names B and the pool) and runs to completion in a pool
 *   whose region has both.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { RawRpc } from '../unit/host/rpc-client';
import { kafkaBrokers, kafkaBrokersB, registryUrl, testKafka, uniqueName } from './env';

const DIST = resolve(__dirname, '../../../dist');

async function topicsOf(brokers: string[]): Promise<string[]> {
  const admin = testKafka('cross-cluster-admin', brokers).admin();
  await admin.connect();
  try {
    return await admin.listTopics();
  } finally {
    await admin.disconnect();
  }
}

describe('cross-cluster join (two real brokers + registry)', () => {
  test('a topic on cluster A joined with a topic on cluster B; the in-region rule refuses it in a pool without B', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-xc-'));
    const orders = uniqueName('orders').replace(/-/g, '_');
    const customers = uniqueName('customers').replace(/-/g, '_');
    const connections = [
      { name: 'a', environment: 'prod', brokers: kafkaBrokers(), registry: { url: registryUrl() } },
      { name: 'b', environment: 'prod', brokers: kafkaBrokersB(), registry: { url: registryUrl() } },
    ];
    writeFileSync(join(dir, 'connections.json'), JSON.stringify({ connections }));
    const bounded = "/*+ OPTIONS('scan.startup.mode'='earliest-offset','scan.bounded.mode'='latest-offset') */";
    const join_ = `SELECT o.order_id, c.name, o.amount FROM prod.a.${orders} ${bounded} AS o JOIN prod.b.${customers} ${bounded} AS c ON o.customer_id = c.customer_id`;
    writeFileSync(
      join(dir, 'xc.sql'),
      [
        `CREATE TABLE prod.a.${orders} (order_id BIGINT NOT NULL, customer_id BIGINT, amount DOUBLE) DISTRIBUTED INTO 2 BUCKETS;`,
        `CREATE TABLE prod.b.${customers} (customer_id BIGINT NOT NULL, name STRING) DISTRIBUTED INTO 1 BUCKETS;`,
        `INSERT INTO prod.a.${orders} VALUES (1, 10, 5.0), (2, 20, 7.5), (3, 10, 1.0), (4, 30, 2.0);`,
        `INSERT INTO prod.b.${customers} VALUES (10, 'ann'), (20, 'bob');`,
        `${join_};`,
        '',
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'run', '--mode', 'snapshot', '--format', 'jsonl', '--timeout', '60', '--state-dir', join(dir, 'state'), 'xc.sql'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, TIDELINE_CONNECTIONS: join(dir, 'connections.json') },
      timeout: 120_000,
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.stringify((JSON.parse(l) as { row: unknown }).row)).sort();
    assert.deepEqual(rows, ['{"order_id":1,"name":"ann","amount":5}', '{"order_id":2,"name":"bob","amount":7.5}', '{"order_id":3,"name":"ann","amount":1}']);
    // Each topic lives on its own cluster.
    const [onA, onB] = await Promise.all([topicsOf(kafkaBrokers()), topicsOf(kafkaBrokersB())]);
    assert.ok(onA.includes(orders) && !onA.includes(customers), onA.join(', '));
    assert.ok(onB.includes(customers) && !onB.includes(orders), onB.join(', '));

    // The engine host: the region decides.
    const child = spawn(process.execPath, [join(DIST, 'engine-host.js'), '--state-dir', join(dir, 'host')], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const rpc = new RawRpc(child.stdin, child.stdout);
    try {
      for (const c of connections) assert.equal((await rpc.request('connections/set', c)).error, undefined);
      assert.equal((await rpc.request('pools/create', { name: 'eu', maxCfu: 4, region: ['a', 'local'] })).error, undefined);
      assert.equal((await rpc.request('pools/create', { name: 'global', maxCfu: 4, region: ['a', 'b', 'local'] })).error, undefined);
      const refused = await rpc.request('statements/submit', { sql: join_, pool: 'eu' });
      assert.match(refused.error?.message ?? '', /statement uses cluster 'b' outside the region of pool 'eu' \(region: 'a', 'local'\)/);
      const accepted = await rpc.request('statements/submit', { sql: join_, pool: 'global', name: 'xc-join' });
      assert.equal(accepted.error, undefined, JSON.stringify(accepted.error));
      let phase = '';
      let reason: unknown;
      for (let i = 0; i < 240 && !['COMPLETED', 'FAILED', 'STOPPED'].includes(phase); i++) {
        const s = (await rpc.request('statements/get', { name: 'xc-join' })).result as { phase: string; reason?: string };
        phase = s.phase;
        reason = s.reason;
        if (!['COMPLETED', 'FAILED', 'STOPPED'].includes(phase)) await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(phase, 'COMPLETED', String(reason));
    } finally {
      child.stdin.end();
      await new Promise((r) => child.once('exit', r));
    }
  });
});
