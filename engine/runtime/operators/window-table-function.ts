/**
 * The TUMBLE / HOP / CUMULATE table functions on their own (no aggregation after them): each
 * row is emitted once per window containing its time, with window_start, window_end and
 * window_time (= window_end - 1) appended. Stateless; change kinds pass through.
 */
import type { Row, RowKind } from '../changelog';
import { BaseOperator, kindAt } from './operator';
import { forEachWindow, type WindowSpec } from './window-assigner';

export class WindowTableFunctionOperator extends BaseOperator {
  readonly name = 'WindowTableFunction';

  constructor(
    private readonly spec: WindowSpec,
    private readonly timeColumn: number,
  ) {
    super();
    if (spec.kind === 'SESSION') throw new Error('SESSION windows need an aggregation (use WindowAggregateOperator)');
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const ts = row[this.timeColumn];
      if (typeof ts !== 'number') continue;
      const kind = kindAt(kinds, i);
      forEachWindow(this.spec, ts, (start, end) => this.out.emit(kind, [...row, start, end, end - 1]));
    }
  }
}
