/**
 * Keyed state: one entry per key in a Map keyed by primitives (see row/key.ts). Snapshots
 * group entries by key group, so a restore can take only the key groups a subtask owns
 * (rescaling, as Flink's key-group ranges do).
 */
import { DEFAULT_MAX_PARALLELISM, keyGroupOf, type StateKey } from '../row/key';

export interface KeyedSnapshot<S> {
  readonly maxParallelism: number;
  /** Entries per key group. */
  readonly groups: Record<number, [StateKey, S][]>;
}

export class KeyedState<S> {
  readonly map = new Map<StateKey, S>();

  constructor(readonly maxParallelism = DEFAULT_MAX_PARALLELISM) {}

  get(key: StateKey): S | undefined {
    return this.map.get(key);
  }
  set(key: StateKey, s: S): void {
    this.map.set(key, s);
  }
  delete(key: StateKey): void {
    this.map.delete(key);
  }
  get size(): number {
    return this.map.size;
  }

  snapshot(): KeyedSnapshot<S> {
    const groups: Record<number, [StateKey, S][]> = {};
    for (const [k, s] of this.map) (groups[keyGroupOf(k, this.maxParallelism)] ??= []).push([k, s]);
    return { maxParallelism: this.maxParallelism, groups };
  }

  /** Restores the entries of the key groups in [from, to] (all when not given). */
  restore(snap: KeyedSnapshot<S>, range?: { from: number; to: number }): void {
    this.map.clear();
    for (const [g, entries] of Object.entries(snap.groups)) {
      const kg = Number(g);
      if (range && (kg < range.from || kg > range.to)) continue;
      for (const [k, s] of entries) this.map.set(k, s);
    }
  }
}
