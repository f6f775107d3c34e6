/**
 * Date and time functions over the run-time representation of values.ts (DATE = days,
 * TIME = ms of day, TIMESTAMP = epoch ms, UTC session zone): EXTRACT, DATE_FORMAT,
 * TO_TIMESTAMP, TO_DATE, FLOOR/CEIL (numeric, and datetime TO unit), TIMESTAMPADD,
 * TIMESTAMPDIFF, UNIX_TIMESTAMP, FROM_UNIXTIME, and the clock functions.
 */
import type { Expr } from '../../expr/expr';
import type { LogicalType } from '../../types/logical-type';
import { MS_PER_DAY } from '../../types/values';
import { literalOf, symbolOf, type ScalarFn, type ScalarTable } from './scalar';

const MS: Record<string, number> = {
  MILLISECOND: 1,
  SECOND: 1000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: MS_PER_DAY,
  WEEK: 7 * MS_PER_DAY,
};
const MONTHS: Record<string, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** Epoch ms of a DATE / TIME / TIMESTAMP value. */
function toMs(t: LogicalType, v: number): number {
  return t.kind === 'DATE' ? v * MS_PER_DAY : v;
}
function fromMs(t: LogicalType, ms: number): number {
  return t.kind === 'DATE' ? Math.floor(ms / MS_PER_DAY) : ms;
}

export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const day = d.getUTCDate();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const tod = ms - Date.UTC(y, d.getUTCMonth(), day);
  return Date.UTC(y, m, Math.min(day, lastDay)) + tod;
}

export function extract(unit: string, ms: number): number {
  const d = new Date(ms);
  switch (unit) {
    case 'YEAR':
      return d.getUTCFullYear();
    case 'QUARTER':
      return Math.floor(d.getUTCMonth() / 3) + 1;
    case 'MONTH':
      return d.getUTCMonth() + 1;
    case 'WEEK': {
      // ISO week number.
      const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      const dow = t.getUTCDay() || 7;
      t.setUTCDate(t.getUTCDate() + 4 - dow);
      const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
      return Math.ceil(((t.getTime() - yearStart) / MS_PER_DAY + 1) / 7);
    }
    case 'DAY':
      return d.getUTCDate();
    case 'DOW':
      return d.getUTCDay() + 1;
    case 'ISODOW':
      return d.getUTCDay() || 7;
    case 'DOY':
      return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / MS_PER_DAY) + 1;
    case 'HOUR':
      return d.getUTCHours();
    case 'MINUTE':
      return d.getUTCMinutes();
    case 'SECOND':
      return d.getUTCSeconds();
    case 'MILLISECOND':
      return d.getUTCSeconds() * 1000 + d.getUTCMilliseconds();
    case 'EPOCH':
      return Math.floor(ms / 1000);
    default:
      throw new Error(`Unsupported time unit ${unit}`);
  }
}

/** Truncates epoch ms down (or up, when `ceil`) to a unit boundary. */
export function floorTo(unit: string, ms: number, ceil: boolean): number {
  const step = MS[unit];
  if (step !== undefined && unit !== 'WEEK') {
    const f = Math.floor(ms / step) * step;
    return ceil && f !== ms ? f + step : f;
  }
  const d = new Date(ms);
  let f: number;
  if (unit === 'WEEK') {
    // Calcite's weeks start on Sunday.
    const day = Math.floor(ms / MS_PER_DAY);
    f = (day - ((day + 4) % 7 + 7) % 7) * MS_PER_DAY;
    return ceil && f !== ms ? f + 7 * MS_PER_DAY : f;
  }
  const months = MONTHS[unit];
  if (months === undefined) throw new Error(`Unsupported time unit ${unit}`);
  const m = d.getUTCMonth();
  f = Date.UTC(d.getUTCFullYear(), m - (m % months), 1);
  return ceil && f !== ms ? addMonths(f, months) : f;
}

export function timestampAdd(unit: string, n: number, ms: number): number {
  const months = MONTHS[unit];
  if (months !== undefined) return addMonths(ms, n * months);
  const step = MS[unit];
  if (step === undefined) throw new Error(`Unsupported time unit ${unit}`);
  return ms + n * step;
}

