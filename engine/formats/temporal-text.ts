/**
 * Dates, times and timestamps as text, the way Flink's formats write and read them:
 * SQL style `2020-12-30 12:13:14.123` and ISO-8601 style `2020-12-30T12:13:14.123`
 * (TIMESTAMP_LTZ adds a trailing `Z`); fractions print only the digits needed (none for a
 * whole second). Values follow engine/types/values.ts: epoch millis, days, millis of day.
 */
import { MS_PER_DAY } from '../types/values';

export type TimestampStyle = 'sql' | 'iso';

const p2 = (n: number) => (n < 10 ? '0' + n : String(n));
const p3 = (n: number) => (n < 10 ? '00' + n : n < 100 ? '0' + n : String(n));

export function formatDate(days: number): string {
  const d = new Date(days * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  return `${ys}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
}

/** Fraction of a second as `.1`, `.12`, `.123` (trailing zeros dropped), or '' when zero. */
function fraction(ms: number): string {
  if (ms === 0) return '';
  const s = p3(ms);
  return '.' + (s[2] !== '0' ? s : s[1] !== '0' ? s.slice(0, 2) : s[0]);
}

/** `HH:mm:ss[.fff]` from milliseconds of the day. */
export function formatTime(msOfDay: number): string {
  const ms = ((msOfDay % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  const s = Math.floor(ms / 1000);
  return `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}${fraction(ms % 1000)}`;
}

export function formatTimestamp(epochMs: number, style: TimestampStyle = 'sql', ltz = false): string {
  const days = Math.floor(epochMs / MS_PER_DAY);
  const text = `${formatDate(days)}${style === 'sql' ? ' ' : 'T'}${formatTime(epochMs - days * MS_PER_DAY)}`;
  return ltz ? text + 'Z' : text;
}

const DATE_RE = /^\s*(-?\d{4,})-(\d{1,2})-(\d{1,2})\s*$/;
const TIME_RE = /^\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*$/;

export function parseDate(text: string): number | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCDate() !== d) return undefined; // 2021-02-30
  return Math.round(t / MS_PER_DAY);
}

export function parseTime(text: string): number | undefined {
  const m = TIME_RE.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const frac = m[4] === undefined ? 0 : Math.floor(Number((m[4] + '00').slice(0, 3)));
  return ((h * 60 + mi) * 60 + s) * 1000 + frac;
}

/**
 * Parses a timestamp in the given style (`style` undefined accepts either separator); a
 * trailing `Z` is accepted when `ltz` is set or the style is lenient. Returns epoch millis.
 */
export function parseTimestampText(text: string, style?: TimestampStyle, ltz = false): number | undefined {
  let t = text.trim();
  if (t.endsWith('Z') && (ltz || style === undefined)) t = t.slice(0, -1);
  else if (ltz && style !== undefined) return undefined;
  const sep = t.search(/[ T]/);
  if (sep < 0) {
    // A date alone reads as midnight (Flink's SQL timestamp parser allows it).
    const d = parseDate(t);
    return d === undefined ? undefined : d * MS_PER_DAY;
  }
  const ch = t[sep];
  if ((style === 'sql' && ch !== ' ') || (style === 'iso' && ch !== 'T')) return undefined;
  const d = parseDate(t.slice(0, sep));
  const tm = parseTime(t.slice(sep + 1));
  if (d === undefined || tm === undefined) return undefined;
  return d * MS_PER_DAY + tm;
}
