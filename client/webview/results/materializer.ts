/**
 * Applies a changelog to what the panel shows, keeping both views at once so switching
 * between them loses nothing:
 *
 * - the table (table mode): with an upsert key, +I/+U replace the row of that key (in place,
 *   so an updated row keeps its position) and -U/-D remove it; without a key rows are matched
 *   whole: +I/+U add a row, -U/-D remove one equal row.
 * - the history (changelog mode): every change with its kind, bounded (oldest dropped first).
 *
 * Rows live in slots; a removed row leaves a hole that the same key reuses, and holes are
 * compacted away once they outnumber the live rows. Row ids handed out (slot numbers, history
 * positions) are valid until the next `apply`.
 */
import { KIND_DELETE, KIND_INSERT, KIND_UPDATE_AFTER, KIND_UPDATE_BEFORE, KindCounts } from './protocol';

export type WireRow = readonly unknown[];

const COMPACT_MIN_HOLES = 4096;

export class Materializer {
  private slots: (WireRow | null)[] = [];
  private holes = 0;
  /** Keyed: key -> slot (the slot may be a hole the key will reuse). */
  private readonly bySlotKey = new Map<unknown, number>();
  /** Unkeyed: whole-row key -> live slots holding an equal row. */
  private readonly byRow = new Map<string, number[]>();
  private readonly keyOf: ((row: WireRow) => unknown) | null;

  private readonly histKinds: Uint8Array;
  private readonly histRows: (WireRow | undefined)[];
  private histStart = 0;
  private histLength = 0;

  private counts = { inserts: 0, updatesBefore: 0, updatesAfter: 0, deletes: 0 };
  /** Retractions that matched no row (a sign of a bad upsert key or a truncated snapshot). */
  unmatched = 0;
  /** Changes skipped because their kind or row was not well-formed. */
  malformed = 0;
  /** Increases on every change; views compare it to know when to re-render. */
  version = 0;

  constructor(
    readonly upsertKey: readonly number[] | null,
    readonly historyCapacity = 100_000,
  ) {
    this.keyOf = upsertKey && upsertKey.length > 0 ? keyFunction(upsertKey) : null;
    this.histKinds = new Uint8Array(historyCapacity);
    this.histRows = new Array<WireRow | undefined>(historyCapacity);
  }

  /** Applies one batch: `kinds[i]` is the RowKind of `rows[i]`. */
  apply(kinds: readonly number[], rows: readonly WireRow[]): void {
    const n = Math.min(kinds.length, rows.length);
    for (let i = 0; i < n; i++) {
      const kind = kinds[i];
      const row = rows[i];
      if (!(kind >= KIND_INSERT && kind <= KIND_DELETE) || !Array.isArray(row)) {
        this.malformed++;
        continue;
      }
      this.record(kind, row);
      const add = kind === KIND_INSERT || kind === KIND_UPDATE_AFTER;
      if (this.keyOf) {
        if (add) this.upsert(this.keyOf(row), row);
        else this.removeKey(this.keyOf(row));
      } else if (add) {
        this.addRow(row);
      } else {
        this.removeRow(row);
      }
    }
    if (n > 0) this.version++;
    if (this.holes > COMPACT_MIN_HOLES && this.holes > this.slots.length - this.holes) this.compact();
  }

  /** Number of rows in the table. */
  get size(): number {
    return this.slots.length - this.holes;
  }

  get kindCounts(): KindCounts {
    return { ...this.counts };
  }

