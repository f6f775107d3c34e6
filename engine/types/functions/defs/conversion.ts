/** Type conversion (Flink docs: "Type Conversion Functions"). */

import { T, withNullability } from '../../logical-type';
import { checkCast } from '../../casts';
import { define } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { typeAt } from '../strategies';

/** CAST(value AS type): explicit cast validity per LogicalTypeCasts; the result is nullable exactly when the value is (TRY_CAST: always). */
const cast =
  (tryCast: boolean): ReturnInference =>
  (args) => {
    const from = typeAt(args, 0);
    const to = typeAt(args, 1);
    const check = checkCast(from, withNullability(to, true), 'explicit');
    if (!check.ok) return { error: check.reason };
    return withNullability(to, tryCast || from.nullable);
  };

export const CONVERSION_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: 'CAST',
    kind: 'special-syntax',
    category: 'conversion',
    sig: 'value ANY, type TYPE',
    syntax: 'CAST(value AS type)',
    returns: cast(false),
    returnLabel: 'type',
    nullability: 'inferred',
    description: 'Converts the value to the type; fails the job on a value that does not convert.',
    example: "CAST(price_text AS DECIMAL(10, 2))",
  }),
  define({
    name: 'TRY_CAST',
    kind: 'special-syntax',
    category: 'conversion',
    sig: 'value ANY, type TYPE',
    syntax: 'TRY_CAST(value AS type)',
    returns: cast(true),
    returnLabel: 'type (nullable)',
    nullability: 'inferred',
    description: 'Like CAST, but a value that does not convert becomes NULL instead of failing.',
    example: 'TRY_CAST(user_input AS INT)',
  }),
  define({
    name: 'TYPEOF',
    category: 'conversion',
    sig: 'value ANY [, forceSerializable BOOLEAN]',
    returns: T.string(),
    description: "The printed type of the value, e.g. 'INT NOT NULL'.",
    example: 'TYPEOF(amount)',
  }),
];
