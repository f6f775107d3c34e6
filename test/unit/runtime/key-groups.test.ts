/** Key-group ranges and ownership as Flink assigns them, and keyed state split and merged by range. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyGroupOf } from '../../../engine/runtime/row/key';
import { keyGroupOwners, keyGroupRange, mergeKeyedStates, splitKeyedState, subtaskOfKeyGroup } from '../../../engine/runtime/state/key-groups';
import { KeyedState } from '../../../engine/runtime/state/keyed-state';

test("key-group ranges are Flink's: contiguous, covering 0..127 once, and agreeing with each group's owner", () => {
  assert.deepEqual(keyGroupRange(0, 1), { from: 0, to: 127 });
  assert.deepEqual([0, 1, 2].map((i) => keyGroupRange(i, 3)), [{ from: 0, to: 42 }, { from: 43, to: 85 }, { from: 86, to: 127 }]);
  for (const p of [1, 2, 3, 5, 7, 128]) {
    let next = 0;
    for (let i = 0; i < p; i++) {
      const r = keyGroupRange(i, p);
      assert.equal(r.from, next);
      for (let g = r.from; g <= r.to; g++) assert.equal(subtaskOfKeyGroup(g, p), i, `group ${g} at ${p}`);
      next = r.to + 1;
    }
    assert.equal(next, 128);
    assert.deepEqual([...keyGroupOwners(p)], Array.from({ length: 128 }, (_, g) => subtaskOfKeyGroup(g, p)));
  }
  assert.throws(() => keyGroupRange(0, 0), /parallelism must be an integer from 1 to 128/);
  assert.throws(() => keyGroupRange(0, 129), /from 1 to 128/);
});

test('keys spread over key groups; keyed state split by ranges and merged back is the same state', () => {
  const s = new KeyedState<number>();
  for (let i = 0; i < 2000; i++) s.set(i % 3 === 0 ? `user-${i}` : i, i);
  const groups = new Set([...s.map.keys()].map((k) => keyGroupOf(k)));
  assert.equal(groups.size, 128, 'every key group holds some of 2000 keys');
  const snap = s.snapshot();
  const parts = [0, 1, 2].map((i) => splitKeyedState(snap, keyGroupRange(i, 3)));
  const back = new KeyedState<number>();
  back.restore(mergeKeyedStates(parts) as typeof snap);
  assert.deepEqual(new Map([...back.map].sort()), new Map([...s.map].sort()));
  // Each part holds exactly the keys its subtask owns.
  const owners = keyGroupOwners(3);
  parts.forEach((part, i) => {
    const k = new KeyedState<number>();
    k.restore(part as typeof snap);
    assert.ok(k.size > 0);
    for (const key of k.map.keys()) assert.equal(owners[keyGroupOf(key)], i);
  });
  // A two-sided state (a join's) splits and merges side by side.
  const two = mergeKeyedStates([splitKeyedState([snap, snap], keyGroupRange(0, 2)), splitKeyedState([snap, snap], keyGroupRange(1, 2))]) as [typeof snap, typeof snap];
  assert.deepEqual(two[1].groups, snap.groups);
  assert.throws(() => mergeKeyedStates([{ watermark: 3 }]), /not partitioned by key group/);
});
