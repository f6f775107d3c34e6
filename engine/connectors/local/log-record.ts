/**
 * The on-disk record of a local topic partition, little-endian:
 *
 *   u32 body length | u32 CRC-32 of body | body
 *   body = f64 offset | f64 timestamp (epoch ms) | i32 key length (-1 = null) | key
 *        | i32 value length (-1 = null, a tombstone) | value
 *
 * A record is valid only when its whole body is present and its checksum matches, so a write
 * torn by a crash is recognised (and truncated away) when the partition is opened.
 */
import { crc32 } from './crc32';

export interface LogRecord {
  readonly offset: number;
  readonly timestamp: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
}

export const HEADER_BYTES = 8;
const FIXED_BODY = 8 + 8 + 4 + 4;

export function encodedSize(key: Uint8Array | null, value: Uint8Array | null): number {
  return HEADER_BYTES + FIXED_BODY + (key?.length ?? 0) + (value?.length ?? 0);
}

/** Writes one record at `pos` of `buf` (which must have room), returns the position after it. */
export function writeRecord(buf: Buffer, pos: number, r: LogRecord): number {
  const bodyStart = pos + HEADER_BYTES;
  let p = bodyStart;
  buf.writeDoubleLE(r.offset, p);
  buf.writeDoubleLE(r.timestamp, p + 8);
  p += 16;
  p = writeBytes(buf, p, r.key);
  p = writeBytes(buf, p, r.value);
  buf.writeUInt32LE(p - bodyStart, pos);
  buf.writeUInt32LE(crc32(buf.subarray(bodyStart, p)), pos + 4);
  return p;
}

function writeBytes(buf: Buffer, p: number, b: Uint8Array | null): number {
  if (b === null) {
    buf.writeInt32LE(-1, p);
    return p + 4;
  }
  buf.writeInt32LE(b.length, p);
  buf.set(b, p + 4);
  return p + 4 + b.length;
}

export type ReadResult =
  | { readonly kind: 'record'; readonly record: LogRecord; readonly next: number }
  /** Not enough bytes for a whole record (the tail being written, or torn). */
  | { readonly kind: 'incomplete' }
  /** The bytes are there but do not check out. */
  | { readonly kind: 'corrupt'; readonly reason: string };

/** Reads the record at `pos` of `buf[0, end)`. Keys and values are views into `buf`. */
export function readRecord(buf: Buffer, pos: number, end: number): ReadResult {
  if (end - pos < HEADER_BYTES) return { kind: 'incomplete' };
  const len = buf.readUInt32LE(pos);
  if (len < FIXED_BODY) return { kind: 'corrupt', reason: `record length ${len} is too small` };
  const bodyStart = pos + HEADER_BYTES;
  if (end - bodyStart < len) return { kind: 'incomplete' };
  const body = buf.subarray(bodyStart, bodyStart + len);
  if (crc32(body) !== buf.readUInt32LE(pos + 4)) return { kind: 'corrupt', reason: 'checksum mismatch' };
  let p = bodyStart + 16;
  const keyLen = buf.readInt32LE(p);
  p += 4;
  const key = keyLen < 0 ? null : buf.subarray(p, p + keyLen);
  p += Math.max(0, keyLen);
  const valueLen = buf.readInt32LE(p);
  p += 4;
  const value = valueLen < 0 ? null : buf.subarray(p, p + valueLen);
  p += Math.max(0, valueLen);
  if (p !== bodyStart + len) return { kind: 'corrupt', reason: 'field lengths do not add up' };
  return {
    kind: 'record',
    record: { offset: buf.readDoubleLE(bodyStart), timestamp: buf.readDoubleLE(bodyStart + 8), key, value },
    next: bodyStart + len,
  };
}
