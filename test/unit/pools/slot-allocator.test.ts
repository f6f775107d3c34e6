import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SlotAllocator } from '../../../engine/pools/slot-allocator';

describe('slot allocator', () => {
  test('the cap is a sum over statements; waiters get PENDING with a reason and are granted FIFO', () => {
    const a = new SlotAllocator('p', 4);
    const granted: string[] = [];
    assert.deepEqual(a.request('s1', 3, () => assert.fail()), { granted: 3 });
    assert.deepEqual(a.request('s2', 4, () => assert.fail()), { granted: 1 });
    const r3 = a.request('s3', 2, (n) => granted.push(`s3:${n}`));
    const r4 = a.request('s4', 1, (n) => granted.push(`s4:${n}`));
    assert.ok('pending' in r3 && /pool 'p' has all 4 CFU in use by 2 statements/.test(r3.pending));
    assert.ok('pending' in r4 && /1 statement queued ahead/.test(r4.pending));
    assert.equal(a.inUse, 4);
    a.release('s2');
    assert.deepEqual(granted, ['s3:1']);
    a.release('s1');
    assert.deepEqual(granted, ['s3:1', 's4:1']);
    assert.equal(a.inUse, 2);
    assert.ok(a.inUse <= a.capacity);
  });

  test('resize grows within free slots, shrinks and grants waiters; a smaller cap takes nothing away', () => {
    const a = new SlotAllocator('p', 4);
    a.request('s1', 1, () => undefined);
    assert.equal(a.resize('s1', 10), 4);
    const got: number[] = [];
    a.request('s2', 2, (n) => got.push(n));
    assert.equal(a.resize('s1', 1), 1);
    assert.deepEqual(got, [2]);
    a.setCapacity(2);
    assert.equal(a.inUse, 3);
    assert.equal(a.free, 0);
    assert.equal(a.resize('s1', 3), 1, 'no growth above the cap');
    assert.throws(() => a.request('s1', 1, () => undefined), /already holds/);
    assert.throws(() => a.request('s9', 0, () => undefined), /positive integer/);
  });

  test('a queued statement that is released leaves the queue', () => {
    const a = new SlotAllocator('p', 1);
    a.request('s1', 1, () => undefined);
    a.request('s2', 1, () => assert.fail('s2 was withdrawn'));
    a.release('s2');
    assert.deepEqual(a.waiting(), []);
    a.release('s1');
    assert.equal(a.inUse, 0);
  });
});
