/**
 * Rows as Flink prints them (Row.toString over Java's external types): `+I[1, abc, 2.50]`,
 * timestamps as LocalDateTime (`2020-01-01T12:00`, seconds only when non-zero), TIMESTAMP_LTZ
 * as Instant (`2020-01-01T12:00:00Z`), DOUBLE as Double.toString, DECIMAL with its scale,
 * arrays `[a, b]`, maps `{k=v}`, bytes as signed byte lists, nested rows `+I[...]`.
 */
import { ROW_KIND_SYMBOLS, type Row, type RowKind } from '../../runtime/changelog';
import type { LogicalType } from '../../types/logical-type';
import { MS_PER_DAY, type Value } from '../../types/values';
import { decimalText, javaDouble, javaFloat } from '../../formats/number-text';
import { formatDate } from '../../formats/temporal-text';

export type ValueText = (v: Value) => string;

const p2 = (n: number) => (n < 10 ? '0' + n : String(n));

/** java.time.LocalTime.toString: HH:mm, then :ss and .SSS only when needed. */
export function javaLocalTime(msOfDay: number, alwaysSeconds = false): string {
  const ms = msOfDay % 1000;
  const s = Math.floor(msOfDay / 1000);
  let out = `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}`;
  if (alwaysSeconds || s % 60 !== 0 || ms !== 0) out += `:${p2(s % 60)}`;
  if (ms !== 0) out += '.' + String(ms).padStart(3, '0');
  return out;
}

export function javaLocalDateTime(epochMs: number): string {
  const days = Math.floor(epochMs / MS_PER_DAY);
  return `${formatDate(days)}T${javaLocalTime(epochMs - days * MS_PER_DAY)}`;
}

export function javaInstant(epochMs: number): string {
  const days = Math.floor(epochMs / MS_PER_DAY);
  return `${formatDate(days)}T${javaLocalTime(epochMs - days * MS_PER_DAY, true)}Z`;
}

function javaDuration(ms: number): string {
  if (ms === 0) return 'PT0S';
  const sign = ms < 0 ? '-' : '';
  const a = Math.abs(ms);
  const h = Math.floor(a / 3_600_000);
  const m = Math.floor(a / 60_000) % 60;
  const s = (a % 60_000) / 1000;
  return `PT${h ? sign + h + 'H' : ''}${m ? sign + m + 'M' : ''}${s ? sign + s + 'S' : ''}`;
}

function javaPeriod(months: number): string {
  if (months === 0) return 'P0D';
  const y = Math.trunc(months / 12);
  const m = months % 12;
  return `P${y ? y + 'Y' : ''}${m ? m + 'M' : ''}`;
}

export function valueText(type: LogicalType): ValueText {
  const f = nonNull(type);
  return (v) => (v === null ? 'null' : f(v));
}

function nonNull(type: LogicalType): ValueText {
  switch (type.kind) {
    case 'FLOAT':
      return (v) => javaFloat(v as number);
    case 'DOUBLE':
      return (v) => javaDouble(v as number);
    case 'DECIMAL':
      return (v) => decimalText(v as number, type.scale);
    case 'DATE':
      return (v) => formatDate(v as number);
    case 'TIME':
      return (v) => javaLocalTime(v as number);
    case 'TIMESTAMP':
      return (v) => javaLocalDateTime(v as number);
    case 'TIMESTAMP_LTZ':
      return (v) => javaInstant(v as number);
    case 'INTERVAL_DAY_TIME':
      return (v) => javaDuration(v as number);
    case 'INTERVAL_YEAR_MONTH':
      return (v) => javaPeriod(v as number);
    case 'BINARY':
    case 'VARBINARY':
      return (v) => '[' + Array.from(v as Uint8Array, (b) => (b > 127 ? b - 256 : b)).join(', ') + ']';
    case 'ARRAY': {
      const e = valueText(type.element);
      return (v) => '[' + (v as Value[]).map(e).join(', ') + ']';
    }
    case 'MAP':
    case 'MULTISET': {
      const k = valueText(type.kind === 'MAP' ? type.key : type.element);
      const x = type.kind === 'MAP' ? valueText(type.value) : (n: Value) => String(n);
      return (v) => '{' + Array.from(v as Map<Value, Value>, ([a, b]) => `${k(a)}=${x(b)}`).join(', ') + '}';
    }
    case 'ROW': {
      const fs = type.fields.map((f) => valueText(f.type));
      return (v) => '+I[' + (v as Value[]).map((x, i) => fs[i](x)).join(', ') + ']';
    }
    default:
      return (v) => String(v);
  }
}

/** `+I[a, b]` for a row of the given column types. */
export function rowTextFormatter(types: readonly LogicalType[]): (row: Row, kind: RowKind) => string {
  const fs = types.map(valueText);
  return (row, kind) => {
    let s = ROW_KIND_SYMBOLS[kind] + '[';
    for (let i = 0; i < fs.length; i++) s += (i > 0 ? ', ' : '') + fs[i](row[i]);
    return s + ']';
  };
}