export function timestampDiff(unit: string, a: number, b: number): number {
  const months = MONTHS[unit];
  if (months === undefined) {
    const step = MS[unit];
    if (step === undefined) throw new Error(`Unsupported time unit ${unit}`);
    return Math.trunc((b - a) / step);
  }
  const da = new Date(a);
  const db = new Date(b);
  let m = (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + (db.getUTCMonth() - da.getUTCMonth());
  const restA = a - Date.UTC(da.getUTCFullYear(), da.getUTCMonth(), 1);
  const restB = b - Date.UTC(db.getUTCFullYear(), db.getUTCMonth(), 1);
  if (m > 0 && restB < restA) m--;
  else if (m < 0 && restB > restA) m++;
  return Math.trunc(m / months);
}

// ---- Java-style date patterns (SimpleDateFormat letters) ----

type Part = { readonly letter: string; readonly width: number } | { readonly text: string };

function tokenize(pattern: string): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = end < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      parts.push({ text: text === '' ? "'" : text });
      i = end < 0 ? pattern.length : end + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      parts.push({ letter: ch, width: j - i });
      i = j;
    } else {
      parts.push({ text: ch });
      i++;
    }
  }
  return parts;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function zp(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : '0'.repeat(w - s.length) + s;
}

export function formatter(pattern: string): (ms: number) => string {
  const parts = tokenize(pattern);
  return (ms) => {
    const d = new Date(ms);
    let out = '';
    for (const p of parts) {
      if ('text' in p) {
        out += p.text;
        continue;
      }
      const w = p.width;
      switch (p.letter) {
        case 'y':
          out += w === 2 ? zp(d.getUTCFullYear() % 100, 2) : zp(d.getUTCFullYear(), w);
          break;
        case 'M':
          out += w >= 4 ? MONTH_NAMES[d.getUTCMonth()] : w === 3 ? MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3) : zp(d.getUTCMonth() + 1, w);
          break;
        case 'd':
          out += zp(d.getUTCDate(), w);
          break;
        case 'D':
          out += zp(extract('DOY', ms), w);
          break;
        case 'H':
          out += zp(d.getUTCHours(), w);
          break;
        case 'h':
          out += zp(d.getUTCHours() % 12 || 12, w);
          break;
        case 'm':
          out += zp(d.getUTCMinutes(), w);
          break;
        case 's':
          out += zp(d.getUTCSeconds(), w);
          break;
        case 'S':
          out += zp(d.getUTCMilliseconds(), 3).slice(0, w).padEnd(w, '0');
          break;
        case 'a':
          out += d.getUTCHours() < 12 ? 'AM' : 'PM';
          break;
        case 'E':
          out += w >= 4 ? DAYS[d.getUTCDay()] : DAYS[d.getUTCDay()]!.slice(0, 3);
          break;
        default:
          out += p.letter.repeat(w);
      }
    }
    return out;
  };
}

/** A parser for a Java-style pattern; null when the text does not match. */
export function parser(pattern: string): (s: string) => number | null {
  const parts = tokenize(pattern);
  return (s) => {
    let i = 0;
    let y = 1970, mo = 1, d = 1, h = 0, mi = 0, sec = 0, ms = 0;
    let pm: boolean | null = null;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      if ('text' in p) {
        if (!s.startsWith(p.text, i)) return null;
        i += p.text.length;
        continue;
      }
      if (p.letter === 'a') {
        const t = s.slice(i, i + 2).toUpperCase();
        if (t !== 'AM' && t !== 'PM') return null;
        pm = t === 'PM';
        i += 2;
        continue;
      }
      // Adjacent numeric fields take exactly their width; a field followed by text reads all digits.
      const next = parts[k + 1];
      const fixed = next !== undefined && !('text' in next);
      let j = i;
      const max = fixed ? i + p.width : s.length;
      while (j < max && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (j === i) return null;
      let n = Number(s.slice(i, j));
      if (p.letter === 'S') n = Math.round(n * 10 ** (3 - (j - i)));
      i = j;
      switch (p.letter) {
        case 'y': y = n; break;
        case 'M': mo = n; break;
        case 'd': d = n; break;
        case 'H': case 'h': h = n; break;
        case 'm': mi = n; break;
        case 's': sec = n; break;
        case 'S': ms = n; break;
        default: return null;
      }
    }
    if (i !== s.length) return null;
    if (pm !== null) h = (h % 12) + (pm ? 12 : 0);
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return null;
    return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  };
}

