/** Math functions (Flink docs: "Arithmetic Functions", the function forms). */

import { type LogicalType, T, withoutTimeAttribute } from '../../logical-type';
import { decimalRound } from '../../arithmetic';
import { define } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { argument, literalInt, typeAt } from '../strategies';
import { arithmetic } from './arithmetic';

const double = (name: string, sig: string, description: string, example: string): FunctionDef =>
  define({ name, category: 'math', sig, returns: T.double(), description, example });

/** CEIL/FLOOR of a number: the same type, DECIMAL(p, s) becomes DECIMAL(p, 0) (as Flink 2.2 types it); of a temporal TO unit: the same temporal type. */
const roundedToWhole: ReturnInference = (args) => {
  const t = withoutTimeAttribute(typeAt(args, 0));
  if (t.kind === 'DECIMAL') return T.decimal(t.precision, 0);
  return t;
};

/** ROUND/TRUNCATE(x, d): decimals per LogicalTypeMerging#findRoundDecimalType, other types unchanged. */
const roundTo: ReturnInference = (args, options) => {
  const t: LogicalType = withoutTimeAttribute(typeAt(args, 0));
  if (t.kind !== 'DECIMAL') return t;
  const d = args.length > 1 ? literalInt(options, 1) ?? 0 : 0;
  return decimalRound(t.precision, t.scale, d);
};

