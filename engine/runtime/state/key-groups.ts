/**
 * Key-group ranges, as Flink assigns them: with `maxParallelism` key groups (hash(key) mod
 * maxParallelism, row/key.ts) and `parallelism` subtasks, subtask i owns the contiguous range
 * [ceil(i * max / p), ceil((i + 1) * max / p) - 1], and key group g belongs to subtask
 * floor(g * p / max). Operator state whose every part is a KeyedSnapshot (keyed-state.ts) is
 * merged from subtasks and split to a range here, which is what rescaling does with it.
 */
import { DEFAULT_MAX_PARALLELISM } from '../row/key';
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

/**
 * One state from the states of subtasks that own disjoint key-group ranges: a KeyedSnapshot,
 * or an array (a two-sided join's sides) of them.
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
  throw new Error('state is not partitioned by key group');
}

/** The part of a state (as mergeKeyedStates makes it) in the key groups of `range`. */
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
  throw new Error('state is not partitioned by key group');
}
