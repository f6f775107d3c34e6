/**
 * Keyed state: one entry per key in a Map keyed by primitives (see row/key.ts). Snapshots
 * group entries by key group, so a restore can take only the key groups a subtask owns
 * (rescaling, as Flink's key-group ranges do). With a TTL (`table.exec.state.ttl`), entries
 * not touched for that long in processing time are dropped by `expire`.
 */
import { DEFAULT_MAX_PARALLELISM, keyGroupOf, type StateKey } from '../row/key';

export interface KeyedSnapshot<S> {
  readonly maxParallelism: number;
  /** Entries per key group. */
  readonly groups: Record<number, [StateKey, S][]>;
}

export class KeyedState<S> {
  readonly map = new Map<StateKey, S>();
  /** Last access per key, in processing time (only with a TTL). */
  private readonly access: Map<StateKey, number> | null;
  private lastSweep = 0;

  constructor(
    readonly ttlMs?: number,
    readonly maxParallelism = DEFAULT_MAX_PARALLELISM,
  ) {
    this.access = ttlMs !== undefined && ttlMs > 0 ? new Map() : null;
  }

  /** Records an access to `key` (a no-op without a TTL). */
  touch(key: StateKey, now: number): void {
    if (this.access !== null) this.access.set(key, now);
  }

  /** Drops entries idle for the TTL, each handed to `dropped`; sweeps at most once per tenth of the TTL. */
  expire(now: number, dropped?: (s: S) => void): void {
    const ttl = this.ttlMs;
    if (this.access === null || ttl === undefined || now - this.lastSweep < ttl / 10) return;
    this.lastSweep = now;
    for (const [k, t] of this.access) {
      if (now - t >= ttl) {
        this.access.delete(k);
        if (dropped !== undefined && this.map.has(k)) dropped(this.map.get(k)!);
        this.map.delete(k);
      }
    }
  }

  get(key: StateKey): S | undefined {
    return this.map.get(key);
  }
  set(key: StateKey, s: S): void {
    this.map.set(key, s);
  }
  delete(key: StateKey): void {
    this.map.delete(key);
    this.access?.delete(key);
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
  restore(snap: KeyedSnapshot<S>, range?: { from: number; to: number }, now = 0): void {
    this.map.clear();
    this.access?.clear();
    for (const [g, entries] of Object.entries(snap.groups)) {
      const kg = Number(g);
      if (range && (kg < range.from || kg > range.to)) continue;
      for (const [k, s] of entries) {
        this.map.set(k, s);
        this.access?.set(k, now);
      }
    }
  }
}
