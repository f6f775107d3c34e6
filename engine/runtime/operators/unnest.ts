/**
 * CROSS JOIN UNNEST(array_or_map_or_multiset) and LEFT JOIN UNNEST(...) ON TRUE: each input
 * row is emitted once per element with the element's columns appended (a MAP element gives
 * key, value; a ROW element its fields; a MULTISET element repeats by its count). An empty or
 * NULL collection drops the row (CROSS) or pads it with NULLs (LEFT). Change kinds pass
 * through, so retractions unnest the same way.
 */
import type { Value } from '../../types/values';
import type { Row, RowKind } from '../changelog';
import { BaseOperator, kindAt } from './operator';

export interface UnnestSpec {
  readonly column: number;
  readonly collection: 'ARRAY' | 'MAP' | 'MULTISET';
  /** Elements that are ROWs are spread into their fields. */
  readonly elementIsRow?: boolean;
  /** Columns the element adds (for NULL padding). */
  readonly elementArity: number;
  readonly left?: boolean;
  /** Append the 1-based position (WITH ORDINALITY). */
  readonly withOrdinality?: boolean;
}

export class UnnestOperator extends BaseOperator {
  readonly name = 'Unnest';
  private readonly padding: Value[];

  constructor(private readonly spec: UnnestSpec) {
    super();
    this.padding = new Array<Value>(spec.elementArity + (spec.withOrdinality ? 1 : 0)).fill(null);
  }

  private element(row: Row, v: Value, ord: number): Row {
    const cols: Value[] = this.spec.elementIsRow && Array.isArray(v) ? v : [v];
    return this.spec.withOrdinality ? [...row, ...cols, ord] : [...row, ...cols];
  }

  processBatch(_input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    const { column, collection } = this.spec;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const kind = kindAt(kinds, i);
      const c = row[column];
      let emitted = 0;
      if (collection === 'ARRAY' && Array.isArray(c)) {
        for (const v of c) this.out.emit(kind, this.element(row, v, ++emitted));
      } else if (collection === 'MAP' && c instanceof Map) {
        for (const [k, v] of c) {
          emitted++;
          this.out.emit(kind, this.spec.withOrdinality ? [...row, k, v, emitted] : [...row, k, v]);
        }
      } else if (collection === 'MULTISET' && c instanceof Map) {
        for (const [v, n] of c) for (let j = 0; j < (n as number); j++) this.out.emit(kind, this.element(row, v, ++emitted));
      }
      if (emitted === 0 && this.spec.left) this.out.emit(kind, [...row, ...this.padding]);
    }
  }
}
