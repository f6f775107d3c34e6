/**
 * INTERSECT / EXCEPT, DISTINCT and ALL, over changelogs: keyed by the whole row (NULLs equal,
 * as set operations compare), counting the row's copies on each side. The number of copies
 * in the output follows from the two counts: INTERSECT ALL min(l, r), EXCEPT ALL max(l - r, 0),
 * INTERSECT 1 when both are positive, EXCEPT 1 when only the left one is. Every change moves
 * the counts; the difference in output copies goes out as +I or -D (what Flink's aggregate
 * plans of these operations emit after materialization).
 */
import { isAccumulate, RowKind, type Row } from '../changelog';
import { rowKey } from '../row/key';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator, kindAt } from './operator';

export interface SetOperationSpec {
  readonly op: 'INTERSECT' | 'EXCEPT';
  readonly all: boolean;
}

interface Counts {
  row: Row;
  left: number;
  right: number;
}

export class SetOperationOperator extends BaseOperator {
  readonly name: string;
  private readonly state = new KeyedState<Counts>();
  private readonly copies: (c: Counts) => number;

  constructor(spec: SetOperationSpec) {
    super();
    this.name = `${spec.op === 'INTERSECT' ? 'Intersect' : 'Minus'}${spec.all ? 'All' : ''}`;
    this.copies =
      spec.op === 'INTERSECT'
        ? spec.all
          ? (c) => Math.min(c.left, c.right)
          : (c) => (c.left > 0 && c.right > 0 ? 1 : 0)
        : spec.all
          ? (c) => Math.max(c.left - c.right, 0)
          : (c) => (c.left > 0 && c.right === 0 ? 1 : 0);
  }

  processBatch(input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const delta = isAccumulate(kindAt(kinds, i)) ? 1 : -1;
      const key = rowKey(row);
      let c = this.state.get(key);
      if (c === undefined) this.state.set(key, (c = { row, left: 0, right: 0 }));
      const before = this.copies(c);
      if (input === 0) c.left = Math.max(c.left + delta, 0);
      else c.right = Math.max(c.right + delta, 0);
      const after = this.copies(c);
      for (let k = before; k < after; k++) this.out.emit(RowKind.Insert, c.row);
      for (let k = after; k < before; k++) this.out.emit(RowKind.Delete, c.row);
      if (c.left === 0 && c.right === 0) this.state.delete(key);
    }
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.state.size;
  }

  override snapshotState(): unknown {
    return this.state.snapshot();
  }

  override restoreState(s: unknown): void {
    this.state.restore(s as KeyedSnapshot<Counts>, undefined, this.ctx.now());
  }
}
