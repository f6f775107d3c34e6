/**
 * Interval literals: `INTERVAL '1' MINUTE`, `INTERVAL '1 02:03:04.5' DAY TO SECOND`,
 * `INTERVAL '2-3' YEAR TO MONTH` -> a value (milliseconds or months, as values.ts holds them)
 * and its interval type. Window sizes and watermark delays are read through here.
 */
import type { IntervalQualifier, TimeUnit } from '../sql';
import type { LogicalType } from '../types/logical-type';
import { TYPE_LIMITS } from '../types/logical-type';

const MS: Readonly<Record<string, number>> = { WEEK: 604_800_000, DAY: 86_400_000, HOUR: 3_600_000, MINUTE: 60_000, SECOND: 1000 };
const DAY_TIME_ORDER: readonly TimeUnit[] = ['DAY', 'HOUR', 'MINUTE', 'SECOND'];

export type IntervalValue = { readonly value: number; readonly type: LogicalType } | { readonly error: string };

export function intervalType(q: IntervalQualifier): LogicalType {
  if (q.from === 'YEAR' || q.from === 'MONTH' || q.from === 'QUARTER') {
    const resolution = q.from === 'YEAR' ? (q.to === 'MONTH' ? 'YEAR_TO_MONTH' : 'YEAR') : 'MONTH';
    return { kind: 'INTERVAL_YEAR_MONTH', nullable: false, resolution, yearPrecision: q.fromPrecision ?? TYPE_LIMITS.defaultYearPrecision };
  }
  const from = q.from === 'WEEK' ? 'DAY' : q.from;
  const resolution = (q.to && q.to !== from ? `${from}_TO_${q.to}` : from) as Extract<LogicalType, { kind: 'INTERVAL_DAY_TIME' }>['resolution'];
  return {
    kind: 'INTERVAL_DAY_TIME',
    nullable: false,
    resolution,
    dayPrecision: from === 'DAY' ? (q.fromPrecision ?? TYPE_LIMITS.defaultDayPrecision) : TYPE_LIMITS.defaultDayPrecision,
    fractionalPrecision: q.fromFractionalPrecision ?? q.toPrecision ?? TYPE_LIMITS.defaultFractionalPrecision,
  };
}

export function intervalValue(text: string, negative: boolean, q: IntervalQualifier): IntervalValue {
  const type = intervalType(q);
  const bad = { error: `Illegal interval literal format '${text}' for INTERVAL ${q.from}${q.to ? ` TO ${q.to}` : ''}` };
  let s = text.trim();
  let sign = negative ? -1 : 1;
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  if (type.kind === 'INTERVAL_YEAR_MONTH') {
    if (q.to === 'MONTH') {
      const m = /^(\d+)-(\d+)$/.exec(s);
      if (!m || Number(m[2]) > 11) return bad;
      return { value: sign * (Number(m[1]) * 12 + Number(m[2])), type };
    }
    if (!/^\d+$/.test(s)) return bad;
    const n = Number(s);
    return { value: sign * (q.from === 'YEAR' ? n * 12 : q.from === 'QUARTER' ? n * 3 : n), type };
  }
  if (!q.to || q.to === q.from) {
    if (!/^\d+(\.\d+)?$/.test(s)) return bad;
    if (s.includes('.') && q.from !== 'SECOND') return bad;
    return { value: sign * Math.round(Number(s) * MS[q.from]), type };
  }
  // Multi-unit: DAY TO SECOND = 'd hh:mm:ss.fff', HOUR TO MINUTE = 'hh:mm', ...
  const units = DAY_TIME_ORDER.slice(DAY_TIME_ORDER.indexOf(q.from), DAY_TIME_ORDER.indexOf(q.to) + 1);
  const pieces = s.split(/[ :]/);
  if (units.length === 0 || pieces.length !== units.length) return bad;
  let total = 0;
  for (let i = 0; i < units.length; i++) {
    const p = pieces[i];
    const last = i === units.length - 1;
    if (!(last && units[i] === 'SECOND' ? /^\d+(\.\d+)?$/ : /^\d+$/).test(p)) return bad;
    if (i > 0 && Number(p) >= (units[i] === 'HOUR' ? 24 : 60)) return bad;
    total += Number(p) * MS[units[i]];
  }
  return { value: sign * Math.round(total), type };
}
