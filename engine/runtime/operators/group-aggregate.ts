/**
 * Non-windowed GROUP BY (Flink's GroupAggFunction). Output rows are the grouping keys followed
 * by the aggregate values. Per group: the first row emits +I; a change that alters the result
 * emits -U(old) then +U(new) (only +U when update-before is not required); a change that
 * leaves the result as it was emits nothing; when the group's row count drops to zero it emits
 * -D(old) and forgets the group. A retraction for an unknown group is ignored.
 */
import type { Value } from '../../types/values';
import { isAccumulate, RowKind, type Row } from '../changelog';
import type { AggCall } from '../aggregates/agg-function';
import { AggsHandle, type GroupAccumulators } from '../aggregates/aggs-handle';
import { rowEquals } from '../row/compare';
import { keySelector, type StateKey } from '../row/key';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator, kindAt } from './operator';

export interface GroupAggregateSpec {
  readonly groupKeys: readonly number[];
  readonly aggs: readonly AggCall[];
  /** Whether the input carries retractions (-U/-D). */
  readonly inputRetracts?: boolean;
  /** Emit -U before +U (retract mode); false for upsert consumers. Default true. */
  readonly updateBefore?: boolean;
  /** table.exec.state.ttl: a group idle this long is forgotten (its next row starts over with +I). */
  readonly stateTtlMs?: number;
  /**
   * Bounded (batch) mode: a global aggregate (no keys) over empty input still emits one row
   * at the end (COUNT(*) = 0, SUM = NULL), as Flink's batch mode does.
   */
  readonly emitEmptyGlobal?: boolean;
  /**
   * table.exec.mini-batch.enabled: each input batch is a bundle; a group changed several times
   * within it emits once (its state before the bundle, then after), as MiniBatchGroupAggFunction.
   */
  readonly miniBatch?: boolean;
}

export class GroupAggregateOperator extends BaseOperator {
  readonly name = 'GroupAggregate';
  private readonly state: KeyedState<GroupAccumulators>;
  private readonly keyOf: (row: Row) => StateKey;
  private readonly handle: AggsHandle;
  private readonly updateBefore: boolean;

  constructor(private readonly spec: GroupAggregateSpec) {
    super();
    this.state = new KeyedState(spec.stateTtlMs);
    this.keyOf = keySelector(spec.groupKeys);
    this.handle = new AggsHandle(spec.aggs, spec.inputRetracts ?? true);
    this.updateBefore = spec.updateBefore ?? true;
  }

  /** The output row of a group: its keys (from `row`), then the current aggregate results. */
  private output(row: Row, g: GroupAccumulators): Row {
    const keys = this.spec.groupKeys;
    const out = new Array<Value>(keys.length + this.handle.size);
    for (let i = 0; i < keys.length; i++) out[i] = row[keys[i]!]!;
    this.handle.valuesInto(g, out, keys.length);
    return out;
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    if (this.spec.miniBatch && rows.length > 1) {
      this.processBundle(kinds, rows);
      return;
    }
    const handle = this.handle;
    const state = this.state;
    const ttl = state.ttlMs !== undefined;
    const now = ttl ? this.ctx.now() : 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const acc = isAccumulate(kindAt(kinds, i));
      const key = this.keyOf(row);
      if (ttl) state.touch(key, now);
      let g = state.get(key);
      if (g === undefined) {
        if (!acc) continue;
        g = handle.create();
        handle.accumulate(g, row);
        state.set(key, g);
        this.out.emit(RowKind.Insert, this.output(row, g));
        continue;
      }
      // The previous result is recomputed rather than kept: one array per group is the memory budget.
      const prev = this.output(row, g);
      if (acc) handle.accumulate(g, row);
      else handle.retract(g, row);
      if (handle.rows(g) <= 0) {
        state.delete(key);
        this.out.emit(RowKind.Delete, prev);
        continue;
      }
      const next = this.output(row, g);
      // With a TTL Flink emits the update even when nothing changed (it refreshes downstream state).
      if (!ttl && rowEquals(prev, next)) continue;
      if (this.updateBefore) this.out.emit(RowKind.UpdateBefore, prev);
      this.out.emit(RowKind.UpdateAfter, next);
    }
  }

  /** Mini-batch: rows grouped by key (in first-seen order), each group applied and emitted once. */
  private processBundle(kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const bundle = new Map<StateKey, number[]>();
    for (let i = 0; i < rows.length; i++) {
      const key = this.keyOf(rows[i]!);
      const at = bundle.get(key);
      if (at === undefined) bundle.set(key, [i]);
      else at.push(i);
    }
    const handle = this.handle;
    const state = this.state;
    const ttl = state.ttlMs !== undefined;
    const now = ttl ? this.ctx.now() : 0;
    for (const [key, idx] of bundle) {
      if (ttl) state.touch(key, now);
      let g = state.get(key);
      const first = g === undefined;
      const prev = first ? null : this.output(rows[idx[0]!]!, g!);
      for (const i of idx) {
        const row = rows[i]!;
        if (isAccumulate(kindAt(kinds, i))) {
          if (g === undefined) g = handle.create();
          handle.accumulate(g, row);
        } else if (g !== undefined) handle.retract(g, row);
      }
      if (g === undefined) continue;
      const row = rows[idx[idx.length - 1]!]!;
      if (handle.rows(g) <= 0) {
        state.delete(key);
        if (prev !== null) this.out.emit(RowKind.Delete, prev);
        continue;
      }
      state.set(key, g);
      const next = this.output(row, g);
      if (prev === null) {
        this.out.emit(RowKind.Insert, next);
        continue;
      }
      if (!ttl && rowEquals(prev, next)) continue;
      if (this.updateBefore) this.out.emit(RowKind.UpdateBefore, prev);
      this.out.emit(RowKind.UpdateAfter, next);
    }
  }

  endInput(): void {
    if (this.spec.emitEmptyGlobal && this.spec.groupKeys.length === 0 && this.state.size === 0) {
      this.out.emit(RowKind.Insert, this.handle.values(this.handle.create()));
    }
  }

  onProcessingTime(now: number): void {
    this.state.expire(now);
  }

  override snapshotState(): unknown {
    return this.state.snapshot();
  }

  override restoreState(s: unknown): void {
    this.state.restore(s as KeyedSnapshot<GroupAccumulators>, undefined, this.ctx.now());
  }
}