export const MATH_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: 'POWER',
    category: 'math',
    sig: 'base NUMERIC, exponent NUMERIC',
    returns: T.double(),
    description: 'The base raised to the exponent.',
    example: 'POWER(1.05, years)',
  }),
  define({
    name: 'ABS',
    category: 'math',
    sig: 'value NUMERIC|INTERVAL',
    returns: argument(0),
    returnLabel: 'same as value',
    description: 'The absolute value.',
    example: 'ABS(balance_change)',
  }),
  define({
    name: 'MOD',
    category: 'math',
    sig: 'dividend EXACT, divisor EXACT',
    returns: arithmetic('%'),
    returnLabel: 'EXACT_NUMERIC',
    description: 'The remainder of dividend / divisor.',
    example: 'MOD(order_id, 16)',
  }),
  double('SQRT', 'value NUMERIC', 'The square root.', 'SQRT(dx * dx + dy * dy)'),
  double('LN', 'value NUMERIC', 'The natural logarithm.', 'LN(revenue)'),
  double('LOG10', 'value NUMERIC', 'The base-10 logarithm.', 'LOG10(population)'),
  double('LOG2', 'value NUMERIC', 'The base-2 logarithm.', 'LOG2(bytes)'),
  define({
    name: 'LOG',
    category: 'math',
    sig: ['value NUMERIC', 'base NUMERIC, value NUMERIC'],
    returns: T.double(),
    description: 'The natural logarithm of a value, or its logarithm to a given base.',
    example: 'LOG(2, 1024)',
  }),
  double('EXP', 'value NUMERIC', 'e raised to the given power.', 'EXP(rate * t)'),
  define({
    name: 'CEIL',
    aliases: ['CEILING'],
    category: 'math',
    sig: ['value NUMERIC', 'timepoint DATE|TIME|TIMESTAMP, unit UNIT'],
    syntax: 'CEIL(numeric)\nCEIL(timepoint TO unit)',
    returns: roundedToWhole,
    returnLabel: 'same as the argument',
    description: 'Rounds a number up to an integer, or a time point up to the given unit.',
    example: 'CEIL(order_time TO HOUR)',
  }),
  define({
    name: 'FLOOR',
    category: 'math',
    sig: ['value NUMERIC', 'timepoint DATE|TIME|TIMESTAMP, unit UNIT'],
    syntax: 'FLOOR(numeric)\nFLOOR(timepoint TO unit)',
    returns: roundedToWhole,
    returnLabel: 'same as the argument',
    description: 'Rounds a number down to an integer, or a time point down to the given unit.',
    example: 'FLOOR(event_time TO MINUTE)',
  }),
  double('SIN', 'value NUMERIC', 'The sine (radians).', 'SIN(angle)'),
  double('SINH', 'value NUMERIC', 'The hyperbolic sine.', 'SINH(x)'),
  double('COS', 'value NUMERIC', 'The cosine (radians).', 'COS(angle)'),
  double('COSH', 'value NUMERIC', 'The hyperbolic cosine.', 'COSH(x)'),
  double('TAN', 'value NUMERIC', 'The tangent (radians).', 'TAN(angle)'),
  double('TANH', 'value NUMERIC', 'The hyperbolic tangent.', 'TANH(x)'),
  double('COT', 'value NUMERIC', 'The cotangent (radians).', 'COT(angle)'),
  double('ASIN', 'value NUMERIC', 'The arc sine, in radians.', 'ASIN(0.5)'),
  double('ACOS', 'value NUMERIC', 'The arc cosine, in radians.', 'ACOS(ratio)'),
  double('ATAN', 'value NUMERIC', 'The arc tangent, in radians.', 'ATAN(slope)'),
  double('ATAN2', 'y NUMERIC, x NUMERIC', 'The angle of the point (x, y), in radians.', 'ATAN2(lat_delta, lon_delta)'),
  double('DEGREES', 'radians NUMERIC', 'Converts radians to degrees.', 'DEGREES(ATAN2(dy, dx))'),
  double('RADIANS', 'degrees NUMERIC', 'Converts degrees to radians.', 'RADIANS(lat)'),
  define({
    name: 'SIGN',
    category: 'math',
    sig: 'value NUMERIC',
    returns: argument(0),
    returnLabel: 'same as value',
    description: 'The sign of a number: -1, 0 or 1.',
    example: 'SIGN(balance)',
  }),
  define({
    name: 'ROUND',
    category: 'math',
    sig: 'value NUMERIC [, digits INT]',
    returns: roundTo,
    returnLabel: 'same as value (DECIMAL scale = digits)',
    description: 'Rounds half up to the given number of decimal places (0 by default).',
    example: 'ROUND(avg_price, 2)',
  }),
  define({
    name: 'TRUNCATE',
    category: 'math',
    sig: 'value NUMERIC [, digits INT]',
    returns: roundTo,
    returnLabel: 'same as value (DECIMAL scale = digits)',
    description: 'Cuts a number to the given number of decimal places (0 by default), without rounding.',
    example: 'TRUNCATE(42.345, 2)',
  }),
  define({
    name: 'PI',
    category: 'math',
    sig: '',
    returns: T.double(false),
    nullability: 'never',
    description: 'The constant pi.',
    example: 'PI() * r * r',
  }),
  define({
    name: 'E',
    category: 'math',
    sig: '',
    returns: T.double(false),
    nullability: 'never',
    description: "Euler's number e.",
    example: 'POWER(E(), 2)',
  }),
  define({
    name: 'RAND',
    category: 'math',
    sig: '[seed INT]',
    returns: T.double(false),
    nullability: 'never',
    deterministic: false,
    description: 'A random DOUBLE in [0, 1); with a seed the sequence repeats.',
    example: 'RAND() < 0.01',
  }),
  define({
    name: 'RAND_INTEGER',
    category: 'math',
    sig: ['bound INT', 'seed INT, bound INT'],
    returns: T.int(false),
    nullability: 'never',
    deterministic: false,
    description: 'A random INT in [0, bound); with a seed the sequence repeats.',
    example: 'RAND_INTEGER(100)',
  }),
  define({
    name: 'UUID',
    category: 'math',
    sig: '',
    returns: T.char(36, false),
    nullability: 'never',
    deterministic: false,
    description: 'A random type-4 UUID as a 36-character string.',
    example: 'UUID() AS request_id',
  }),
  define({
    name: 'BIN',
    category: 'math',
    sig: 'value INT',
    returns: T.string(),
    description: 'The binary digits of an integer as a string.',
    example: "BIN(12) -- '1100'",
  }),
  define({
    name: 'HEX',
    category: 'math',
    sig: 'value INT|STRING',
    returns: T.string(),
    description: 'The hexadecimal form of an integer, or of the bytes of a string.',
    example: "HEX('flink') -- '666C696E6B'",
  }),
  define({
    name: 'UNHEX',
    category: 'math',
    sig: 'hex STRING',
    returns: T.bytes(),
    nullability: 'always',
    description: 'The bytes a hexadecimal string spells; NULL for an invalid one.',
    example: "DECODE(UNHEX('666C696E6B'), 'UTF-8')",
  }),
];

