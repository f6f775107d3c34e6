/**
 * Keyed parallelism inside one executor: N subtasks of a keyed operator (a GROUP BY, a
 * regular or semi / anti join), each owning a contiguous key-group range (state/key-groups.ts).
 * A batch is routed by the key group of each row's key (the hash exchange), each subtask gets
 * its rows in their original order, and their outputs go into the one collector (the merge):
 * every key is processed by one subtask in input order, so each key's changelog is exactly
 * what one subtask would emit; only the interleaving of different keys differs. Watermarks,
 * processing time and end of input reach every subtask.
 *
 * State is the subtasks' keyed snapshots merged into one, in the same format as a single
 * operator's, so a checkpoint taken at any parallelism restores at any other; `rescale`
 * snapshots, builds the subtasks of the new parallelism and gives each its key groups.
 */
import type { Row, RowKind } from '../changelog';
import { keyGroupOf, keySelector, type StateKey } from '../row/key';
import { keyGroupOwners, keyGroupRange, mergeKeyedStates, splitKeyedState } from '../state/key-groups';
import type { Operator, OperatorContext } from './operator';

/** An operator whose state can be redistributed to another parallelism. */
export interface Rescalable {
  readonly parallelism: number;
  rescale(parallelism: number): void;
}

export function isRescalable(op: Operator): op is Operator & Rescalable {
  return typeof (op as Partial<Rescalable>).rescale === 'function';
}

export class KeyedParallelOperator implements Operator, Rescalable {
  readonly name: string;
  private subtasks: Operator[] = [];
  private owners: Uint16Array;
  private readonly keyOf: ReadonlyArray<(row: Row) => StateKey>;
  private ctx: OperatorContext | undefined;

  /**
   * @param create a fresh subtask (every one the same operator)
   * @param keys the key columns of each input, as the operator keys its state
   */
  constructor(
    private readonly create: () => Operator,
    keys: ReadonlyArray<readonly number[]>,
    private p = 1,
  ) {
    this.owners = keyGroupOwners(p);
    this.keyOf = keys.map((k) => keySelector(k));
    this.subtasks = this.build(p);
    this.name = this.subtasks[0]!.name;
  }

  get parallelism(): number {
    return this.p;
  }

  private build(p: number): Operator[] {
    keyGroupRange(0, p); // validates p
    return Array.from({ length: p }, () => this.create());
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    for (const s of this.subtasks) s.open(ctx);
  }

  processBatch(input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const subs = this.subtasks;
    if (subs.length === 1) {
      subs[0]!.processBatch(input, kinds, rows);
      return;
    }
    const keyOf = this.keyOf[input]!;
    const owners = this.owners;
    const parts: Row[][] = subs.map(() => []);
    const partKinds: RowKind[][] | undefined = kinds === undefined ? undefined : subs.map(() => []);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const s = owners[keyGroupOf(keyOf(row))]!;
      parts[s]!.push(row);
      if (partKinds !== undefined) partKinds[s]!.push(kinds![i]!);
    }
    for (let s = 0; s < subs.length; s++) {
      if (parts[s]!.length > 0) subs[s]!.processBatch(input, partKinds?.[s], parts[s]!);
    }
  }

  processWatermark(watermark: number): void {
    for (const s of this.subtasks) s.processWatermark(watermark);
  }

  onProcessingTime(now: number): void {
    for (const s of this.subtasks) s.onProcessingTime?.(now);
  }

  endInput(): void {
    for (const s of this.subtasks) s.endInput?.();
  }

  /** Keys held over all subtasks (metrics). */
  stateSize(): number {
    let n = 0;
    for (const s of this.subtasks) n += s.stateSize?.() ?? 0;
    return n;
  }

  snapshotState(): unknown {
    const states = this.subtasks.map((s) => s.snapshotState());
    return states.length === 1 ? states[0] : mergeKeyedStates(states);
  }

  restoreState(state: unknown): void {
    const p = this.subtasks.length;
    this.subtasks.forEach((s, i) => s.restoreState(p === 1 ? state : splitKeyedState(state, keyGroupRange(i, p))));
  }

  /** Redistributes the state by key-group ranges to `parallelism` fresh subtasks. */
  rescale(parallelism: number): void {
    if (parallelism === this.p) return;
    const state = this.snapshotState();
    const next = this.build(parallelism);
    this.subtasks = next;
    this.p = parallelism;
    this.owners = keyGroupOwners(parallelism);
    if (this.ctx !== undefined) for (const s of next) s.open(this.ctx);
    this.restoreState(state);
  }
}
