/** UNION ALL: every input's changes, unchanged; the executor combines watermarks by minimum. */
import type { Row, RowKind } from '../changelog';
import { BaseOperator, kindAt } from './operator';

export class UnionOperator extends BaseOperator {
  readonly name = 'Union';

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) this.out.emit(kindAt(kinds, i), rows[i]!);
  }
}
