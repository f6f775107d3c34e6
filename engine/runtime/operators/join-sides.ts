/**
 * The state both sides of an unbounded two-input join keep (regular joins, semi / anti joins):
 * per side, rows by join key with their multiplicity and, where the operator needs it, how many
 * rows of the other side match them; key selectors; NULL-key detection (a NULL key never
 * matches); TTL expiry, snapshot and restore of both sides.
 *
 * A key's rows on one side are a bucket: a short list while it holds at most LIST_MAX distinct
 * rows (found by comparing values: no row key is built, no Map allocated, which is most keys),
 * then a Map by row key (row/key.ts), so large buckets still find a row in constant time.
 * Copies of an equal row share one entry with a count in both forms; iteration is in
 * insertion order in both.
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

/** The entry of a row equal to `row`, if the bucket has one. */
export function findEntry(bucket: JoinBucket, row: Row): JoinEntry | undefined {
  if (bucket instanceof Map) return bucket.get(rowKey(row));
  for (let i = 0; i < bucket.length; i++) if (rowEquals(bucket[i]!.row, row)) return bucket[i];
  return undefined;
}

export abstract class TwoSidedJoin extends BaseOperator {
  protected readonly sides: [JoinSideState, JoinSideState];
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
    const bucket = state.get(key);
    if (bucket !== undefined) {
      const e = findEntry(bucket, row);
      if (e !== undefined) {
        e.count++;
        return;
      }
    }
    const entry: JoinEntry = unknown === undefined ? { row, count: 1, assoc } : { row, count: 1, assoc, unknown };
    if (bucket === undefined) state.set(key, [entry]);
    else if (bucket instanceof Map) bucket.set(rowKey(row), entry);
    else if (bucket.length < LIST_MAX) bucket.push(entry);
    else {
      const byKey = new Map<string, JoinEntry>();
      for (const e of bucket) byKey.set(rowKey(e.row), e);
      byKey.set(rowKey(row), entry);
      state.set(key, byKey);
    }
  }

  /** One copy of `row` fewer under `key` on `side` (nothing when there is none). */
  protected removeRow(side: number, key: StateKey, row: Row): void {
    const state = this.sides[side]!;
    const bucket = state.get(key);
    if (bucket === undefined) return;
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
