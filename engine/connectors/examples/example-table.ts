/**
 * What one table of the built-in `examples` catalog is: its schema (the catalog shows the same
 * columns, key and watermark) and a deterministic stream of rows indexed 0, 1, 2, ...: row n's
 * event time and content depend only on the seed and n, so any split or restart reproduces it.
 */
import type { ChangelogMode, ColumnSpec } from '../api';
import type { Row, RowKind } from '../../runtime/changelog';

export interface StreamConfig {
  readonly seed: number;
  /** Rows (marketplace) or events (nexmark) per second of event time. */
  readonly rate: number;
  /** Event time of index 0, epoch millis. */
  readonly baseTime: number;
  /** The columns read (TableContext.readColumns): a stream may leave the others null. All when absent. */
  readonly readColumns?: readonly number[];
}

export interface ExampleStream {
  /** When index n is due, in event time (non-decreasing in n); also when it is emitted in wall-clock mode. */
  timeOf(n: number): number;
  /** The row at index n, or undefined when index n belongs to another table (nexmark's shared stream). */
  row(n: number): { row: Row; kind: RowKind } | undefined;
}

export interface ExampleTable {
  /** `marketplace.clicks`: database and table in the examples catalog. */
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  readonly primaryKey?: readonly string[];
  readonly watermark: { readonly column: string; readonly delayMs: number };
  readonly changelogMode: ChangelogMode;
  /** Default rate: rows per second for marketplace, events per second for nexmark. */
  readonly defaultRate: number;
  /** What the rate counts: `rows` of this table, or `events` of the shared nexmark stream. */
  readonly rateUnit: 'rows' | 'events';
  stream(config: StreamConfig): ExampleStream;
}
