/**
 * The state both sides of an unbounded two-input join keep (regular joins, semi / anti joins):
 * per side, rows by join key with their multiplicity and, where the operator needs it, how many
 * rows of the other side match them; key selectors; NULL-key detection (a NULL key never
 * matches); TTL expiry, snapshot and restore of both sides.
 *
 * A key's rows on one side are a bucket: a list, or a Map by row key (row/key.ts). Until a side
 * has seen a retraction (an append-only input never does), its rows are appended to the list:
 * no search for an equal row, no row key built (copies of a row may then be separate entries,
 * which is the same multiset). Once it has, copies of an equal row share one entry with a
 * count: a list of at most LIST_MAX rows is searched by value, a longer bucket becomes a Map
 * (duplicates merged) so a row is found in constant time. Iteration is in insertion order in
 * both forms.
 */
import type { Row } from '../changelog';
import { rowEquals } from '../row/compare';
import { keySelector, rowKey, type StateKey } from '../row/key';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator } from './operator';

export interface JoinEntry {
  row: Row;
  count: number;
  /** Matching rows on the other side (kept where the operator needs it). */
  assoc: number;
  /** Rows of the other side whose match is UNKNOWN (a mark join's NULL comparisons). */
  unknown?: number;
}

/** The rows of one key on one side. */
export type JoinBucket = JoinEntry[] | Map<string, JoinEntry>;

export type JoinSideState = KeyedState<JoinBucket>;

/** Distinct rows a bucket holds as a list before it becomes a Map by row key. */
const LIST_MAX = 8;

function newEntry(row: Row, assoc: number, unknown: number | undefined): JoinEntry {
  return unknown === undefined ? { row, count: 1, assoc } : { row, count: 1, assoc, unknown };
}

/** A list bucket turned into a Map by row key, copies of a row merged into one entry (they have the same matches). */
function byRowKey(state: JoinSideState, key: StateKey, list: readonly JoinEntry[]): Map<string, JoinEntry> {
  const map = new Map<string, JoinEntry>();
  for (const e of list) {
    const rk = rowKey(e.row);
    const had = map.get(rk);
    if (had === undefined) map.set(rk, e);
    else had.count += e.count;
  }
  state.set(key, map);
  return map;
}

/** The entry of a row equal to `row`, if the bucket has one. */
export function findEntry(bucket: JoinBucket, row: Row): JoinEntry | undefined {
  if (bucket instanceof Map) return bucket.get(rowKey(row));
  for (let i = 0; i < bucket.length; i++) if (rowEquals(bucket[i]!.row, row)) return bucket[i];
  return undefined;
}

export abstract class TwoSidedJoin extends BaseOperator {
  protected readonly sides: [JoinSideState, JoinSideState];
  /** Whether a side has had a retraction (until then rows are only appended). */
  private readonly retracting: [boolean, boolean] = [false, false];
  protected readonly keyOf: [(r: Row) => StateKey, (r: Row) => StateKey];
  private readonly keyCols: [readonly number[], readonly number[]];

  constructor(leftKeys: readonly number[], rightKeys: readonly number[], stateTtlMs: number | undefined) {
    super();
    this.sides = [new KeyedState(stateTtlMs), new KeyedState(stateTtlMs)];
    this.keyOf = [keySelector(leftKeys), keySelector(rightKeys)];
    this.keyCols = [leftKeys, rightKeys];
  }

  /** One more copy of `row` under `key` on `side` (a new entry starts with `assoc` / `unknown` matches). */
  protected addRow(side: number, key: StateKey, row: Row, now: number, assoc: number, unknown?: number): void {
    const state = this.sides[side]!;
    state.touch(key, now);
    let bucket = state.get(key);
    if (bucket === undefined) {
      state.set(key, [newEntry(row, assoc, unknown)]);
      return;
    }
    if (!(bucket instanceof Map)) {
      if (!this.retracting[side]) {
        bucket.push(newEntry(row, assoc, unknown));
        return;
      }
      if (bucket.length > LIST_MAX) bucket = byRowKey(state, key, bucket);
    }
    const e = findEntry(bucket, row);
    if (e !== undefined) {
      e.count++;
      return;
    }
    const entry = newEntry(row, assoc, unknown);
    if (bucket instanceof Map) bucket.set(rowKey(row), entry);
    else if (bucket.length < LIST_MAX) bucket.push(entry);
    else byRowKey(state, key, bucket).set(rowKey(row), entry);
  }

  /** One copy of `row` fewer under `key` on `side` (nothing when there is none). */
  protected removeRow(side: number, key: StateKey, row: Row): void {
    this.retracting[side] = true;
    const state = this.sides[side]!;
    let bucket = state.get(key);
    if (bucket === undefined) return;
    if (!(bucket instanceof Map) && bucket.length > LIST_MAX) bucket = byRowKey(state, key, bucket);
    if (bucket instanceof Map) {
      const rk = rowKey(row);
      const e = bucket.get(rk);
      if (e === undefined || --e.count > 0) return;
      bucket.delete(rk);
      if (bucket.size === 0) state.delete(key);
      return;
    }
    for (let i = 0; i < bucket.length; i++) {
      const e = bucket[i]!;
      if (!rowEquals(e.row, row)) continue;
      if (--e.count > 0) return;
      bucket.splice(i, 1);
      if (bucket.length === 0) state.delete(key);
      return;
    }
  }

  protected hasNullKey(side: number, row: Row): boolean {
    const cols = this.keyCols[side]!;
    for (let i = 0; i < cols.length; i++) if (row[cols[i]!] === null) return true;
    return false;
  }

  onProcessingTime(now: number): void {
    this.sides[0].expire(now);
    this.sides[1].expire(now);
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.sides[0].size + this.sides[1].size;
  }

  override snapshotState(): unknown {
    return [this.sides[0].snapshot(), this.sides[1].snapshot()];
  }

  override restoreState(s: unknown): void {
    const [l, r] = s as [KeyedSnapshot<JoinBucket>, KeyedSnapshot<JoinBucket>];
    this.sides[0].restore(l, undefined, this.ctx.now());
    this.sides[1].restore(r, undefined, this.ctx.now());
  }
}
