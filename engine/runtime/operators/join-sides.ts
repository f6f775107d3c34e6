/**
 * The state both sides of an unbounded two-input join keep (regular joins, semi / anti joins):
 * per side, rows by join key with their multiplicity and, where the operator needs it, how many
 * rows of the other side match them; key selectors; NULL-key detection (a NULL key never
 * matches); TTL expiry, snapshot and restore of both sides.
 */
import type { Row } from '../changelog';
import { keySelector, type StateKey } from '../row/key';
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

export type JoinSideState = KeyedState<Map<string, JoinEntry>>;

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
    const [l, r] = s as [KeyedSnapshot<Map<string, JoinEntry>>, KeyedSnapshot<Map<string, JoinEntry>>];
    this.sides[0].restore(l, undefined, this.ctx.now());
    this.sides[1].restore(r, undefined, this.ctx.now());
  }
}
