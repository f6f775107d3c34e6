import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decideParallelism, DEFAULT_AUTOSCALER } from '../../../engine/pools/autoscaler';

describe('autoscaler policy', () => {
  test('starts at one subtask per split within the cap', () => {
    assert.equal(decideParallelism({ current: 0, splits: 3, cap: 8, idleForMs: 0 }).parallelism, 3);
    assert.equal(decideParallelism({ current: 0, splits: 16, cap: 4, idleForMs: 0 }).parallelism, 4);
  });

  test('under synthetic load it grows to the cap and never above, shrinks when load drops, then goes to zero', () => {
    const cap = 6;
    let p = 1;
    const seen: number[] = [];
    // rising load: 1k .. 20k rec/s at 1k rec/s per slot, 12 splits
    for (let rate = 1000; rate <= 20000; rate += 1000) {
      p = decideParallelism({ current: p, splits: 12, cap, inputRate: rate, backlog: 0, throughputPerSlot: 1000, idleForMs: 0 }).parallelism;
      seen.push(p);
      assert.ok(p <= cap && p >= 1);
    }
    assert.equal(Math.max(...seen), cap);
    // load drops to 1k rec/s: shrink (hysteresis: only once needed <= half of current)
    p = decideParallelism({ current: p, splits: 12, cap, inputRate: 1000, throughputPerSlot: 1000, idleForMs: 0 }).parallelism;
    assert.equal(p, 1);
    // a small dip keeps the current parallelism
    assert.equal(decideParallelism({ current: 4, splits: 12, cap, inputRate: 3500, throughputPerSlot: 1000, idleForMs: 0 }).parallelism, 4);
    // no input and no backlog past the idle period: zero
    const z = decideParallelism({ current: 1, splits: 12, cap, inputRate: 0, backlog: 0, throughputPerSlot: 1000, idleForMs: DEFAULT_AUTOSCALER.idleMs });
    assert.equal(z.parallelism, 0);
    assert.match(z.reason, /scale to zero/);
  });

  test('backlog adds demand; parallelism never exceeds the split count', () => {
    const d = decideParallelism({ current: 1, splits: 2, cap: 10, inputRate: 0, backlog: 300_000, throughputPerSlot: 1000, idleForMs: 0 });
    assert.equal(d.parallelism, 2);
    assert.match(d.reason, /capped at 2/);
    const e = decideParallelism({ current: 1, splits: 10, cap: 10, inputRate: 1000, backlog: 60_000, throughputPerSlot: 1000, idleForMs: 0 });
    assert.equal(e.parallelism, 3);
    assert.equal(decideParallelism({ current: 1, splits: 10, cap: 10, inputRate: 0, backlog: 10, throughputPerSlot: 1000, idleForMs: 10 ** 9 }).parallelism, 1, 'backlog keeps it awake');
  });
});
