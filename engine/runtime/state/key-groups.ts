/**
 * Key-group ranges, as Flink assigns them: with `maxParallelism` key groups (hash(key) mod
 * maxParallelism, row/key.ts) and `parallelism` subtasks, subtask i owns the contiguous range
 * [ceil(i * max / p), ceil((i + 1) * max / p) - 1], and key group g belongs to subtask
 * floor(g * p / max). Operator state made of keyed parts (KeyedSnapshot of keyed-state.ts,
 * event-time timers by key, windows holding a map by key) and shared parts (a watermark) is
 * merged from subtasks and split to a range here, which is what rescaling does with it.
 */
import { DEFAULT_MAX_PARALLELISM, keyGroupOf, type StateKey } from '../row/key';
import type { KeyedSnapshot } from './keyed-state';

export interface KeyGroupRange {
  readonly from: number;
  readonly to: number;
}

export function keyGroupRange(subtask: number, parallelism: number, maxParallelism = DEFAULT_MAX_PARALLELISM): KeyGroupRange {
  if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > maxParallelism) {
    throw new Error(`parallelism must be an integer from 1 to ${maxParallelism} (got ${parallelism})`);
  }
  return { from: Math.ceil((subtask * maxParallelism) / parallelism), to: Math.ceil(((subtask + 1) * maxParallelism) / parallelism) - 1 };
}

export function subtaskOfKeyGroup(keyGroup: number, parallelism: number, maxParallelism = DEFAULT_MAX_PARALLELISM): number {
  return Math.floor((keyGroup * parallelism) / maxParallelism);
}

/** The owning subtask of every key group, by index (one lookup per routed row). */
export function keyGroupOwners(parallelism: number, maxParallelism = DEFAULT_MAX_PARALLELISM): Uint16Array {
  const owners = new Uint16Array(maxParallelism);
  for (let g = 0; g < maxParallelism; g++) owners[g] = subtaskOfKeyGroup(g, parallelism, maxParallelism);
  return owners;
}

function isKeyedSnapshot(s: unknown): s is KeyedSnapshot<unknown> {
  return typeof s === 'object' && s !== null && !Array.isArray(s) && typeof (s as KeyedSnapshot<unknown>).maxParallelism === 'number' && typeof (s as KeyedSnapshot<unknown>).groups === 'object';
}

/** Whether every value of a Map is a Set (event-time timers: time -> keys, operators/key-timers.ts). */
function mapOfSets(m: Map<unknown, unknown>): boolean {
  for (const v of m.values()) if (!(v instanceof Set)) return false;
  return true;
}

/** Whether every value of a Map is a Map (windows: end -> key -> what the key holds). */
function mapOfMaps(m: Map<unknown, unknown>): boolean {
  for (const v of m.values()) if (!(v instanceof Map)) return false;
  return true;
}

function isPlainObject(s: unknown): s is Record<string, unknown> {
  return typeof s === 'object' && s !== null && Object.getPrototypeOf(s) === Object.prototype;
}

/**
 * One state from the states of subtasks that own disjoint key-group ranges. Keyed parts are
 * merged by key: a KeyedSnapshot (entries by key group), event-time timers (Map of time to a
 * Set of keys: the sets are united), windows (Map of window to a Map by key: the inner maps are
 * united); arrays (a two-sided operator's sides) and plain objects part by part; anything else
 * (a watermark: every subtask saw the same) is shared and taken from the first subtask.
 */
export function mergeKeyedStates(states: readonly unknown[]): unknown {
  const first = states[0];
  if (isKeyedSnapshot(first)) {
    const groups: Record<number, unknown[]> = {};
    for (const s of states as KeyedSnapshot<unknown>[]) {
      if (s.maxParallelism !== first.maxParallelism) throw new Error('subtask states disagree on the number of key groups');
      for (const [g, entries] of Object.entries(s.groups)) groups[Number(g)] = entries;
    }
    return { maxParallelism: first.maxParallelism, groups };
  }
  if (Array.isArray(first)) return first.map((_, i) => mergeKeyedStates(states.map((s) => (s as unknown[])[i])));
  if (first instanceof Map) {
    const maps = states as Map<unknown, unknown>[];
    if (maps.every(mapOfSets)) {
      const out = new Map<unknown, Set<unknown>>();
      for (const m of maps as Map<unknown, Set<unknown>>[]) for (const [t, keys] of m) for (const k of keys) (out.get(t) ?? out.set(t, new Set()).get(t)!).add(k);
      return out;
    }
    if (maps.every(mapOfMaps)) {
      const out = new Map<unknown, Map<unknown, unknown>>();
      for (const m of maps as Map<unknown, Map<unknown, unknown>>[]) for (const [w, byKey] of m) for (const [k, v] of byKey) (out.get(w) ?? out.set(w, new Map()).get(w)!).set(k, v);
      return out;
    }
    throw new Error('state is not partitioned by key group');
  }
  if (isPlainObject(first)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.keys(first)) out[field] = mergeKeyedStates(states.map((s) => (s as Record<string, unknown>)[field]));
    return out;
  }
  return first;
}

/** The part of a state (as mergeKeyedStates makes it) in the key groups of `range`; shared parts whole. */
export function splitKeyedState(state: unknown, range: KeyGroupRange): unknown {
  if (isKeyedSnapshot(state)) {
    const groups: Record<number, unknown[]> = {};
    for (const [g, entries] of Object.entries(state.groups)) {
      const kg = Number(g);
      if (kg >= range.from && kg <= range.to) groups[kg] = entries;
    }
    return { maxParallelism: state.maxParallelism, groups };
  }
  if (Array.isArray(state)) return state.map((s) => splitKeyedState(s, range));
  const owned = (key: unknown) => {
    const g = keyGroupOf(key as StateKey);
    return g >= range.from && g <= range.to;
  };
  if (state instanceof Map) {
    if (mapOfSets(state)) {
      const out = new Map<unknown, Set<unknown>>();
      for (const [t, keys] of state as Map<unknown, Set<unknown>>) {
        const mine = new Set([...keys].filter(owned));
        if (mine.size > 0) out.set(t, mine);
      }
      return out;
    }
    if (mapOfMaps(state)) {
      const out = new Map<unknown, Map<unknown, unknown>>();
      for (const [w, byKey] of state as Map<unknown, Map<unknown, unknown>>) {
        const mine = new Map([...byKey].filter(([k]) => owned(k)));
        if (mine.size > 0) out.set(w, mine);
      }
      return out;
    }
    throw new Error('state is not partitioned by key group');
  }
  if (isPlainObject(state)) {
    const out: Record<string, unknown> = {};
    for (const [field, v] of Object.entries(state)) out[field] = splitKeyedState(v, range);
    return out;
  }
  return state;
}
