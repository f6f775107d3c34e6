/**
 * A result materialized as a table: the changelog applied. With an upsert key, +I/+U put the
 * row for its key (in place when the key is present), -D removes it and -U is ignored (the +U
 * that follows replaces the row). Without one, the table is a multiset of whole rows: +I/+U
 * add a row, -U/-D remove one equal row (the oldest). A row limit evicts the oldest rows
 * first, and counts them.
 */
import { isAccumulate, RowKind, type Row } from '../runtime/changelog';
import { keySelector, rowKey, type StateKey } from '../runtime/row/key';

export interface TableViewOptions {
  /** Upsert key columns; absent or empty materializes by whole row. */
  readonly key?: readonly number[];
  /** Keep at most this many rows (oldest evicted first). */
  readonly maxRows?: number;
}

export class TableView {
  /** Insertion-ordered rows by entry id. */
  private readonly entries = new Map<number, Row>();
  /** Key (upsert key or whole row) -> entry ids, oldest first. */
  private readonly index = new Map<StateKey, number[]>();
  private readonly keyOf: ((r: Row) => StateKey) | null;
  private readonly keyed: boolean;
  private nextId = 0;
  evicted = 0;

  constructor(private readonly options: TableViewOptions = {}) {
    this.keyed = (options.key?.length ?? 0) > 0;
    this.keyOf = this.keyed ? keySelector(options.key!) : null;
  }

  private keyFor(row: Row): StateKey {
    return this.keyOf ? this.keyOf(row) : rowKey(row);
  }

  apply(kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) this.applyOne(kinds === undefined ? RowKind.Insert : kinds[i]!, rows[i]!);
  }

  applyOne(kind: RowKind, row: Row): void {
    const key = this.keyFor(row);
    const ids = this.index.get(key);
    if (isAccumulate(kind)) {
      if (this.keyed && ids !== undefined && ids.length > 0) {
        this.entries.set(ids[0]!, row);
        return;
      }
      const id = this.nextId++;
      this.entries.set(id, row);
      if (ids === undefined) this.index.set(key, [id]);
      else ids.push(id);
      this.evict();
      return;
    }
    if (this.keyed && kind === RowKind.UpdateBefore) return;
    if (ids === undefined || ids.length === 0) return;
    const id = ids.shift()!;
    if (ids.length === 0) this.index.delete(key);
    this.entries.delete(id);
  }

  private evict(): void {
    const max = this.options.maxRows;
    if (max === undefined) return;
    while (this.entries.size > max) {
      const [id, row] = this.entries.entries().next().value as [number, Row];
      this.entries.delete(id);
      const key = this.keyFor(row);
      const ids = this.index.get(key);
      if (ids) {
        const at = ids.indexOf(id);
        if (at >= 0) ids.splice(at, 1);
        if (ids.length === 0) this.index.delete(key);
      }
      this.evicted++;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The rows, oldest first. */
  rows(): Row[] {
    return [...this.entries.values()];
  }
}
