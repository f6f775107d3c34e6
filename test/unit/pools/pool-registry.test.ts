import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PoolRegistry } from '../../../engine/pools/pool-registry';
import { checkInRegion } from '../../../engine/pools/region';
import { PoolError } from '../../../engine/pools/pool';

const tmp = () => mkdtempSync(join(tmpdir(), 'tideline-pools-'));

describe('pool registry', () => {
  test('a default pool exists and survives reopening; create/update/delete persist', async () => {
    const dir = tmp();
    const reg = await PoolRegistry.open(dir);
    assert.deepEqual(reg.list().map((p) => p.name), ['default']);
    await reg.create({ name: 'etl', maxCfu: 8, region: ['local', 'prod-kafka', 'local'] });
    await reg.update('etl', { maxCfu: 10 });
    await reg.create({ name: 'scratch' });
    await reg.delete('scratch');
    const again = await PoolRegistry.open(dir);
    const etl = again.require('etl');
    assert.equal(etl.maxCfu, 10);
    assert.deepEqual(etl.region, ['local', 'prod-kafka']);
    assert.equal(again.get('scratch'), undefined);
    const file = JSON.parse(readFileSync(join(dir, 'pools', 'pools.json'), 'utf8'));
    assert.equal(file.pools.length, 2);
    assert.deepEqual(readdirSync(join(dir, 'pools')), ['pools.json'], 'no temp files left');
  });

  test('validation refuses bad names, caps, kinds, duplicates and deleting the default pool', async () => {
    const reg = await PoolRegistry.open(tmp());
    await assert.rejects(reg.create({ name: '1bad' }), /invalid pool name '1bad'/);
    await assert.rejects(reg.create({ name: 'p', maxCfu: 0 }), /maxCfu must be an integer from 1 to 1024 \(got 0\)/);
    await assert.rejects(reg.create({ name: 'p', maxCfu: 1.5 }), /maxCfu/);
    await assert.rejects(reg.create({ name: 'p', kind: 'flink' }), /unknown pool kind 'flink' \(known: embedded\)/);
    await assert.rejects(reg.create({ name: 'p', region: [] }), /at least one cluster/);
    await assert.rejects(reg.create({ name: 'default' }), /already exists/);
    await assert.rejects(reg.delete('default'), /default pool cannot be deleted/);
    await assert.rejects(reg.update('nope', { maxCfu: 2 }), /no pool named 'nope' \(pools: default\)/);
  });
});

describe('in-region rule', () => {
  test('clusters outside the region are refused, naming them and the pool', async () => {
    const reg = await PoolRegistry.open(tmp());
    const pool = await reg.create({ name: 'eu', region: ['local', 'kafka-eu'] });
    checkInRegion(['local', 'kafka-eu'], pool);
    checkInRegion([], pool);
    assert.throws(() => checkInRegion(['kafka-eu', 'kafka-us'], pool), (e: unknown) => {
      assert.ok(e instanceof PoolError);
      assert.match(e.message, /cluster 'kafka-us' outside the region of pool 'eu' \(region: 'kafka-eu', 'local'\)/);
      return true;
    });
  });
});
