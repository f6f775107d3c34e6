import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canTransition, PHASES, transition, TransitionError, type Phase } from '../../../engine/pools/lifecycle';
import { phaseOf, StatementStore } from '../../../engine/pools/statement-store';

describe('statement lifecycle', () => {
  test('the documented paths are allowed, with timestamps and reasons', () => {
    let h = transition([], 'PENDING', 1, 'waiting for a slot');
    h = transition(h, 'RUNNING', 2);
    h = transition(h, 'DEGRADED', 3, 'skipping bad records');
    h = transition(h, 'RUNNING', 4);
    h = transition(h, 'STOPPING', 5);
    h = transition(h, 'STOPPED', 6);
    h = transition(h, 'PENDING', 7, 'resumed');
    assert.deepEqual(h.map((c) => [c.phase, c.at]), [['PENDING', 1], ['RUNNING', 2], ['DEGRADED', 3], ['RUNNING', 4], ['STOPPING', 5], ['STOPPED', 6], ['PENDING', 7]]);
    assert.equal(h[2]!.reason, 'skipping bad records');
  });

  test('invalid transitions are refused naming both phases', () => {
    assert.throws(() => transition([], 'RUNNING', 1), /starts PENDING, not RUNNING/);
    const done = transition(transition(transition([], 'PENDING', 1), 'RUNNING', 2), 'COMPLETED', 3);
    assert.throws(() => transition(done, 'RUNNING', 4), (e: unknown) => e instanceof TransitionError && /cannot go from COMPLETED to RUNNING \(from COMPLETED: no further phase\)/.test(e.message));
    assert.throws(() => transition(transition([], 'PENDING', 1), 'STOPPED', 2), /cannot go from PENDING to STOPPED \(from PENDING: RUNNING, STOPPING, FAILED\)/);
    assert.throws(() => transition(transition(transition([], 'PENDING', 1), 'RUNNING', 2), 'DEGRADED', 3), /DEGRADED needs a reason/);
    // every pair is decided by the table: terminal phases go nowhere
    for (const from of ['COMPLETED', 'FAILED'] as Phase[]) for (const to of PHASES) assert.equal(canTransition(from, to), false);
  });

  test('the store persists name, pool, principal, SQL and history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tideline-stmts-'));
    const store = StatementStore.open(dir);
    await store.create({ name: 'orders.by-region', pool: 'default', principal: 'alice', sql: 'SELECT 1', createdAt: 10 });
    await store.setReason('orders.by-region', 'waiting for a slot');
    await store.transition('orders.by-region', 'RUNNING', 11);
    await assert.rejects(store.transition('orders.by-region', 'STOPPED', 12), /cannot go from RUNNING to STOPPED/);
    await assert.rejects(store.create({ name: '../x', pool: 'default', principal: 'a', sql: '', createdAt: 1 }), /invalid statement name/);
    const again = StatementStore.open(dir);
    const s = again.require('orders.by-region');
    assert.equal(phaseOf(s), 'RUNNING');
    assert.deepEqual(s.history, [{ phase: 'PENDING', at: 10, reason: 'waiting for a slot' }, { phase: 'RUNNING', at: 11 }]);
    assert.equal(s.principal, 'alice');
    await again.delete('orders.by-region');
    assert.equal(StatementStore.open(dir).list().length, 0);
  });
});
