/**
 * Lookup join `probe JOIN dim FOR SYSTEM_TIME AS OF probe.proctime ON key` against a table that
 * answers point lookups (a local topic with a primary key, a cache): each probe row looks up
 * its key when it arrives, in processing time, so later changes of the table do not revise
 * earlier results. INNER drops rows without a match, LEFT pads them with NULLs; change kinds
 * of the probe side pass through. Rows with a NULL key match nothing.
 */
import type { Expr } from '../../expr/expr';
import type { Value } from '../../types/values';
import type { Row, RowKind } from '../changelog';
import { compilePredicate, type RowPredicate } from '../compile/compile';
import { BaseOperator, kindAt } from './operator';

/** The looked-up table: rows whose key columns equal `key`, in key-column order. */
export type LookupFn = (key: readonly Value[]) => readonly Row[];

export interface LookupJoinSpec {
  readonly type: 'INNER' | 'LEFT';
  readonly leftKeys: readonly number[];
  readonly lookup: LookupFn;
  readonly rightArity: number;
  /** Extra condition over probe ++ looked-up row. */
  readonly condition?: Expr | null;
}

export class LookupJoinOperator extends BaseOperator {
  readonly name: string;
  private readonly cond: RowPredicate | null;
  private readonly nulls: Value[];

  constructor(private readonly spec: LookupJoinSpec) {
    super();
    this.name = `LookupJoin(${spec.type})`;
    this.cond = spec.condition ? compilePredicate(spec.condition) : null;
    this.nulls = new Array<Value>(spec.rightArity).fill(null);
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const keys = this.spec.leftKeys;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const kind = kindAt(kinds, i);
      const key = keys.map((c) => row[c]!);
      let matched = false;
      if (!key.some((v) => v === null)) {
        for (const r of this.spec.lookup(key)) {
          const joined = [...row, ...r];
          if (this.cond !== null && !this.cond(joined)) continue;
          matched = true;
          this.out.emit(kind, joined);
        }
      }
      if (!matched && this.spec.type === 'LEFT') this.out.emit(kind, [...row, ...this.nulls]);
    }
  }
}
