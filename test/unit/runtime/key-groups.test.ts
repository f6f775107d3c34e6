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
  assert.throws(() => mergeKeyedStates([new Map([[1, 'a']])]), /not partitioned by key group/);
});

test('a windowed operator state (keyed entries, timers by key, windows by key, a shared watermark) splits by range and merges back whole', () => {
  const keys = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? i : `k${i}`));
  const entries = new KeyedState<number[]>();
  const timers = new Map<number, Set<string | number>>();
  const windows = new Map<number, Map<string | number, number[]>>();
  keys.forEach((k, i) => {
    entries.set(k, [i]);
    const t = 1000 * (i % 7);
    (timers.get(t) ?? timers.set(t, new Set()).get(t)!).add(k);
    (windows.get(t) ?? windows.set(t, new Map()).get(t)!).set(k, [i, i]);
  });
  const state = { watermark: 4000, keys: entries.snapshot(), timers, windows };
  const parts = [0, 1, 2].map((i) => splitKeyedState(state, keyGroupRange(i, 3)) as typeof state);
  const owners = keyGroupOwners(3);
  parts.forEach((part, i) => {
    assert.equal(part.watermark, 4000, 'the watermark is shared');
    for (const set of part.timers.values()) for (const k of set) assert.equal(owners[keyGroupOf(k)], i);
    for (const byKey of part.windows.values()) for (const k of byKey.keys()) assert.equal(owners[keyGroupOf(k)], i);
    assert.ok(part.timers.size > 0 && part.windows.size > 0);
  });
  const back = mergeKeyedStates(parts) as typeof state;
  assert.equal(back.watermark, 4000);
  assert.deepEqual(back.keys.groups, state.keys.groups);
  const sorted = <V>(m: Map<number, Set<V> | Map<V, unknown>>) => [...m].map(([t, v]) => [t, [...v.keys()].map(String).sort()]).sort();
  assert.deepEqual(sorted(back.timers), sorted(timers));
  assert.deepEqual(sorted(back.windows), sorted(windows));
  for (const [t, byKey] of windows) for (const [k, v] of byKey) assert.deepEqual(back.windows.get(t)!.get(k), v);
});