/** `yyyy-MM-dd[ HH:mm[:ss[.fffffffff]]]` (also with `T`), as CAST and TO_TIMESTAMP read it. */
export function parseTimestamp(s: string): number | null {
  const m = /^\s*(-?\d{1,4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?)?\s*$/.exec(s);
  if (m === null) return null;
  const [, y, mo, d, h, mi, sec, frac] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = frac === undefined ? 0 : Math.floor(Number(frac.padEnd(9, '0')) / 1e6);
  return Date.UTC(Number(y), month - 1, day, Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0), ms);
}

/** `HH:mm[:ss[.fff]]` as milliseconds of the day. */
export function parseTime(s: string): number | null {
  const m = /^\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?\s*$/.exec(s);
  if (m === null) return null;
  const [, h, mi, sec, frac] = m;
  const ms = frac === undefined ? 0 : Math.floor(Number(frac.padEnd(9, '0')) / 1e6);
  return ((Number(h) * 60 + Number(mi)) * 60 + Number(sec ?? 0)) * 1000 + ms;
}

function cachedParser(op: Expr | undefined, def: string): (s: string, fmt?: string) => number | null {
  const lit = literalOf(op);
  if (op === undefined || typeof lit === 'string') {
    const fmt = typeof lit === 'string' ? lit : def;
    const p = fmt === def ? (s: string) => parseTimestamp(s) ?? parser(def)(s) : parser(fmt);
    return (s) => p(s);
  }
  return (s, fmt) => parser(fmt ?? def)(s);
}

function unitAndValue(ops: readonly Expr[], unitAt: number): string {
  return symbolOf(ops[unitAt], 'time unit');
}

const floorCeil = (ceil: boolean) => ({
  bind: (ops: readonly Expr[], _type: LogicalType): ScalarFn => {
    if (ops.length === 1) return ceil ? (x: number) => Math.ceil(x) : (x: number) => Math.floor(x);
    const unit = unitAndValue(ops, 1);
    const t = ops[0]!.type;
    return (x: number) => fromMs(t, floorTo(unit, toMs(t, x), ceil));
  },
});

