/**
 * The engine host (dist/engine-host.js over stdio) runs statements against the real Kafka
 * broker: the broker's connection names its cluster for the in-region rule, an INSERT INTO a
 * kafka table completes, and a SELECT reads the rows back through results/subscribe.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RawRpc, type RpcNotification } from '../unit/host/rpc-client';
import { kafkaBrokers, testKafka, uniqueName } from './env';

const HOST = resolve(__dirname, '../../../dist/engine-host.js');

const changedTo = (name: string, phase: string) => (n: RpcNotification) => {
  const st = (n.params as { statement?: { name: string; phase: string } }).statement;
  return n.method === 'statements/changed' && st?.name === name && st.phase === phase;
};

describe('engine host with Kafka', () => {
  test('INSERT INTO a kafka table and SELECT it back; the connection names the cluster for the region check', async () => {
    assert.ok(existsSync(HOST), `build first: ${HOST}`);
    const topic = uniqueName('host-orders');
    const admin = testKafka('host-kafka-admin').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    await admin.disconnect();

    const child = spawn(process.execPath, [HOST, '--state-dir', mkdtempSync(join(tmpdir(), 'tideline-host-kafka-'))], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const rpc = new RawRpc(child.stdin, child.stdout);
    const call = async (method: string, params: unknown) => {
      const r = await rpc.request(method, params);
      assert.equal(r.error, undefined, `${method}: ${JSON.stringify(r.error)}\n${err}`);
      return r.result as Record<string, unknown>;
    };
    try {
      await call('connections/set', { name: 'main', brokers: kafkaBrokers() });
      await call('statements/submit', {
        name: 'mk',
        sql: `CREATE TABLE orders (id BIGINT, label STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${kafkaBrokers().join(',')}', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'latest-offset')`,
      });
      await rpc.waitForNotification(changedTo('mk', 'COMPLETED'));
      await call('statements/submit', {
        name: 'mk-gen',
        sql: "CREATE TABLE gen (id BIGINT, label STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '30', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '30', 'fields.label.length' = '3')",
      });
      await rpc.waitForNotification(changedTo('mk-gen', 'COMPLETED'));

      const outside = await rpc.request('statements/submit', { sql: 'INSERT INTO orders SELECT id, label FROM gen' });
      assert.match(outside.error!.message, /statement uses cluster 'main' outside the region of pool 'default'/);
      await call('pools/create', { name: 'kp', maxCfu: 2, region: ['local', 'main'] });

      await call('statements/submit', { name: 'write', pool: 'kp', sql: 'INSERT INTO orders SELECT id, label FROM gen' });
      await rpc.waitForNotification(changedTo('write', 'COMPLETED'), 60_000);

      await call('statements/submit', { name: 'read', pool: 'kp', sql: 'SELECT id, label FROM orders' });
      await call('results/subscribe', { name: 'read' });
      await rpc.waitForNotification(changedTo('read', 'COMPLETED'), 60_000);
      const result = (await call('results/subscribe', { name: 'read' })) as { tableRows: unknown[][]; phase: string };
      assert.equal(result.phase, 'COMPLETED');
      assert.deepEqual(result.tableRows.map((r) => r[0]).sort((a, b) => Number(a) - Number(b)), Array.from({ length: 30 }, (_, i) => i + 1));
    } finally {
      child.stdin.end();
      await once(child, 'exit');
    }
  });
});
