/**
 * Numeric helpers shared by the compiler, CAST and the scalar functions: wrapping integers to
 * their type's width (Java semantics), DECIMAL rounding (HALF_UP to the scale, as
 * engine/types/values.ts prescribes), and the math functions.
 */
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import type { ScalarTable } from './scalar';

/** Wraps an integral double to the two's complement width of an integer type. */
export function wrapInt(kind: LogicalType['kind'], v: number): number {
  switch (kind) {
    case 'TINYINT':
      return (v << 24) >> 24;
    case 'SMALLINT':
      return (v << 16) >> 16;
    case 'INTEGER':
      return v | 0;
    default:
      return v;
  }
}

/** HALF_UP to `scale` digits, nudged by a few ulps so that decimal literals like 1.005 round up. */
export function roundHalfUp(v: number, scale: number): number {
  if (!Number.isFinite(v)) return v;
  const f = POW10[scale] ?? 10 ** scale;
  const a = Math.abs(v) * f;
  const r = Math.round(a * (1 + 4 * Number.EPSILON)) / f;
  return v < 0 ? -r : r;
}

const POW10 = Array.from({ length: 39 }, (_, i) => 10 ** i);

/** Whether a rounded DECIMAL value fits DECIMAL(p, s). */
export function fitsDecimal(v: number, precision: number, scale: number): boolean {
  return Math.abs(v) < (POW10[precision - scale] ?? 10 ** (precision - scale));
}

function num(v: Value): number {
  return v as number;
}

/** Rounds a value of `type` to `digits` decimals, HALF_UP (Flink's ROUND). */
function roundTo(v: number, digits: number): number {
  if (digits >= 0) return roundHalfUp(v, digits);
  const f = 10 ** -digits;
  return roundHalfUp(v / f, 0) * f;
}

export const NUMERIC_FUNCTIONS: ScalarTable = {
  ABS: { bind: () => (a) => Math.abs(num(a)) },
  SIGN: { bind: () => (a) => Math.sign(num(a)) },
  SQRT: { bind: () => (a) => Math.sqrt(num(a)) },
  LN: { bind: () => (a) => Math.log(num(a)) },
  LOG10: { bind: () => (a) => Math.log10(num(a)) },
  LOG2: { bind: () => (a) => Math.log2(num(a)) },
  EXP: { bind: () => (a) => Math.exp(num(a)) },
  POWER: { bind: () => (a, b) => Math.pow(num(a), num(b)) },
  MOD: {
    bind: (_ops, type) => (a, b) => {
      if (num(b) === 0 && type.kind !== 'DOUBLE' && type.kind !== 'FLOAT') throw new Error('Division by zero');
      return wrapInt(type.kind, num(a) % num(b));
    },
  },
  ROUND: {
    bind: (ops, type) => {
      const scale = type.kind === 'DECIMAL' ? type.scale : undefined;
      return (a, d) => {
        const r = roundTo(num(a), d === undefined ? 0 : num(d));
        return scale === undefined ? r : roundHalfUp(r, scale);
      };
    },
  },
  TRUNCATE: {
    bind: () => (a, d) => {
      const f = 10 ** (d === undefined ? 0 : num(d));
      return Math.trunc(num(a) * f) / f;
    },
  },
  PI: { bind: () => () => Math.PI },
  E: { bind: () => () => Math.E },
  /** LOG(x) natural, or LOG(base, x). */
  LOG: { bind: () => (a, b) => (b === undefined ? Math.log(num(a)) : Math.log(num(b)) / Math.log(num(a))) },
  SIN: { bind: () => (a) => Math.sin(num(a)) },
  COS: { bind: () => (a) => Math.cos(num(a)) },
  TAN: { bind: () => (a) => Math.tan(num(a)) },
  ASIN: { bind: () => (a) => Math.asin(num(a)) },
  ACOS: { bind: () => (a) => Math.acos(num(a)) },
  ATAN: { bind: () => (a) => Math.atan(num(a)) },
  ATAN2: { bind: () => (a, b) => Math.atan2(num(a), num(b)) },
  SINH: { bind: () => (a) => Math.sinh(num(a)) },
  COSH: { bind: () => (a) => Math.cosh(num(a)) },
  TANH: { bind: () => (a) => Math.tanh(num(a)) },
  COT: { bind: () => (a) => 1 / Math.tan(num(a)) },
  DEGREES: { bind: () => (a) => (num(a) * 180) / Math.PI },
  RADIANS: { bind: () => (a) => (num(a) * Math.PI) / 180 },
};
