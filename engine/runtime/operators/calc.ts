/**
 * Calc: projection and filter, compiled once. Change kinds pass through unchanged (a filtered
 * -U/+U pair stays consistent because the same condition sees the same row values).
 * CURRENT_WATERMARK() reads the watermark this operator has seen (NULL before the first).
 */
import type { Expr } from '../../expr/expr';
import type { Row, RowKind } from '../changelog';
import { compileCalc, type CalcFunction } from '../compile/compile';
import { BaseOperator, kindAt, MIN_WATERMARK } from './operator';

export class CalcOperator extends BaseOperator {
  readonly name = 'Calc';
  private readonly fn: CalcFunction;
  private watermark = MIN_WATERMARK;

  constructor(projection: readonly Expr[], filter?: Expr | null) {
    super();
    this.fn = compileCalc(projection, filter, {
      currentWatermark: () => (this.watermark === MIN_WATERMARK ? null : this.watermark),
    });
  }

  override processWatermark(wm: number): void {
    this.watermark = wm;
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const fn = this.fn;
    const out = this.out;
    for (let i = 0; i < rows.length; i++) {
      const r = fn(rows[i]!);
      if (r !== null) out.emit(kindAt(kinds, i), r);
    }
  }
}
