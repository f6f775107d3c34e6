/**
 * Result types of arithmetic: + - * / % on numbers, dates, timestamps and intervals, and the
 * numeric aggregates SUM/AVG and ROUND. Decimal precision and scale follow Flink's
 * LogicalTypeMerging (find{Addition,Multiplication,Division,Modulo,Round}DecimalType,
 * findSumAggType, findAvgAggType, adjustPrecisionScale), which adopt SQL Server's table:
 *
 *   e1 + e2, e1 - e2  p = max(s1, s2) + max(p1 - s1, p2 - s2) + 1   s = max(s1, s2)
 *   e1 * e2           p = p1 + p2 + 1                               s = s1 + s2
 *   e1 / e2           p = p1 - s1 + s2 + max(6, s1 + p2 + 1)        s = max(6, s1 + p2 + 1)
 *   e1 % e2           p = min(p1 - s1, p2 - s2) + max(s1, s2)       s = max(s1, s2)
 *
 * and when p exceeds 38 the scale gives way (Hive/Spark style) so the integral digits survive,
 * keeping at least min(s, 6) fractional digits. Integer operands count as DECIMAL(3|5|10|19, 0).
 * Integer-only arithmetic stays integer (INT / INT is INT, as in Flink); anything with
 * FLOAT/DOUBLE is DOUBLE (FLOAT when only FLOAT and integers/FLOAT meet).
 */

import {
  type LogicalType,
  T,
  TYPE_LIMITS,
  isApproximateNumeric,
  isExactNumeric,
  isInterval,
  isNumeric,
  isTimestamp,
  withoutTimeAttribute,
} from './logical-type';
import { findCommonType, integerDigits, scaleOf } from './common-type';
import { printType } from './print';

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';

const MIN_ADJUSTED_SCALE = 6;

/** DECIMAL(p, s) with Flink's precision overflow adjustment. */
export function adjustPrecisionScale(precision: number, scale: number): LogicalType {
  const max = TYPE_LIMITS.maxDecimalPrecision;
  if (precision <= max) return T.decimal(precision, scale, false);
  const digits = precision - scale;
  const minScale = Math.min(scale, MIN_ADJUSTED_SCALE);
  return T.decimal(max, Math.max(max - digits, minScale), false);
}

export function decimalPlus(p1: number, s1: number, p2: number, s2: number): LogicalType {
  const s = Math.max(s1, s2);
  return adjustPrecisionScale(Math.max(p1 - s1, p2 - s2) + s + 1, s);
}

export function decimalTimes(p1: number, s1: number, p2: number, s2: number): LogicalType {
  return adjustPrecisionScale(p1 + p2 + 1, s1 + s2);
}

export function decimalDivide(p1: number, s1: number, p2: number, s2: number): LogicalType {
  const s = Math.max(MIN_ADJUSTED_SCALE, s1 + p2 + 1);
  return adjustPrecisionScale(p1 - s1 + s2 + s, s);
}

export function decimalMod(p1: number, s1: number, p2: number, s2: number): LogicalType {
  const s = Math.max(s1, s2);
  return adjustPrecisionScale(Math.min(p1 - s1, p2 - s2) + s, s);
}

/** ROUND(DECIMAL(p, s), r): rounding may add a digit, hence the +1. */
export function decimalRound(precision: number, scale: number, round: number): LogicalType {
  if (round >= scale) return T.decimal(precision, scale, false);
  if (round < 0) return T.decimal(Math.min(TYPE_LIMITS.maxDecimalPrecision, 1 + precision - scale), 0, false);
  return T.decimal(1 + precision - scale + round, round, false);
}

/** SUM: DECIMAL(38, s) for decimals, otherwise the argument's type (SUM of INT is INT). */
export function sumAggType(arg: LogicalType): LogicalType {
  const t = arg.kind === 'DECIMAL' ? T.decimal(TYPE_LIMITS.maxDecimalPrecision, arg.scale) : withoutTimeAttribute(arg);
  return withNull(t, arg.nullable);
}

/** AVG: DECIMAL(38, max(6, s)) for decimals (a division by the BIGINT count), otherwise the argument's type (AVG of INT is INT). */
export function avgAggType(arg: LogicalType): LogicalType {
  const t = arg.kind === 'DECIMAL' ? decimalDivide(TYPE_LIMITS.maxDecimalPrecision, arg.scale, 20, 0) : arg;
  return withNull(t, arg.nullable);
}

/**
 * The type of `a op b`, or an error message. Nullable when either side is. Covers numeric
 * arithmetic, DATE/TIME/TIMESTAMP +/- INTERVAL, INTERVAL +/- INTERVAL, INTERVAL * / numeric.
 */
export function arithmeticType(op: ArithmeticOp, a: LogicalType, b: LogicalType): LogicalType | { error: string } {
  const nullable = a.nullable || b.nullable;
  const r = arithmeticRoot(op, withoutTimeAttribute(a), withoutTimeAttribute(b));
  if (r === undefined) {
    return { error: `cannot apply '${op}' to arguments of type ${printType(a)} and ${printType(b)}` };
  }
  return withNull(r, nullable);
}

function arithmeticRoot(op: ArithmeticOp, a: LogicalType, b: LogicalType): LogicalType | undefined {
  if (a.kind === 'NULL' && b.kind === 'NULL') return undefined;
  if (a.kind === 'NULL') return isNumeric(b) || isInterval(b) ? b : undefined;
  if (b.kind === 'NULL') return isNumeric(a) || isInterval(a) ? a : undefined;
  if (isNumeric(a) && isNumeric(b)) return numericRoot(op, a, b);
  const temporal = (t: LogicalType): boolean => t.kind === 'DATE' || t.kind === 'TIME' || isTimestamp(t);
  if (op === '+' || op === '-') {
    if (temporal(a) && isInterval(b)) return a;
    if (op === '+' && isInterval(a) && temporal(b)) return b;
    if (isInterval(a) && isInterval(b) && a.kind === b.kind) return findCommonType([a, b]);
    return undefined;
  }
  if (op === '*') {
    if (isInterval(a) && isNumeric(b)) return a;
    if (isNumeric(a) && isInterval(b)) return b;
  }
  if (op === '/' && isInterval(a) && isNumeric(b)) return a;
  return undefined;
}

function numericRoot(op: ArithmeticOp, a: LogicalType, b: LogicalType): LogicalType | undefined {
  if (isApproximateNumeric(a) || isApproximateNumeric(b)) {
    return a.kind === 'DOUBLE' || b.kind === 'DOUBLE' || a.kind === 'DECIMAL' || b.kind === 'DECIMAL' ? T.double() : T.float();
  }
  if (a.kind === 'DECIMAL' || b.kind === 'DECIMAL') {
    if (!isExactNumeric(a) || !isExactNumeric(b)) return T.double();
    const [p1, s1, p2, s2] = [integerDigits(a), scaleOf(a), integerDigits(b), scaleOf(b)];
    switch (op) {
      case '+':
      case '-':
        return decimalPlus(p1, s1, p2, s2);
      case '*':
        return decimalTimes(p1, s1, p2, s2);
      case '/':
        return decimalDivide(p1, s1, p2, s2);
      case '%':
        return decimalMod(p1, s1, p2, s2);
    }
  }
  // Integers: the wider of the two; MOD takes the divisor's type (BuiltInFunctionDefinitions.MOD: argument(1)).
  if (op === '%') return b;
  return findCommonType([a, b]);
}

function withNull(t: LogicalType, nullable: boolean): LogicalType {
  if (t.kind === 'NULL' || t.nullable === nullable) return t;
  return { ...t, nullable } as LogicalType;
}
