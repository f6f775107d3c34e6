import type { StateKey } from '../row/key';

/**
 * Event-time timers of a keyed operator: time → the keys with something due then. A plain Map, so
 * an operator's snapshot holds it as it is.
 */
export type KeyTimers = Map<number, Set<StateKey>>;

/** Registers `key` at `time`. */
export function addTimer(timers: KeyTimers, time: number, key: StateKey): void {
  let keys = timers.get(time);
  if (keys === undefined) timers.set(time, (keys = new Set()));
  keys.add(key);
}

/** The registered times for which `isDue` holds, ascending (the caller fires and deletes them). */
export function dueTimes(timers: KeyTimers, isDue: (time: number) => boolean): number[] {
  return [...timers.keys()].filter(isDue).sort((a, b) => a - b);
}
