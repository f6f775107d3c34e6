/**
 * The types of SQL literals, as Flink (through Calcite's SqlLiteral / SqlNumericLiteral) types
 * them. Literals are never NULL except the NULL literal itself and UNKNOWN.
 *
 *   42                    INT NOT NULL (BIGINT beyond 2^31, DECIMAL(p, 0) beyond 2^63)
 *   4.20                  DECIMAL(3, 2) NOT NULL (precision = digits written, scale = digits after '.')
 *   4.2E1                 DOUBLE NOT NULL
 *   'abc'                 CHAR(3) NOT NULL ('' is CHAR(0), Flink's empty-literal CHAR)
 *   X'0AFF'               BINARY(2) NOT NULL
 *   TRUE / UNKNOWN        BOOLEAN NOT NULL / BOOLEAN
 *   DATE '2024-01-31'     DATE NOT NULL
 *   TIME '12:00:00.5'     TIME(1) NOT NULL (precision = fractional digits written)
 *   TIMESTAMP '...'       TIMESTAMP(p) NOT NULL, likewise
 *
 *   INTERVAL '1' DAY      INTERVAL SECOND(3) NOT NULL (every day-time interval, whatever its
 *                         qualifier, as Flink 2.2 resolves it)
 *   INTERVAL '1-2' YEAR TO MONTH   INTERVAL MONTH NOT NULL (every year-month interval)
 */

import { type LogicalType, T, TYPE_LIMITS } from './logical-type';

export type LiteralType = LogicalType | { readonly error: string };

const INT_MAX = 2147483647n;
const BIGINT_MAX = 9223372036854775807n;

/** `text` is the digits as written, without a sign. */
export function numericLiteralType(text: string, numberKind: 'integer' | 'decimal' | 'approximate'): LiteralType {
  if (numberKind === 'approximate') {
    const v = Number(text);
    return Number.isFinite(v) ? T.double(false) : { error: `numeric literal ${text} is out of range for DOUBLE` };
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return { error: `'${text}' is not a number` };
  const dot = text.indexOf('.');
  if (numberKind === 'integer' || dot < 0 || dot === text.length - 1) {
    const digits = dot < 0 ? text : text.slice(0, dot);
    const v = BigInt(digits);
    // Calcite counts the sign in the range check, which the parser keeps apart; -2147483648 is a
    // unary minus over 2147483648 and so a BIGINT, as in Flink.
    if (v <= INT_MAX) return T.int(false);
    if (v <= BIGINT_MAX) return T.bigint(false);
    return decimalOf(digits.replace(/^0+(?=\d)/, '').length, 0, text);
  }
  const scale = text.length - dot - 1;
  return decimalOf(text.length - 1, scale, text);
}

function decimalOf(precision: number, scale: number, text: string): LiteralType {
  if (precision > TYPE_LIMITS.maxDecimalPrecision) {
    return { error: `numeric literal ${text} has more than ${TYPE_LIMITS.maxDecimalPrecision} digits` };
  }
  return T.decimal(Math.max(precision, scale, 1), scale, false);
}

/** INTERVAL '...' <qualifier>: Flink resolves every interval to INTERVAL SECOND(3) or INTERVAL MONTH. */
export function intervalLiteralType(leadingUnit: string): LogicalType {
  const u = leadingUnit.toUpperCase();
  if (u === 'YEAR' || u === 'QUARTER' || u === 'MONTH') {
    return { kind: 'INTERVAL_YEAR_MONTH', nullable: false, resolution: 'MONTH', yearPrecision: TYPE_LIMITS.defaultYearPrecision };
  }
  return {
    kind: 'INTERVAL_DAY_TIME',
    nullable: false,
    resolution: 'SECOND',
    dayPrecision: TYPE_LIMITS.defaultDayPrecision,
    fractionalPrecision: 3,
  };
}

export function stringLiteralType(value: string): LogicalType {
  return { kind: 'CHAR', nullable: false, length: value.length };
}

/** `hex`: the hex digits of X'...'. */
export function binaryLiteralType(hex: string): LiteralType {
  if (!/^[0-9A-Fa-f]*$/.test(hex) || hex.length % 2 !== 0) {
    return { error: `X'${hex}' is not a binary literal: it needs an even number of hex digits` };
  }
  return { kind: 'BINARY', nullable: false, length: hex.length / 2 };
}

export function booleanLiteralType(value: boolean | null): LogicalType {
  return T.boolean(value === null);
}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?$/;

/** DATE / TIME / TIMESTAMP / TIMESTAMP_LTZ '...' literals, validated. */
export function temporalLiteralType(
  type: 'DATE' | 'TIME' | 'TIMESTAMP' | 'TIMESTAMP_LTZ',
  value: string,
): LiteralType {
  const v = value.trim();
  const bad = { error: `'${value}' is not a valid ${type} literal` };
  if (type === 'DATE') return validDate(v) ? T.date(false) : bad;
  if (type === 'TIME') {
    const p = timePrecision(v);
    return p === undefined ? bad : T.time(p, false);
  }
  const m = /^(\S+)(?:[ T](\S+))?$/.exec(v);
  if (!m || !validDate(m[1])) return bad;
  const p = m[2] === undefined ? 0 : timePrecision(m[2]);
  if (p === undefined) return bad;
  return type === 'TIMESTAMP' ? T.timestamp(p, false) : T.timestampLtz(p, false);
}

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

function timePrecision(s: string): number | undefined {
  const m = TIME.exec(s);
  if (!m) return undefined;
  if (Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return undefined;
  return m[4]?.length ?? 0;
}
