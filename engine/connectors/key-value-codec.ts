/**
 * Rows <-> keyed records (key bytes, value bytes), as Flink's Kafka connectors lay them out;
 * shared by local topics and Kafka. Options, with Kafka's names: `key.fields` (default: the
 * primary key), `key.format`, `key.fields-prefix`, `value.format` (or `format`),
 * `value.fields-include` (ALL | EXCEPT_KEY). With a primary key the table is an upsert
 * table: -U is not written, -D is a tombstone (null value); reading gives +I for a key's first
 * value seen by the decoder, +U for later ones, -D for tombstones.
 */
import type { ChangelogMode, ColumnSpec, TableContext } from './api';
import { OptionError, Options } from './options';
import { RowKind, type Row } from '../runtime/changelog';
import type { Value } from '../types/values';
import type { Deserializer, Serializer } from '../formats/format';
import { resolveFormat, type ResolvedFormat } from './table-format';

export const KEY_VALUE_OPTION_KEYS = ['key.fields', 'key.format', 'key.fields-prefix', 'value.format', 'format', 'value.fields-include'] as const;

export interface KeyedRecord {
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
}

const toBytes = (r: Uint8Array | string | null): Uint8Array | null => (r === null ? null : typeof r === 'string' ? Buffer.from(r, 'utf8') : r);

export class KeyValueCodec {
  readonly keyIndexes: readonly number[];
  /** Physical column indexes carried in the value. */
  readonly valueIndexes: readonly number[];
  readonly upsert: boolean;
  readonly changelogMode: ChangelogMode;
  private readonly keyFormat: ResolvedFormat | undefined;
  private readonly valueFormat: ResolvedFormat;
  private readonly keyColumns: ColumnSpec[];
  private readonly valueColumns: ColumnSpec[];

  constructor(private readonly ctx: TableContext) {
    const o = Options.of(ctx);
    const prefix = o.string('key.fields-prefix', '');
    const keyFields = o.has('key.fields')
      ? o.required('key.fields').split(';').map((s) => s.trim()).filter(Boolean)
      : [...(ctx.primaryKey ?? [])];
    this.keyIndexes = keyFields.map((f) => {
      const i = ctx.columns.findIndex((c) => c.name === f);
      if (i < 0) throw o.bad('key.fields', o.string('key.fields') ?? f, `columns of the table (no column '${f}')`);
      if (!f.startsWith(prefix)) throw o.bad('key.fields', o.string('key.fields'), `columns starting with the key.fields-prefix '${prefix}'`);
      return i;
    });
    const include = o.oneOf('value.fields-include', ['ALL', 'EXCEPT_KEY'] as const, 'ALL');
    const all = ctx.columns.map((_, i) => i);
    this.valueIndexes = include === 'ALL' ? all : all.filter((i) => !this.keyIndexes.includes(i));
    if (include === 'EXCEPT_KEY' && this.keyIndexes.length === 0) {
      throw new OptionError(`table ${ctx.tableName}: 'value.fields-include' = 'EXCEPT_KEY' needs key fields ('key.fields' or a primary key)`);
    }
    if (prefix !== '' && include === 'ALL') {
      throw new OptionError(`table ${ctx.tableName}: 'key.fields-prefix' needs 'value.fields-include' = 'EXCEPT_KEY'`);
    }
    this.keyColumns = this.keyIndexes.map((i) => ({ ...ctx.columns[i], name: ctx.columns[i].name.slice(prefix.length) }));
    this.valueColumns = this.valueIndexes.map((i) => ctx.columns[i]);
    this.upsert = (ctx.primaryKey?.length ?? 0) > 0;
    if (this.upsert && this.keyIndexes.length === 0) throw new OptionError(`table ${ctx.tableName}: an upsert table needs key fields`);
    this.valueFormat = o.has('value.format') ? resolveFormat(ctx, 'value.') : resolveFormat(ctx, '', 'json');
    this.keyFormat = this.keyIndexes.length > 0 ? resolveFormat(ctx, 'key.', 'json') : undefined;
    this.changelogMode = this.upsert ? 'upsert' : this.valueFormat.factory.changelogMode;
    // Validate the format options now, not at the first record.
    this.valueFormat.factory.createDeserializer(this.valueColumns, this.valueFormat.options);
  }

  /** A writer of rows as records. */
  encoder(): KeyValueEncoder {
    const value = this.valueFormat.factory.createSerializer(this.valueColumns, this.valueFormat.options);
    const key = this.keyFormat?.factory.createSerializer(this.keyColumns, this.keyFormat.options);
    return new KeyValueEncoder(this, this.ctx.tableName, key, value, this.valueFormat.factory.changelogMode !== 'insert-only');
  }

