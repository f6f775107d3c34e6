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

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const digit = (t: string, i: number) => {
  const c = t.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/**
 * The common shape `yyyy-MM-dd?HH:mm:ss[.f…]` read by character codes (no regex, no Date);
 * undefined when the text has another shape, so the general parser decides.
 */
function fastTimestamp(t: string, sep: string | undefined): number | undefined {
  const n = t.length;
  if (n < 19 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined;
  const s = t[10];
  if (sep === undefined ? s !== ' ' && s !== 'T' : s !== sep) return undefined;
  const y = digit(t, 0) * 1000 + digit(t, 1) * 100 + digit(t, 2) * 10 + digit(t, 3);
  const mo = digit(t, 5) * 10 + digit(t, 6);
  const d = digit(t, 8) * 10 + digit(t, 9);
  const h = digit(t, 11) * 10 + digit(t, 12);
  const mi = digit(t, 14) * 10 + digit(t, 15);
  const se = digit(t, 17) * 10 + digit(t, 18);
  let ms = 0;
  if (n > 19) {
    if (t.charCodeAt(19) !== 46 || n > 29 || n === 20) return undefined;
    let scale = 100;
    for (let i = 20; i < n; i++) {
      const c = digit(t, i);
      if (c !== c) return undefined;
      ms += c * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  // NaN from a non-digit fails every comparison below
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h <= 23 && mi <= 59 && se <= 59)) return undefined;
  return daysFromCivil(y, mo, d) * MS_PER_DAY + ((h * 60 + mi) * 60 + se) * 1000 + ms;
}

const DATE_RE = /^\s*(-?\d{4,})-(\d{2})-(\d{2})\s*$/;
const TIME_RE = /^\s*(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*$/;

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
  let t = text;
  if (!ltz) {
    const fast = fastTimestamp(t, style === undefined ? undefined : style === 'sql' ? ' ' : 'T');
    if (fast !== undefined) return fast;
  }
  t = t.trim();
  if (t.endsWith('Z') && (ltz || style === undefined)) t = t.slice(0, -1);
  else if (ltz && style !== undefined) return undefined;
  if (ltz) {
    const fast = fastTimestamp(t, style === undefined ? undefined : style === 'sql' ? ' ' : 'T');
    if (fast !== undefined) return fast;
  }
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
