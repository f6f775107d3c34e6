/**
 * Wire values (protocol.ts) to display text and to export JSON, by the column's Flink type
 * string. One implementation used by cells, search, filters, the row pane, copy and export.
 */

export type ValueKind = 'timestamp' | 'timestamp_ltz' | 'date' | 'time' | 'number' | 'boolean' | 'string' | 'other';

/** The kind of a Flink summary type string such as `TIMESTAMP(3) *ROWTIME*` or `BIGINT NOT NULL`. */
export function valueKind(type: string): ValueKind {
  const t = type.trim().toUpperCase();
  if (t.startsWith('TIMESTAMP_LTZ') || t.includes('WITH LOCAL TIME ZONE')) return 'timestamp_ltz';
  if (t.startsWith('TIMESTAMP')) return 'timestamp';
  if (t.startsWith('DATE')) return 'date';
  if (t.startsWith('TIME')) return 'time';
  if (/^(TINYINT|SMALLINT|INT|INTEGER|BIGINT|FLOAT|DOUBLE|REAL|DECIMAL|NUMERIC|DEC)\b/.test(t)) return 'number';
  if (t.startsWith('BOOLEAN')) return 'boolean';
  if (/^(STRING|VARCHAR|CHAR)\b/.test(t)) return 'string';
  return 'other';
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function dateTime(ms: number, local: boolean): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(ms);
  const [y, mo, da, h, mi, s, milli] = local
    ? [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()]
    : [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()];
  return `${pad(y, 4)}-${pad(mo)}-${pad(da)} ${pad(h)}:${pad(mi)}:${pad(s)}.${pad(milli, 3)}`;
}

function timeOfDay(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}${ms % 1000 ? `.${pad(ms % 1000, 3)}` : ''}`;
}

/** Display text of a value; NULL for null. Never HTML: callers put it in text nodes. */
export function formatValue(v: unknown, kind: ValueKind): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') {
    switch (kind) {
      case 'timestamp':
        return dateTime(v, false);
      case 'timestamp_ltz':
        return dateTime(v, true);
      case 'date':
        return dateTime(v * 86_400_000, false).slice(0, 10);
      case 'time':
        return timeOfDay(v);
      default:
        return String(v);
    }
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return JSON.stringify(v) ?? String(v);
}

/** The value as it goes into JSON (row pane, JSON export, copy row): times as text, the rest as is. */
export function jsonValue(v: unknown, kind: ValueKind): unknown {
  if (typeof v === 'number' && kind !== 'number' && kind !== 'other' && kind !== 'string' && kind !== 'boolean') {
    return formatValue(v, kind);
  }
  return v === undefined ? null : v;
}

/** Sort order of two raw values of one column: nulls last, numbers numerically, else by text. */
export function compareValues(a: unknown, b: unknown, ta: string, tb: string): number {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}
