/**
 * A changelog batch (row kinds and positional rows) as one ArrayBuffer, so a batch crosses to
 * a worker thread as a transfer (no structured clone of every row object). Values follow
 * engine/types/values.ts, each tagged:
 *
 *   batch  = u32 rows | u8 all-insert | (u8 kind × rows unless all-insert) | row × rows
 *   row    = u32 arity | value × arity
 *   value  = u8 tag | payload:  0 null, 1 false, 2 true, 3 i32 (integral numbers that fit),
 *            4 f64 (other numbers), 5 u32 length + UTF-8 (string), 9 u32 length + ASCII (string
 *            of ASCII characters only: read back natively), 10 u32 n + u16 × n (a string that is
 *            not well-formed UTF-16, a lone surrogate: kept as it is), 6 u32 length + bytes (Uint8Array),
 *            7 u32 n + value × n (Array: ARRAY, ROW), 8 u32 n + (key, value) × n (Map: MAP,
 *            MULTISET, VARIANT objects)
 *
 * Little-endian. The encoder writes only the rows a router picked for one target (`select`).
 */
import type { Row, RowKind } from '../changelog';
import type { Value } from '../../types/values';

const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const INT = 3;
const DOUBLE = 4;
const STRING = 5;
const BYTES = 6;
const ARRAY = 7;
const MAP = 8;
const ASCII = 9;
const UTF16 = 10;

/** Node's native string <-> bytes calls on a Buffer, without the argument checks of `write` / `toString`. */
type NativeBuffer = Buffer & {
  utf8Write(s: string, offset: number, length: number): number;
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
};

/** Strings up to this many characters are written char by char (when ASCII); longer ones natively. */
const SHORT = 8;
/** Bytes any primitive value takes at most (tag + f64). */
const PRIMITIVE = 9;

export class BatchEncoder {
  private buf: ArrayBuffer;
  private u8: Uint8Array;
  private nb: NativeBuffer;
  private dv: DataView;
  private pos = 0;

  constructor(initialBytes = 1 << 16) {
    this.buf = new ArrayBuffer(initialBytes);
    this.u8 = new Uint8Array(this.buf);
    this.nb = Buffer.from(this.buf) as NativeBuffer;
    this.dv = new DataView(this.buf);
  }

  /**
   * Encodes the rows i with `select[i] === target` (every row when `select` is undefined) into
   * a fresh buffer of just their bytes, handed out for transfer; returns it with the rows written.
   * The encoding itself goes through one scratch buffer per thread, grown as needed.
   */
  static encode(kinds: readonly RowKind[] | undefined, rows: readonly Row[], select?: Uint16Array, target = 0): { buffer: ArrayBuffer; count: number } {
    const e = (scratch ??= new BatchEncoder());
    const count = e.write(kinds, rows, select, target);
    return { buffer: e.buf.slice(0, e.pos), count };
  }

  private write(kinds: readonly RowKind[] | undefined, rows: readonly Row[], select: Uint16Array | undefined, target: number): number {
    this.pos = 0;
    let count = 0;
    if (select === undefined) count = rows.length;
    else for (let i = 0; i < rows.length; i++) if (select[i] === target) count++;
    this.ensure(5 + (kinds === undefined ? 0 : count));
    this.dv.setUint32(0, count, true);
    this.u8[4] = kinds === undefined ? 1 : 0;
    this.pos = 5;
    if (kinds !== undefined) {
      for (let i = 0; i < rows.length; i++) if (select === undefined || select[i] === target) this.u8[this.pos++] = kinds[i]!;
    }
    for (let i = 0; i < rows.length; i++) {
      if (select !== undefined && select[i] !== target) continue;
      const row = rows[i]!;
      // Room for the arity and every primitive; strings, bytes and containers make their own.
      this.ensure(4 + row.length * PRIMITIVE);
      this.dv.setUint32(this.pos, row.length, true);
      this.pos += 4;
      for (let c = 0; c < row.length; c++) this.value(row[c]!);
    }
    return count;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.u8.length) return;
    let size = this.u8.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new ArrayBuffer(size);
    const u8 = new Uint8Array(next);
    u8.set(this.u8.subarray(0, this.pos));
    this.buf = next;
    this.u8 = u8;
    this.nb = Buffer.from(next) as NativeBuffer;
    this.dv = new DataView(next);
  }

  /** One value; the caller made room for a primitive (PRIMITIVE bytes). */
  private value(v: Value): void {
    if (v === null || v === undefined) {
      this.u8[this.pos++] = NULL;
      return;
    }
    switch (typeof v) {
      case 'number':
        if ((v | 0) === v && (v !== 0 || 1 / v > 0)) {
          this.u8[this.pos] = INT;
          this.dv.setInt32(this.pos + 1, v, true);
          this.pos += 5;
        } else {
          this.u8[this.pos] = DOUBLE;
          this.dv.setFloat64(this.pos + 1, v, true);
          this.pos += 9;
        }
        return;
      case 'string':
        this.string(v);
        return;
      case 'boolean':
        this.u8[this.pos++] = v ? TRUE : FALSE;
        return;
      default:
        break;
    }
    if (v instanceof Uint8Array) {
      this.ensure(5 + v.length);
      this.u8[this.pos] = BYTES;
      this.dv.setUint32(this.pos + 1, v.length, true);
      this.u8.set(v, this.pos + 5);
      this.pos += 5 + v.length;
    } else if (Array.isArray(v)) {
      this.ensure(5);
      this.u8[this.pos] = ARRAY;
      this.dv.setUint32(this.pos + 1, v.length, true);
      this.pos += 5;
      for (let i = 0; i < v.length; i++) {
        this.ensure(PRIMITIVE);
        this.value(v[i]!);
      }
    } else if (v instanceof Map) {
      this.ensure(5);
      this.u8[this.pos] = MAP;
      this.dv.setUint32(this.pos + 1, v.size, true);
      this.pos += 5;
      for (const [k, x] of v) {
        this.ensure(PRIMITIVE);
        this.value(k);
        this.ensure(PRIMITIVE);
        this.value(x);
      }
    } else {
      throw new Error(`a row value of type ${Object.prototype.toString.call(v)} is not a run-time value (engine/types/values.ts)`);
    }
  }

  private string(s: string): void {
    const n = s.length;
    this.ensure(5 + n * 3);
    const u8 = this.u8;
    const start = this.pos + 5;
    let len = -1;
    if (n <= SHORT) {
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 0x7f) break;
        u8[start + i] = c;
      }
      if (i === n) len = n;
    }
    if (len < 0) {
      if (!(s as string & { isWellFormed(): boolean }).isWellFormed()) {
        this.utf16(s);
        return;
      }
      // UTF-8 takes more bytes than characters exactly when some character is not ASCII.
      len = this.nb.utf8Write(s, start, n * 3);
    }
    u8[this.pos] = len === n ? ASCII : STRING;
    this.dv.setUint32(this.pos + 1, len, true);
    this.pos = start + len;
  }

  private utf16(s: string): void {
    this.ensure(5 + s.length * 2);
    this.u8[this.pos] = UTF16;
    this.dv.setUint32(this.pos + 1, s.length, true);
    this.pos += 5;
    for (let i = 0; i < s.length; i++, this.pos += 2) this.dv.setUint16(this.pos, s.charCodeAt(i), true);
  }
}


