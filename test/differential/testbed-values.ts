/**
 * Tideline's run-time values (engine/types/values.ts) in the text forms that
 * test/infra/flink_runner.py prints for Apache Flink (docs/testbed.md), so that both engines'
 * rows compare as plain JSON: DECIMAL as a string with exactly `s` fraction digits, TIMESTAMP
 * as `YYYY-MM-DD HH:MM:SS.fff`, DATE `YYYY-MM-DD`, TIME `HH:MM:SS.fff`, intervals as integer
 * milliseconds / months, BYTES as lowercase hex, ARRAY as a JSON array, ROW positional,
 * MAP/MULTISET as `[key, value]` pairs sorted by the key's JSON.
 */
import type { LogicalType } from '../../engine/types/logical-type';
import type { Value } from '../../engine/types/values';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dateText(days: number): string {
  const d = new Date(days * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function timestampText(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

function timeText(msOfDay: number): string {
  const h = Math.floor(msOfDay / 3_600_000);
  const m = Math.floor(msOfDay / 60_000) % 60;
  const s = Math.floor(msOfDay / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(msOfDay % 1000, 3)}`;
}

function floatValue(v: number): unknown {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  return v;
}

/** One value in the testbed's JSON form. */
export function testbedValue(v: Value, t: LogicalType): unknown {
  if (v === null) return null;
  switch (t.kind) {
    case 'DECIMAL':
      return (v as number).toFixed(t.scale);
    case 'FLOAT':
    case 'DOUBLE':
      return floatValue(v as number);
    case 'DATE':
      return dateText(v as number);
    case 'TIME':
      return timeText(v as number);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return timestampText(v as number);
    case 'BINARY':
    case 'VARBINARY':
      return Buffer.from(v as Uint8Array).toString('hex');
    case 'ARRAY':
      return (v as Value[]).map((e) => testbedValue(e, t.element));
    case 'ROW':
      return (v as Value[]).map((e, i) => testbedValue(e, t.fields[i]!.type));
    case 'MAP':
      return sortedPairs([...(v as Map<Value, Value>)].map(([k, x]) => [testbedValue(k, t.key), testbedValue(x, t.value)]));
    case 'MULTISET':
      return sortedPairs([...(v as Map<Value, Value>)].map(([k, n]) => [testbedValue(k, t.element), n]));
    default:
      return v;
  }
}

function sortedPairs(pairs: unknown[][]): unknown[][] {
  return pairs.sort((a, b) => (JSON.stringify(a[0]) < JSON.stringify(b[0]) ? -1 : JSON.stringify(a[0]) > JSON.stringify(b[0]) ? 1 : 0));
}