  /** Table row ids (slots) in display order. */
  tableIds(): Int32Array {
    const out = new Int32Array(this.size);
    let j = 0;
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== null) out[j++] = i;
    return out;
  }

  tableRow(id: number): WireRow {
    return this.slots[id] ?? [];
  }

  /** The table's rows in display order. */
  tableRows(limit = Infinity): WireRow[] {
    const out: WireRow[] = [];
    for (const row of this.slots) {
      if (row === null) continue;
      if (out.length >= limit) break;
      out.push(row);
    }
    return out;
  }

  get historySize(): number {
    return this.histLength;
  }

  /** History ids run 0 (oldest kept) .. historySize-1 (newest). */
  historyIds(): Int32Array {
    const out = new Int32Array(this.histLength);
    for (let i = 0; i < out.length; i++) out[i] = i;
    return out;
  }

  historyRow(id: number): WireRow {
    return this.histRows[(this.histStart + id) % this.historyCapacity] ?? [];
  }

  historyKind(id: number): number {
    return this.histKinds[(this.histStart + id) % this.historyCapacity];
  }

  /**
   * Loads a snapshot into an empty materializer: the table's rows as they were, the history
   * tail and the counters (nothing is counted twice).
   */
  load(tableRows: readonly WireRow[], history: { kinds: readonly number[]; rows: readonly WireRow[] }, counts: KindCounts): void {
    for (const row of tableRows) {
      if (this.keyOf) this.upsert(this.keyOf(row), row);
      else this.addRow(row);
    }
    const n = Math.min(history.kinds.length, history.rows.length);
    for (let i = 0; i < n; i++) this.record(history.kinds[i], history.rows[i]);
    this.counts = { ...counts };
    this.version++;
  }

  /** The newest `limit` history entries, oldest first. */
  historyTail(limit: number): { kinds: number[]; rows: WireRow[] } {
    const kinds: number[] = [];
    const rows: WireRow[] = [];
    for (let id = Math.max(0, this.histLength - limit); id < this.histLength; id++) {
      kinds.push(this.historyKind(id));
      rows.push(this.historyRow(id));
    }
    return { kinds, rows };
  }

  private record(kind: number, row: WireRow): void {
    if (kind === KIND_INSERT) this.counts.inserts++;
    else if (kind === KIND_UPDATE_BEFORE) this.counts.updatesBefore++;
    else if (kind === KIND_UPDATE_AFTER) this.counts.updatesAfter++;
    else this.counts.deletes++;
    const cap = this.historyCapacity;
    if (cap === 0) return;
    if (this.histLength < cap) {
      const at = (this.histStart + this.histLength) % cap;
      this.histKinds[at] = kind;
      this.histRows[at] = row;
      this.histLength++;
    } else {
      this.histKinds[this.histStart] = kind;
      this.histRows[this.histStart] = row;
      this.histStart = (this.histStart + 1) % cap;
    }
  }

  private upsert(key: unknown, row: WireRow): void {
    const slot = this.bySlotKey.get(key);
    if (slot === undefined) {
      this.bySlotKey.set(key, this.slots.length);
      this.slots.push(row);
      return;
    }
    if (this.slots[slot] === null) this.holes--;
    this.slots[slot] = row;
  }

  private removeKey(key: unknown): void {
    const slot = this.bySlotKey.get(key);
    if (slot === undefined || this.slots[slot] === null) {
      this.unmatched++;
      return;
    }
    this.slots[slot] = null;
    this.holes++;
  }

  private addRow(row: WireRow): void {
    const k = JSON.stringify(row);
    const slot = this.slots.length;
    this.slots.push(row);
    const list = this.byRow.get(k);
    if (list) list.push(slot);
    else this.byRow.set(k, [slot]);
  }

  private removeRow(row: WireRow): void {
    const k = JSON.stringify(row);
    const list = this.byRow.get(k);
    const slot = list?.pop();
    if (slot === undefined) {
      this.unmatched++;
      return;
    }
    if (list!.length === 0) this.byRow.delete(k);
    this.slots[slot] = null;
    this.holes++;
  }

  private compact(): void {
    const old = this.slots;
    const remap = new Int32Array(old.length).fill(-1);
    const next: WireRow[] = [];
    for (let i = 0; i < old.length; i++) {
      const row = old[i];
      if (row === null) continue;
      remap[i] = next.length;
      next.push(row);
    }
    this.slots = next;
    this.holes = 0;
    if (this.keyOf) {
      for (const [key, slot] of this.bySlotKey) {
        const to = remap[slot];
        if (to < 0) this.bySlotKey.delete(key);
        else this.bySlotKey.set(key, to);
      }
    } else {
      for (const list of this.byRow.values()) for (let i = 0; i < list.length; i++) list[i] = remap[list[i]];
    }
  }
}

/** A Map key for the upsert key columns: the value itself for one primitive column, else JSON. */
function keyFunction(cols: readonly number[]): (row: WireRow) => unknown {
  if (cols.length === 1) {
    const c = cols[0];
    return (row) => {
      const v = row[c];
      return v === null || typeof v !== 'object' ? v : JSON.stringify(v);
    };
  }
  return (row) => JSON.stringify(cols.map((c) => row[c]));
}
