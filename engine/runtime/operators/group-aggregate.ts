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
import { SlotSlab } from '../state/slot-slab';
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
  /** Key -> group id; the group's accumulators live in `slab`. */
  private readonly state: KeyedState<number>;
  private readonly slab: SlotSlab;
  private readonly keyOf: (row: Row) => StateKey;
  private readonly handle: AggsHandle;
  private readonly updateBefore: boolean;

  constructor(private readonly spec: GroupAggregateSpec) {
    super();
    this.state = new KeyedState(spec.stateTtlMs);
    this.keyOf = keySelector(spec.groupKeys);
    this.handle = new AggsHandle(spec.aggs, spec.inputRetracts ?? true);
    this.slab = new SlotSlab(this.handle.slots);
    this.updateBefore = spec.updateBefore ?? true;
  }

  /** The output row of a group: its keys (from `row`), then the current aggregate results. */
  private output(row: Row, g: GroupAccumulators, base: number): Row {
    const keys = this.spec.groupKeys;
    const out = new Array<Value>(keys.length + this.handle.size);
    for (let i = 0; i < keys.length; i++) out[i] = row[keys[i]!]!;
    this.handle.valuesInto(g, out, keys.length, base);
    return out;
  }

  /** A new group's id, its accumulators initialized. */
  private newGroup(): number {
    const id = this.slab.alloc();
    this.handle.init(this.slab.chunk(id), this.slab.base(id));
    return id;
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    if (this.spec.miniBatch && rows.length > 1) {
      this.processBundle(kinds, rows);
      return;
    }
    const handle = this.handle;
    const state = this.state;
    const slab = this.slab;
    const ttl = state.ttlMs !== undefined;
    const now = ttl ? this.ctx.now() : 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const acc = isAccumulate(kindAt(kinds, i));
      const key = this.keyOf(row);
      if (ttl) state.touch(key, now);
      let id = state.get(key);
      if (id === undefined) {
        if (!acc) continue;
        id = this.newGroup();
        const g = slab.chunk(id);
        const base = slab.base(id);
        handle.accumulate(g, row, base);
        state.set(key, id);
        this.out.emit(RowKind.Insert, this.output(row, g, base));
        continue;
      }
      const g = slab.chunk(id);
      const base = slab.base(id);
      // The previous result is recomputed rather than kept: the slots are the memory budget.
      const prev = this.output(row, g, base);
      if (acc) handle.accumulate(g, row, base);
      else handle.retract(g, row, base);
      if (handle.rows(g, base) <= 0) {
        state.delete(key);
        slab.release(id);
        this.out.emit(RowKind.Delete, prev);
        continue;
      }
      const next = this.output(row, g, base);
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
    const slab = this.slab;
    const ttl = state.ttlMs !== undefined;
    const now = ttl ? this.ctx.now() : 0;
    for (const [key, idx] of bundle) {
      if (ttl) state.touch(key, now);
      let id = state.get(key);
      const prev = id === undefined ? null : this.output(rows[idx[0]!]!, slab.chunk(id), slab.base(id));
      for (const i of idx) {
        const row = rows[i]!;
        if (isAccumulate(kindAt(kinds, i))) {
          if (id === undefined) id = this.newGroup();
          handle.accumulate(slab.chunk(id), row, slab.base(id));
        } else if (id !== undefined) handle.retract(slab.chunk(id), row, slab.base(id));
      }
      if (id === undefined) continue;
      const g = slab.chunk(id);
      const base = slab.base(id);
      const row = rows[idx[idx.length - 1]!]!;
      if (handle.rows(g, base) <= 0) {
        state.delete(key);
        slab.release(id);
        if (prev !== null) this.out.emit(RowKind.Delete, prev);
        continue;
      }
      state.set(key, id);
      const next = this.output(row, g, base);
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
    this.state.expire(now, (id) => this.slab.release(id));
  }

  /** Keyed snapshot of each group's accumulators as an array of its own (the slab is not part of the format). */
  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.state.size;
  }

  override snapshotState(): unknown {
    const snap = this.state.snapshot();
    const groups: KeyedSnapshot<GroupAccumulators>['groups'] = {};
    for (const [g, entries] of Object.entries(snap.groups)) groups[Number(g)] = entries.map(([k, id]) => [k, this.slab.read(id)]);
    return { maxParallelism: snap.maxParallelism, groups } satisfies KeyedSnapshot<GroupAccumulators>;
  }

  override restoreState(s: unknown): void {
    const snap = s as KeyedSnapshot<GroupAccumulators>;
    this.slab.clear();
    const groups: KeyedSnapshot<number>['groups'] = {};
    for (const [g, entries] of Object.entries(snap.groups)) groups[Number(g)] = entries.map(([k, slots]) => [k, this.slab.write(slots)]);
    this.state.restore({ maxParallelism: snap.maxParallelism, groups }, undefined, this.ctx.now());
  }
}