  /** A reader of records as rows; stateful (it knows which keys it has seen), one per split. */
  decoder(): KeyValueDecoder {
    // Projection push-down: the value format may skip columns the query does not read (key columns are always read).
    const wanted = this.ctx.readColumns ? new Set([...this.ctx.readColumns, ...this.keyIndexes]) : undefined;
    const read = wanted ? this.valueIndexes.flatMap((ci, i) => (wanted.has(ci) ? [i] : [])) : undefined;
    const value = this.valueFormat.factory.createDeserializer(this.valueColumns, this.valueFormat.options, read);
    const key = this.keyFormat?.factory.createDeserializer(this.keyColumns, this.keyFormat.options);
    return new KeyValueDecoder(this, this.ctx.columns.length, key, value);
  }
}

export class KeyValueEncoder {
  constructor(
    private readonly c: KeyValueCodec,
    private readonly table: string,
    private readonly key: Serializer | undefined,
    private readonly value: Serializer,
    private readonly valueCarriesChanges: boolean,
  ) {}

  /** The record for a change, or null when nothing is written (-U of an upsert table). */
  encode(row: Row, kind: RowKind): KeyedRecord | null {
    let value: Uint8Array | null;
    const valueRow = this.c.valueIndexes.length === row.length ? row : this.c.valueIndexes.map((i) => row[i]);
    if (this.c.upsert) {
      if (kind === RowKind.UpdateBefore) return null;
      value = kind === RowKind.Delete ? null : toBytes(this.value.encode(valueRow, kind));
    } else {
      if (kind !== RowKind.Insert && !this.valueCarriesChanges) {
        throw new Error(`table ${this.table} is append-only (no primary key, format without changes); it cannot take ${['+I', '-U', '+U', '-D'][kind]} changes`);
      }
      value = toBytes(this.value.encode(valueRow, kind));
    }
    const key = this.key ? toBytes(this.key.encode(this.c.keyIndexes.map((k) => row[k]), RowKind.Insert)) : null;
    return { key, value };
  }
}

export class KeyValueDecoder {
  readonly ignoreParseErrors: boolean;
  private readonly seen = new Set<string>();
  private readonly scratchRows: Row[] = [];
  private readonly scratchKinds: RowKind[] = [];

  constructor(
    private readonly c: KeyValueCodec,
    private readonly width: number,
    private readonly key: Deserializer | undefined,
    private readonly value: Deserializer,
  ) {
    this.ignoreParseErrors = value.ignoreParseErrors;
  }

  /** Appends the rows of one record (physical columns in table order). Throws RecordDecodeError. */
  decode(record: KeyedRecord, rows: Row[], kinds: RowKind[], problems?: string[]): void {
    const needKey = this.key !== undefined && (this.c.upsert || this.c.valueIndexes.length < this.width);
    let keyRow: Row | undefined;
    if (needKey) {
      this.scratchRows.length = 0;
      this.scratchKinds.length = 0;
      this.key!.decode(record.key ?? new Uint8Array(0), this.scratchRows, this.scratchKinds, problems);
      keyRow = this.scratchRows[0];
    }
    const id = this.c.upsert && record.key !== null ? Buffer.from(record.key.buffer, record.key.byteOffset, record.key.byteLength).toString('latin1') : '';
    if (record.value === null) {
      if (!this.c.upsert) return; // a tombstone means nothing to an append-only table
      const row: Row = new Array<Value>(this.width).fill(null);
      this.c.keyIndexes.forEach((ci, i) => (row[ci] = keyRow ? keyRow[i] : null));
      rows.push(row);
      kinds.push(RowKind.Delete);
      this.seen.delete(id);
      return;
    }
    const before = rows.length;
    this.value.decode(record.value, rows, kinds, problems);
    if (this.c.valueIndexes.length < this.width) {
      for (let r = before; r < rows.length; r++) {
        const full: Row = new Array<Value>(this.width).fill(null);
        this.c.valueIndexes.forEach((ci, i) => (full[ci] = rows[r][i]));
        this.c.keyIndexes.forEach((ci, i) => (full[ci] = keyRow ? keyRow[i] : null));
        rows[r] = full;
      }
    }
    if (this.c.upsert) {
      for (let r = before; r < rows.length; r++) kinds[r] = this.seen.has(id) ? RowKind.UpdateAfter : RowKind.Insert;
      this.seen.add(id);
    }
  }
}
