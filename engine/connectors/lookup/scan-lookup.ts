/**
 * A lookup over a connector's own source (files, a local topic): the table's rows are read into
 * an index by the lookup key, and `lookup` first reads whatever the source has gained since
 * (new records of a log), so each lookup sees the table as it is then. Changelog sources are
 * applied as they mean: upsert records replace the row of their primary key (a tombstone
 * removes it), retractions remove one copy of their row.
 *
 * The source must answer synchronously (splits, open and poll returning values, as the
 * filesystem and local-topic sources do), since a lookup join asks row by row.
 */
import { isAccumulate, RowKind, type Row } from '../../runtime/changelog';
import { encodeKey } from '../../runtime/row/key';
import type { Value } from '../../types/values';
import { OptionError } from '../options';
import type { LookupSource, Source, SplitReader, TableContext } from '../api';

interface Copies {
  row: Row;
  count: number;
}

const POLL_ROWS = 4096;

export class ScanLookup implements LookupSource {
  private readonly readers: SplitReader[] = [];
  private readonly live: boolean[] = [];
  /** Lookup key -> row identity (primary key for upsert sources, else the whole row) -> copies. */
  private readonly index = new Map<string, Map<string, Copies>>();
  /** Upsert sources: primary key -> the lookup key its current row is indexed under. */
  private readonly byPrimaryKey = new Map<string, string>();
  private readonly pk: readonly number[] | undefined;

  constructor(
    private readonly ctx: TableContext,
    source: Source,
    private readonly keys: readonly number[],
  ) {
    const splits = source.splits();
    if (splits instanceof Promise) throw new OptionError(`table ${ctx.tableName}: its connector cannot answer lookups (its splits are listed asynchronously)`);
    for (const s of splits) {
      const r = source.open(s);
      if (r instanceof Promise) throw new OptionError(`table ${ctx.tableName}: its connector cannot answer lookups (its readers open asynchronously)`);
      this.readers.push(r);
      this.live.push(true);
    }
    if (source.changelogMode === 'upsert') {
      const names = ctx.primaryKey ?? [];
      if (names.length === 0) throw new OptionError(`table ${ctx.tableName}: an upsert table needs a PRIMARY KEY to be looked up`);
      this.pk = names.map((n) => ctx.columns.findIndex((c) => c.name === n));
    }
  }

  /** Set by `snapshot`: answers from what was read then, reads no further. */
  private frozen = false;

  lookup(key: readonly Value[]): readonly Row[] {
    if (!this.frozen) this.catchUp();
    const bucket = this.index.get(encodeKey(key));
    if (bucket === undefined) return [];
    const out: Row[] = [];
    for (const c of bucket.values()) for (let i = 0; i < c.count; i++) out.push(c.row);
    return out;
  }

  snapshot(): LookupSource {
    this.catchUp();
    this.frozen = true;
    return this;
  }

  /** Reads every split until it has nothing more right now (or has ended). */
  private catchUp(): void {
    for (let s = 0; s < this.readers.length; s++) {
      while (this.live[s]) {
        const b = this.readers[s]!.poll(POLL_ROWS);
        if (b instanceof Promise) throw new OptionError(`table ${this.ctx.tableName}: its connector cannot answer lookups (it reads asynchronously)`);
        if (b.errors && b.errors.length > 0) {
          const e = b.errors[0]!;
          throw new OptionError(`table ${this.ctx.tableName}: a record could not be read for a lookup at ${e.location}: ${e.message}`);
        }
        for (let i = 0; i < b.rows.length; i++) this.apply(b.kinds?.[i] ?? RowKind.Insert, b.rows[i]!);
        if (b.end) this.live[s] = false;
        if (b.end || b.idle || b.rows.length === 0) break;
      }
    }
  }

  private apply(kind: RowKind, row: Row): void {
    const key = encodeKey(this.keys.map((k) => row[k]!));
    if (this.pk !== undefined) {
      const id = encodeKey(this.pk.map((k) => row[k]!));
      const before = this.byPrimaryKey.get(id);
      if (before !== undefined) {
        const b = this.index.get(before);
        b?.delete(id);
        if (b?.size === 0) this.index.delete(before);
        this.byPrimaryKey.delete(id);
      }
      if (kind === RowKind.Insert || kind === RowKind.UpdateAfter) {
        this.bucket(key).set(id, { row, count: 1 });
        this.byPrimaryKey.set(id, key);
      }
      return;
    }
    const id = encodeKey(row);
    if (isAccumulate(kind)) {
      const b = this.bucket(key);
      const c = b.get(id);
      if (c === undefined) b.set(id, { row, count: 1 });
      else c.count++;
      return;
    }
    const b = this.index.get(key);
    const c = b?.get(id);
    if (c === undefined) return;
    if (--c.count === 0) b!.delete(id);
    if (b!.size === 0) this.index.delete(key);
  }

  private bucket(key: string): Map<string, Copies> {
    let b = this.index.get(key);
    if (b === undefined) this.index.set(key, (b = new Map()));
    return b;
  }
}
