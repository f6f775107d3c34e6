/**
 * Window join: two window TVF outputs joined on window_start, window_end and equal keys
 * (Flink's WindowJoinOperator). Rows are buffered per window; when the watermark reaches a
 * window's last millisecond, each key's left and right rows are joined once, insert-only
 * (INNER, LEFT / RIGHT / FULL with NULL padding, SEMI and ANTI emitting left rows). Rows of
 * windows that already fired are late: dropped and counted.
 */
import type { Expr } from '../../expr/expr';
import type { Value } from '../../types/values';
import { RowKind, type Row } from '../changelog';
import { compilePredicate, type RowPredicate } from '../compile/compile';
import { keySelector, type StateKey } from '../row/key';
import { BaseOperator, MIN_WATERMARK } from './operator';
import { isFired } from './window-assigner';

export interface WindowJoinSpec {
  readonly type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'SEMI' | 'ANTI';
  /** Join keys besides the window. */
  readonly leftKeys: readonly number[];
  readonly rightKeys: readonly number[];
  readonly leftWindowEnd: number;
  readonly rightWindowEnd: number;
  readonly leftArity: number;
  readonly rightArity: number;
  readonly condition?: Expr | null;
}

type Buckets = Map<StateKey, [Row[], Row[]]>;

export class WindowJoinOperator extends BaseOperator {
  readonly name: string;
  private windows = new Map<number, Buckets>();
  private watermark = MIN_WATERMARK;
  private readonly keyOf: [(r: Row) => StateKey, (r: Row) => StateKey];
  private readonly cond: RowPredicate | null;
  private readonly leftNulls: Value[];
  private readonly rightNulls: Value[];

  constructor(private readonly spec: WindowJoinSpec) {
    super();
    this.name = `WindowJoin(${spec.type})`;
    this.keyOf = [keySelector(spec.leftKeys), keySelector(spec.rightKeys)];
    this.cond = spec.condition ? compilePredicate(spec.condition) : null;
    this.leftNulls = new Array<Value>(spec.leftArity).fill(null);
    this.rightNulls = new Array<Value>(spec.rightArity).fill(null);
  }

  processBatch(side: number, _kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const endCol = side === 0 ? this.spec.leftWindowEnd : this.spec.rightWindowEnd;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const end = row[endCol];
      if (typeof end !== 'number') continue;
      if (isFired(end, this.watermark)) {
        this.metrics.lateDropped++;
        continue;
      }
      let buckets = this.windows.get(end);
      if (buckets === undefined) this.windows.set(end, (buckets = new Map()));
      const key = this.keyOf[side]!(row);
      let b = buckets.get(key);
      if (b === undefined) buckets.set(key, (b = [[], []]));
      b[side]!.push(row);
    }
  }

  override processWatermark(wm: number): void {
    if (wm <= this.watermark) return;
    this.watermark = wm;
    const due = [...this.windows.keys()].filter((e) => isFired(e, wm)).sort((a, b) => a - b);
    for (const end of due) {
      for (const [ls, rs] of this.windows.get(end)!.values()) this.joinBucket(ls, rs);
      this.windows.delete(end);
    }
  }

  private joinBucket(ls: Row[], rs: Row[]): void {
    const t = this.spec.type;
    const nullKey = this.hasNullKey(ls, rs);
    const rightMatched = new Array<boolean>(rs.length).fill(false);
    for (const l of ls) {
      let matched = false;
      if (!nullKey) {
        for (let j = 0; j < rs.length; j++) {
          const joined = [...l, ...rs[j]!];
          if (this.cond !== null && !this.cond(joined)) continue;
          matched = true;
          rightMatched[j] = true;
          if (t === 'SEMI' || t === 'ANTI') break;
          this.out.emit(RowKind.Insert, joined);
        }
      }
      if (t === 'SEMI' && matched) this.out.emit(RowKind.Insert, l);
      else if (t === 'ANTI' && !matched) this.out.emit(RowKind.Insert, l);
      else if (!matched && (t === 'LEFT' || t === 'FULL')) this.out.emit(RowKind.Insert, [...l, ...this.rightNulls]);
    }
    if (t === 'RIGHT' || t === 'FULL') {
      for (let j = 0; j < rs.length; j++) if (!rightMatched[j]) this.out.emit(RowKind.Insert, [...this.leftNulls, ...rs[j]!]);
    }
  }

  /** Whether the bucket's rows carry a NULL join key (NULL never equals NULL). */
  private hasNullKey(ls: Row[], rs: Row[]): boolean {
    const r = ls[0] ?? rs[0];
    if (r === undefined) return false;
    const cols = ls.length > 0 ? this.spec.leftKeys : this.spec.rightKeys;
    return cols.some((c) => r[c] === null);
  }

  /** Windows held (metrics). */
  stateSize(): number {
    return this.windows.size;
  }

  override snapshotState(): unknown {
    return { watermark: this.watermark, windows: this.windows };
  }

  override restoreState(s: unknown): void {
    const st = s as { watermark: number; windows: Map<number, Buckets> };
    this.watermark = st.watermark;
    this.windows = st.windows;
  }
}
