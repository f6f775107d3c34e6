/** Where a running script sends what it produces: query results, messages and catalog listings. */
import type { ChangelogMode } from '../planner/physical/changelog-mode';
import type { CounterSnapshot } from '../results/counters';
import type { ResultField } from '../results/format/row-formats';
import type { Row, RowKind } from '../runtime/changelog';

export interface QueryInfo {
  /** `file.sql:12`. */
  readonly location: string;
  readonly fields: readonly ResultField[];
  readonly mode: ChangelogMode;
  /** Snapshot mode: the changes are the final result, all +I. */
  readonly snapshot: boolean;
}

export interface QueryEnd {
  readonly reason: 'end' | 'timeout' | 'limit' | 'stopped';
  readonly counters: CounterSnapshot;
  readonly elapsedMs: number;
}

export interface ScriptOutput {
  /** A query starts producing results. */
  beginQuery(info: QueryInfo): void;
  changes(kinds: readonly RowKind[], rows: readonly Row[], counters: CounterSnapshot): void;
  endQuery(end: QueryEnd): void;
  /** `Table created.`, `SET ...`, `INSERT INTO t: 3 rows`. */
  message(text: string): void;
  /** SHOW / DESCRIBE results. */
  table(columns: readonly string[], rows: readonly (readonly (string | boolean | null)[])[]): void;
  /** EXPLAIN text. */
  text(text: string): void;
}