export const TEMPORAL_FUNCTIONS: ScalarTable = {
  /** EXTRACT(unit, x). */
  EXTRACT: {
    bind: (ops) => {
      const unit = unitAndValue(ops, 0);
      const t = ops[1]!.type;
      return (_u: string, x: number) => extract(unit, toMs(t, x));
    },
  },
  YEAR: { bind: (ops) => (x: number) => extract('YEAR', toMs(ops[0]!.type, x)) },
  MONTH: { bind: (ops) => (x: number) => extract('MONTH', toMs(ops[0]!.type, x)) },
  DAYOFMONTH: { bind: (ops) => (x: number) => extract('DAY', toMs(ops[0]!.type, x)) },
  QUARTER: { bind: (ops) => (x: number) => extract('QUARTER', toMs(ops[0]!.type, x)) },
  WEEK: { bind: (ops) => (x: number) => extract('WEEK', toMs(ops[0]!.type, x)) },
  DAYOFYEAR: { bind: (ops) => (x: number) => extract('DOY', toMs(ops[0]!.type, x)) },
  DAYOFWEEK: { bind: (ops) => (x: number) => extract('DOW', toMs(ops[0]!.type, x)) },
  HOUR: { bind: (ops) => (x: number) => extract('HOUR', toMs(ops[0]!.type, x)) },
  MINUTE: { bind: (ops) => (x: number) => extract('MINUTE', toMs(ops[0]!.type, x)) },
  SECOND: { bind: (ops) => (x: number) => extract('SECOND', toMs(ops[0]!.type, x)) },
  /** FLOOR(x) numeric, or FLOOR(x, unit) for datetimes. */
  FLOOR: floorCeil(false),
  CEIL: floorCeil(true),
  /** TIMESTAMPADD(unit, n, x). */
  TIMESTAMPADD: {
    bind: (ops) => {
      const unit = unitAndValue(ops, 0);
      const t = ops[2]!.type;
      return (_u: string, n: number, x: number) => fromMs(t, timestampAdd(unit, n, toMs(t, x)));
    },
  },
  /** TIMESTAMPDIFF(unit, a, b): b - a in whole units. */
  TIMESTAMPDIFF: {
    bind: (ops) => {
      const unit = unitAndValue(ops, 0);
      const ta = ops[1]!.type;
      const tb = ops[2]!.type;
      return (_u: string, a: number, b: number) => timestampDiff(unit, toMs(ta, a), toMs(tb, b));
    },
  },
  /** DATE_FORMAT(ts or string, pattern). */
  DATE_FORMAT: {
    bind: (ops) => {
      const lit = literalOf(ops[1]);
      const fixed = typeof lit === 'string' ? formatter(lit) : null;
      const t = ops[0]!.type;
      const isString = t.kind === 'VARCHAR' || t.kind === 'CHAR';
      return (x: number | string, fmt: string) => {
        const ms = isString ? parseTimestamp(x as string) : toMs(t, x as number);
        if (ms === null) return null;
        return (fixed ?? formatter(fmt))(ms);
      };
    },
  },
  /** TO_TIMESTAMP(s[, pattern]); NULL when s does not parse. */
  TO_TIMESTAMP: { bind: (ops) => cachedParser(ops[1], 'yyyy-MM-dd HH:mm:ss') },
  /** TO_DATE(s[, pattern]). */
  TO_DATE: {
    bind: (ops) => {
      const p = cachedParser(ops[1], 'yyyy-MM-dd');
      return (s: string, fmt?: string) => {
        const ms = p(s, fmt);
        return ms === null ? null : Math.floor(ms / MS_PER_DAY);
      };
    },
  },
  /** UNIX_TIMESTAMP() or UNIX_TIMESTAMP(s[, pattern]): seconds. */
  UNIX_TIMESTAMP: {
    bind: (ops) => {
      if (ops.length === 0) return () => Math.floor(Date.now() / 1000);
      const p = cachedParser(ops[1], 'yyyy-MM-dd HH:mm:ss');
      return (s: string, fmt?: string) => {
        const ms = p(s, fmt);
        return ms === null ? null : Math.floor(ms / 1000);
      };
    },
  },
  /** FROM_UNIXTIME(seconds[, pattern]). */
  FROM_UNIXTIME: {
    bind: (ops) => {
      const lit = literalOf(ops[1]);
      const fixed = formatter(typeof lit === 'string' ? lit : 'yyyy-MM-dd HH:mm:ss');
      return (n: number, fmt?: string) => (fmt === undefined || fmt === lit ? fixed : formatter(fmt))(n * 1000);
    },
  },
  TO_TIMESTAMP_LTZ: {
    bind: () => (n: number, precision?: number) => ((precision ?? 3) === 0 ? n * 1000 : n),
  },
  NOW: { bind: () => () => Date.now() },
  CURRENT_TIMESTAMP: { bind: () => () => Date.now() },
  LOCALTIMESTAMP: { bind: () => () => Date.now() },
  PROCTIME: { bind: () => () => Date.now() },
  CURRENT_ROW_TIMESTAMP: { bind: () => () => Date.now() },
  LOCALTIME: { bind: () => () => Date.now() % MS_PER_DAY },
  CURRENT_TIME: { bind: () => () => Date.now() % MS_PER_DAY },
  CURRENT_DATE: { bind: () => () => Math.floor(Date.now() / MS_PER_DAY) },
};
