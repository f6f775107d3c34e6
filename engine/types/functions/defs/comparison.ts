/** Comparison operators and predicates (Flink docs: "Comparison Functions"). */

import { T } from '../../logical-type';
import { areComparable, isOrderable } from '../../casts';
import { printType } from '../../print';
import { define } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { typedArgs } from '../strategies';

/** BOOLEAN when every argument compares with the first (and, for ordering, has an order). */
function comparison(ordered: boolean): ReturnInference {
  return (args) => {
    const [first, ...rest] = typedArgs(args);
    for (const t of [first, ...rest]) {
      if (ordered && t && !isOrderable(t)) return { error: `values of type ${printType(t)} have no order` };
    }
    for (const t of rest) {
      if (!areComparable(first, t, ordered)) return { error: `cannot compare ${printType(first)} with ${printType(t)}` };
    }
    return T.boolean();
  };
}

const cmp = (name: string, aliases: string[], ordered: boolean, description: string, example: string): FunctionDef =>
  define({
    name,
    aliases,
    kind: 'operator',
    category: 'comparison',
    sig: 'left ANY, right ANY',
    syntax: `value1 ${name} value2`,
    returns: comparison(ordered),
    returnLabel: 'BOOLEAN',
    description,
    example,
  });

const isNullCheck = (name: string, description: string, example: string): FunctionDef =>
  define({
    name,
    kind: 'operator',
    category: 'comparison',
    sig: 'value ANY',
    syntax: `value ${name}`,
    returns: T.boolean(false),
    nullability: 'never',
    description,
    example,
  });

const like = (name: string, description: string, example: string): FunctionDef =>
  define({
    name,
    kind: 'operator',
    category: 'comparison',
    sig: 'str STRING, pattern STRING [, escape STRING]',
    syntax: `str ${name} pattern [ESCAPE char]`,
    returns: T.boolean(),
    description,
    example,
  });

export const COMPARISON_FUNCTIONS: readonly FunctionDef[] = [
  cmp('=', ['=='], false, 'TRUE when both values are equal; NULL when either is NULL.', "amount = 100"),
  cmp('<>', ['!='], false, 'TRUE when the values differ; NULL when either is NULL.', "status <> 'done'"),
  cmp('>', [], true, 'TRUE when the left value is greater.', 'price > 9.99'),
  cmp('>=', [], true, 'TRUE when the left value is greater or equal.', 'qty >= 1'),
  cmp('<', [], true, 'TRUE when the left value is smaller.', "order_time < TIMESTAMP '2024-01-01 00:00:00'"),
  cmp('<=', [], true, 'TRUE when the left value is smaller or equal.', 'discount <= 0.5'),
  define({
    name: 'IS DISTINCT FROM',
    kind: 'operator',
    category: 'comparison',
    sig: 'left ANY, right ANY',
    syntax: 'value1 IS DISTINCT FROM value2',
    returns: comparison(false),
    returnLabel: 'BOOLEAN NOT NULL',
    nullability: 'never',
    description: 'Inequality that treats two NULLs as equal; never NULL.',
    example: 'old_email IS DISTINCT FROM new_email',
  }),
  define({
    name: 'IS NOT DISTINCT FROM',
    kind: 'operator',
    category: 'comparison',
    sig: 'left ANY, right ANY',
    syntax: 'value1 IS NOT DISTINCT FROM value2',
    returns: comparison(false),
    returnLabel: 'BOOLEAN NOT NULL',
    nullability: 'never',
    description: 'Equality that treats two NULLs as equal; never NULL.',
    example: 'a.region IS NOT DISTINCT FROM b.region',
  }),
  isNullCheck('IS NULL', 'TRUE when the value is NULL.', 'shipped_at IS NULL'),
  isNullCheck('IS NOT NULL', 'TRUE when the value is not NULL.', 'email IS NOT NULL'),
  define({
    name: 'BETWEEN',
    kind: 'operator',
    category: 'comparison',
    sig: 'value ANY, low ANY, high ANY',
    syntax: 'value [NOT] BETWEEN [ASYMMETRIC | SYMMETRIC] low AND high',
    returns: comparison(true),
    returnLabel: 'BOOLEAN',
    description: 'TRUE when low <= value <= high (SYMMETRIC also accepts the bounds swapped).',
    example: 'price BETWEEN 10 AND 20',
  }),
  define({
    name: 'NOT BETWEEN',
    kind: 'operator',
    category: 'comparison',
    sig: 'value ANY, low ANY, high ANY',
    syntax: 'value NOT BETWEEN [ASYMMETRIC | SYMMETRIC] low AND high',
    returns: comparison(true),
    returnLabel: 'BOOLEAN',
    description: 'TRUE when the value lies outside the range low..high.',
    example: 'age NOT BETWEEN 18 AND 65',
  }),
  like('LIKE', "TRUE when the string matches the SQL pattern ('%' any run, '_' one character).", "email LIKE '%@example.com'"),
  like('NOT LIKE', 'TRUE when the string does not match the SQL pattern.', "sku NOT LIKE 'TEST-%'"),
  like('SIMILAR TO', 'TRUE when the string matches the SQL regular expression.', "code SIMILAR TO '[A-Z]{3}[0-9]+'"),
  like('NOT SIMILAR TO', 'TRUE when the string does not match the SQL regular expression.', "code NOT SIMILAR TO '[0-9]+'"),
  define({
    name: 'IN',
    kind: 'operator',
    category: 'comparison',
    sig: 'value ANY, candidate ANY...',
    syntax: 'value IN (value1 [, value2]* | subquery)',
    returns: comparison(false),
    returnLabel: 'BOOLEAN',
    description: 'TRUE when the value equals one of the list (or the subquery rows).',
    example: "country IN ('DE', 'FR', 'NL')",
  }),
  define({
    name: 'NOT IN',
    kind: 'operator',
    category: 'comparison',
    sig: 'value ANY, candidate ANY...',
    syntax: 'value NOT IN (value1 [, value2]* | subquery)',
    returns: comparison(false),
    returnLabel: 'BOOLEAN',
    description: 'TRUE when the value equals none of the list; NULL if the list holds a NULL.',
    example: "status NOT IN ('cancelled', 'refunded')",
  }),
  define({
    name: 'EXISTS',
    kind: 'special-syntax',
    category: 'comparison',
    sig: 'subquery TABLE',
    syntax: 'EXISTS (subquery)',
    returns: T.boolean(false),
    nullability: 'never',
    description: 'TRUE when the subquery returns at least one row.',
    example: 'EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.id)',
  }),
];
