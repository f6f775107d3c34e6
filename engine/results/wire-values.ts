/**
 * Row values as JSON for the engine API and the results panel (client/webview/results/protocol.ts):
 * numbers, strings, booleans and null as they are; BYTES as base64 strings; ARRAY and ROW as
 * arrays; MAP, MULTISET and VARIANT objects as arrays of [key, value] pairs. Timestamps, dates
 * and times are already numbers (engine/types/values.ts). Non-finite doubles become strings
 * ('NaN', 'Infinity'), which JSON cannot carry as numbers.
 */
import type { Row } from '../runtime/changelog';

export function toWireValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? v : String(v);
    case 'string':
    case 'boolean':
      return v;
    case 'bigint':
      return Number(v);
    default:
      break;
  }
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  if (Array.isArray(v)) return v.map(toWireValue);
  if (v instanceof Map) return [...v].map(([k, x]) => [toWireValue(k), toWireValue(x)]);
  return String(v);
}

export function toWireRow(row: Row): unknown[] {
  return (row as readonly unknown[]).map(toWireValue);
}

export function toWireRows(rows: readonly Row[]): unknown[][] {
  return rows.map(toWireRow);
}
