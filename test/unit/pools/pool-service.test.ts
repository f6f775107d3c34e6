import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PoolService } from '../../../engine/pools/pool-service';
import { phaseOf } from '../../../engine/pools/statement-store';
import { FakeRunner } from './fake-runner';

/** Waits (without a deadline of its own) until the condition holds: persistence is asynchronous. */
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 1));
}

const tmp = () => mkdtempSync(join(tmpdir(), 'tideline-svc-'));

describe('pool service', () => {
  test('20 concurrent statements in one pool: the cap holds, the rest wait PENDING, FIFO as slots free, metered', async () => {
    const dir = tmp();
    let now = 1_000_000;
    const runner = new FakeRunner();
    const svc = await PoolService.open(dir, runner, () => now);
    await svc.createPool({ name: 'p', maxCfu: 4 });
    for (let i = 0; i < 20; i++) await svc.submit({ name: `s${i}`, pool: 'p', principal: 'alice', sql: 'SELECT 1 /* splits=1 */' });
    const phases = () => svc.statements.list().map((s) => phaseOf(s));
    assert.equal(phases().filter((p) => p === 'RUNNING').length, 4);
    assert.equal(phases().filter((p) => p === 'PENDING').length, 16);
    assert.match(svc.statements.require('s10').history.at(-1)!.reason!, /waiting for a slot: pool 'p' has all 4 CFU in use/);
    for (let i = 0; i < 20; i++) {
      now += 1000;
      await until(() => runner.running.has(`s${i}`));
      runner.running.get(`s${i}`)!.completed();
      await until(() => phaseOf(svc.statements.require(`s${i}`)) === 'COMPLETED');
      assert.ok(svc.allocator('p').inUse <= 4);
    }
    assert.ok(phases().every((p) => p === 'COMPLETED'));
    assert.deepEqual(runner.startOrder, Array.from({ length: 20 }, (_, i) => `s${i}`), 'FIFO');
    // every statement held 1 slot; s0..s3 for 1..4 s, each later one for 4 s
    const total = svc.meter.report({ pool: 'p' }).totalCfuSeconds;
    assert.equal(total, 1 + 2 + 3 + 4 + 16 * 4);
  });

  test('parallelism from splits; in-region refusal; stop, resume, delete; a failing runner fails only its statement', async () => {
    const dir = tmp();
    const runner = new FakeRunner();
    const svc = await PoolService.open(dir, runner);
    await svc.createPool({ name: 'eu', maxCfu: 8, region: ['local'] });
    await assert.rejects(svc.submit({ pool: 'eu', principal: 'a', sql: 'SELECT 1 /* clusters=local,kafka-us */' }), /cluster 'kafka-us' outside the region of pool 'eu'/);
    await assert.rejects(svc.submit({ pool: 'nope', principal: 'a', sql: 'x' }), /no pool named 'nope'/);
    const s = await svc.submit({ name: 'wide', pool: 'eu', principal: 'a', sql: 'SELECT 1 /* splits=3 */' });
    assert.equal(phaseOf(s), 'RUNNING');
    assert.equal(runner.specs.get('wide')!.parallelism, 3);
    assert.equal(svc.allocator('eu').inUse, 3);
    await assert.rejects(svc.delete('wide'), /stop it before deleting it/);
    await assert.rejects(svc.deletePool('eu'), /1 active statement \(wide\); stop them first/);
    const stopped = await svc.stop('wide');
    assert.deepEqual(stopped.history.map((h) => h.phase), ['PENDING', 'RUNNING', 'STOPPING', 'STOPPED']);
    assert.equal(svc.allocator('eu').inUse, 0);
    await svc.resume('wide');
    assert.equal(phaseOf(svc.statements.require('wide')), 'RUNNING');
    runner.running.get('wide')!.degraded('watermark stalled on split 2');
    await until(() => phaseOf(svc.statements.require('wide')) === 'DEGRADED');
    assert.equal(svc.statements.require('wide').history.at(-1)!.reason, 'watermark stalled on split 2');
    runner.running.get('wide')!.failed('boom');
    await until(() => phaseOf(svc.statements.require('wide')) === 'FAILED');
    assert.equal(phaseOf(svc.statements.require('wide')), 'FAILED');
    await svc.delete('wide');
    const bad = await svc.submit({ name: 'bad', pool: 'eu', principal: 'a', sql: 'SELECT 1 /* throw */' });
    assert.equal(phaseOf(svc.statements.require(bad.name)), 'FAILED');
    assert.equal(svc.allocator('eu').inUse, 0);
    await svc.submit({ name: 'quick', pool: 'eu', principal: 'a', sql: 'SELECT 1 /* instant */' });
    await until(() => phaseOf(svc.statements.require('quick')) === 'COMPLETED');
    assert.equal(svc.allocator('eu').inUse, 0);
    await assert.rejects(svc.stop('quick'), /statement 'quick' is COMPLETED; nothing to stop/);
    await svc.deletePool('eu');
  });

  test('autoscaling a running statement: grows to the cap and never above, shrinks when load drops and hands slots to waiters, metered', async () => {
    let now = 0;
    const runner = new FakeRunner();
    const svc = await PoolService.open(tmp(), runner, () => now);
    await svc.createPool({ name: 'p', maxCfu: 6 });
    await svc.submit({ name: 'big', pool: 'p', principal: 'a', sql: 'SELECT 1 /* splits=2 */' });
    assert.equal(runner.parallelism.get('big'), 2);
    await svc.submit({ name: 'small', pool: 'p', principal: 'a', sql: 'SELECT 1 /* splits=1 */' });
    const seen: number[] = [];
    for (let rate = 1000; rate <= 12000; rate += 1000) {
      now += 1000;
      runner.loads.set('big', { inputRate: rate, backlog: 0, throughputPerSlot: 1000, idleForMs: 0 });
      await svc.autoscaleOnce();
      seen.push(svc.allocator('p').slotsOf('big'));
      assert.ok(svc.allocator('p').inUse <= 6);
    }
    // two splits cap it at 2; with 16 splits it takes every slot 'small' leaves (5)
    assert.equal(Math.max(...seen), 2, 'never above the split count');
    svc['splits'].set('big', 16);
    now += 1000;
    await svc.autoscaleOnce();
    assert.equal(svc.allocator('p').slotsOf('big'), 5);
    assert.equal(runner.parallelism.get('big'), 5);
    await svc.submit({ name: 'late', pool: 'p', principal: 'a', sql: 'SELECT 1' });
    assert.equal(phaseOf(svc.statements.require('late')), 'PENDING');
    now += 1000;
    runner.loads.set('big', { inputRate: 500, backlog: 0, throughputPerSlot: 1000, idleForMs: 0 });
    const changes = await svc.autoscaleOnce();
    assert.deepEqual(changes.map((c) => [c.statement, c.from, c.to]), [['big', 5, 1]]);
    await until(() => runner.running.has('late'));
    assert.equal(phaseOf(svc.statements.require('late')), 'RUNNING');
    // metering followed the slots: 2 for 1 s, shrunk to 1 at 1 000 rec/s for 1 s, 2 for 11 s, 5 for 1 s, then 1
    now += 1000;
    assert.deepEqual(seen.slice(0, 2), [1, 2]);
    assert.equal(svc.meter.report({ statement: 'big' }).totalCfuSeconds, 2 * 1 + 1 * 1 + 2 * 11 + 5 * 1 + 1 * 1);
  });

  test('after a host restart, running statements resume by themselves from their checkpoint folder, pending ones wait again, stopping ones stay stopped', async () => {
    const dir = tmp();
    const svc = await PoolService.open(dir, new FakeRunner());
    await svc.createPool({ name: 'tiny', maxCfu: 1 });
    await svc.submit({ name: 'long', pool: 'default', principal: 'a', sql: 'INSERT 1' });
    await svc.submit({ name: 'first', pool: 'tiny', principal: 'a', sql: 'INSERT 2' });
    await svc.submit({ name: 'queued', pool: 'tiny', principal: 'a', sql: 'INSERT 3' });
    await svc.submit({ name: 'halting', pool: 'default', principal: 'a', sql: 'INSERT 4' });
    await svc.statements.transition('halting', 'STOPPING', Date.now(), 'stop requested');
    assert.equal(phaseOf(svc.statements.require('queued')), 'PENDING');
    await svc.close();

    const runner = new FakeRunner();
    const again = await PoolService.open(dir, runner);
    await until(() => runner.running.has('long') && runner.running.has('first'));
    const long = again.statements.require('long');
    assert.equal(phaseOf(long), 'RUNNING');
    assert.deepEqual(long.history.slice(-4).map((h) => h.phase), ['STOPPING', 'STOPPED', 'PENDING', 'RUNNING']);
    assert.match(long.history.at(-2)!.reason!, /engine host restarted; resuming from its last checkpoint/);
    assert.equal(runner.specs.get('long')!.checkpointDir, join(dir, 'checkpoints', 'long'));
    // the pool's one slot went to the statement that held it; the queued one waits for it again
    assert.equal(phaseOf(again.statements.require('queued')), 'PENDING');
    assert.ok(!runner.running.has('queued'));
    const halting = again.statements.require('halting');
    assert.equal(phaseOf(halting), 'STOPPED');
    assert.match(halting.history.at(-1)!.reason!, /engine host restarted; resume it to run again/);
    await again.stop('first');
    await until(() => runner.running.has('queued'));
    assert.equal(phaseOf(again.statements.require('queued')), 'RUNNING');
  });
});
