/**
 * ORDER BY / LIMIT / OFFSET outside the time order:
 * - `SortOperator` (bounded input, snapshot mode): collects the final rows (retractions take
 *   rows away) and emits them sorted, with OFFSET/LIMIT applied, when the input ends;
 * - `LimitOperator` (streaming LIMIT without ORDER BY over append-only input): passes the
 *   rows after OFFSET until LIMIT rows went out, then drops the rest.
 */
import { isAccumulate, RowKind, type Row } from '../changelog';
import { rowComparator, valueEquals, type SortField } from '../row/compare';
import { BaseOperator, kindAt } from './operator';

export interface SortSpec {
  readonly orderBy: readonly SortField[];
  readonly offset?: number;
  readonly limit?: number;
}

export class SortOperator extends BaseOperator {
  readonly name = 'Sort';
  private rows: Row[] = [];
  private readonly cmp: (a: Row, b: Row) => number;

  constructor(private readonly spec: SortSpec) {
    super();
    this.cmp = rowComparator(spec.orderBy);
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (isAccumulate(kindAt(kinds, i))) {
        this.rows.push(row);
        continue;
      }
      for (let j = this.rows.length - 1; j >= 0; j--) {
        const r = this.rows[j]!;
        if (r.length === row.length && r.every((v, c) => v === row[c] || valueEquals(v, row[c]!))) {
          this.rows.splice(j, 1);
          break;
        }
      }
    }
  }

  endInput(): void {
    const sorted = [...this.rows].sort(this.cmp); // stable: ties keep arrival order
    const from = this.spec.offset ?? 0;
    const to = this.spec.limit === undefined ? sorted.length : from + this.spec.limit;
    for (const r of sorted.slice(from, to)) this.out.emit(RowKind.Insert, r);
    this.rows = [];
  }

  override snapshotState(): unknown {
    return this.rows;
  }

  override restoreState(s: unknown): void {
    this.rows = s as Row[];
  }
}

export class LimitOperator extends BaseOperator {
  readonly name = 'Limit';
  private seen = 0;

  constructor(
    private readonly limit: number,
    private readonly offset = 0,
  ) {
    super();
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) {
      if (this.seen >= this.offset + this.limit) return;
      if (this.seen++ >= this.offset) this.out.emit(kindAt(kinds, i), rows[i]!);
    }
  }

  /** Whether no further row can pass (the job may stop reading). */
  get exhausted(): boolean {
    return this.seen >= this.offset + this.limit;
  }

  override snapshotState(): unknown {
    return this.seen;
  }

  override restoreState(s: unknown): void {
    this.seen = s as number;
  }
}