/** Reads a batch written by BatchEncoder, handing each row to `emit` in order. */
export function decodeBatch(buffer: ArrayBuffer, emit: (kind: RowKind, row: Row) => void): number {
  const r = new Reader(buffer);
  const count = r.dv.getUint32(0, true);
  const allInsert = r.u8[4] === 1;
  const kindsAt = 5;
  r.pos = 5 + (allInsert ? 0 : count);
  for (let i = 0; i < count; i++) {
    const arity = r.dv.getUint32(r.pos, true);
    r.pos += 4;
    const row = new Array<Value>(arity);
    for (let c = 0; c < arity; c++) row[c] = r.value();
    emit((allInsert ? 0 : r.u8[kindsAt + i]!) as RowKind, row);
  }
  return count;
}

/** A decoded batch as the executor's arrays (`kinds` undefined when every row is +I). */
export function decodeBatchArrays(buffer: ArrayBuffer): { kinds: RowKind[] | undefined; rows: Row[] } {
  const allInsert = new Uint8Array(buffer, 4, 1)[0] === 1;
  const kinds: RowKind[] = [];
  const rows: Row[] = [];
  decodeBatch(buffer, (k, row) => {
    if (!allInsert) kinds.push(k);
    rows.push(row);
  });
  return { kinds: allInsert ? undefined : kinds, rows };
}

let scratch: BatchEncoder | undefined;

class Reader {
  readonly u8: Uint8Array;
  readonly nb: NativeBuffer;
  readonly dv: DataView;
  pos = 0;

  constructor(buffer: ArrayBuffer) {
    this.u8 = new Uint8Array(buffer);
    this.nb = Buffer.from(buffer) as NativeBuffer;
    this.dv = new DataView(buffer);
  }

  value(): Value {
    const tag = this.u8[this.pos++];
    switch (tag) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case INT: {
        const v = this.dv.getInt32(this.pos, true);
        this.pos += 4;
        return v;
      }
      case DOUBLE: {
        const v = this.dv.getFloat64(this.pos, true);
        this.pos += 8;
        return v;
      }
      case ASCII: {
        const n = this.dv.getUint32(this.pos, true);
        const start = this.pos + 4;
        this.pos = start + n;
        return this.nb.latin1Slice(start, start + n);
      }
      case STRING: {
        const n = this.dv.getUint32(this.pos, true);
        const start = this.pos + 4;
        this.pos = start + n;
        return this.nb.utf8Slice(start, start + n);
      }
      case UTF16: {
        const n = this.dv.getUint32(this.pos, true);
        this.pos += 4;
        let out = '';
        for (let i = 0; i < n; i++, this.pos += 2) out += String.fromCharCode(this.dv.getUint16(this.pos, true));
        return out;
      }
      case BYTES: {
        const n = this.dv.getUint32(this.pos, true);
        const start = this.pos + 4;
        this.pos = start + n;
        return this.u8.slice(start, start + n);
      }
      case ARRAY: {
        const n = this.dv.getUint32(this.pos, true);
        this.pos += 4;
        const a = new Array<Value>(n);
        for (let i = 0; i < n; i++) a[i] = this.value();
        return a;
      }
      case MAP: {
        const n = this.dv.getUint32(this.pos, true);
        this.pos += 4;
        const m = new Map<Value, Value>();
        for (let i = 0; i < n; i++) {
          const k = this.value();
          m.set(k, this.value());
        }
        return m;
      }
      default:
        throw new Error(`corrupt row batch: unknown value tag ${tag} at byte ${this.pos - 1}`);
    }
  }
}
