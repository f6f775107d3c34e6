/** Conditional functions (Flink docs: "Conditional Functions"). */

import { type LogicalType, T, withNullability } from '../../logical-type';
import { define } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { commonOrError, typeAt, typedArgs } from '../strategies';

/** COALESCE: the common type, NOT NULL as soon as one argument is NOT NULL. */
const coalesce: ReturnInference = (args) => {
  const types = typedArgs(args);
  const c = commonOrError(types);
  if ('error' in c) return c;
  return withNullability(c, types.every((t) => t.nullable));
};

/** The common type of some arguments, nullable when one of them is. */
function commonOfPositions(positions: readonly number[]): ReturnInference {
  return (args) => {
    const types: LogicalType[] = positions.map((i) => typeAt(args, i));
    const c = commonOrError(types);
    if ('error' in c) return c;
    return withNullability(c, types.some((t) => t.nullable));
  };
}

export const CONDITIONAL_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: 'CASE',
    kind: 'special-syntax',
    category: 'conditional',
    sig: 'result ANY...',
    syntax:
      'CASE value WHEN value1 THEN result1 [WHEN ...] [ELSE resultZ] END\nCASE WHEN condition1 THEN result1 [WHEN ...] [ELSE resultZ] END',
    returns: (args) => commonOrError(typedArgs(args), { validator: true }),
    returnLabel: 'common type of the results',
    description:
      'The result of the first matching WHEN (the analyzer passes the THEN/ELSE result types; a missing ELSE counts as NULL).',
    example: "CASE WHEN qty > 100 THEN 'bulk' ELSE 'retail' END",
  }),
  define({
    name: 'NULLIF',
    category: 'conditional',
    sig: 'value ANY, other ANY',
    returns: commonOfPositions([0, 1]),
    returnLabel: 'common type',
    nullability: 'always',
    description: 'NULL when the two values are equal, else the first value.',
    example: 'total / NULLIF(items, 0)',
  }),
  define({
    name: 'COALESCE',
    category: 'conditional',
    sig: 'value ANY...',
    returns: coalesce,
    returnLabel: 'common type',
    nullability: 'inferred',
    description: 'The first argument that is not NULL.',
    example: "COALESCE(nickname, first_name, 'anonymous')",
  }),
  define({
    name: 'IF',
    category: 'conditional',
    sig: 'condition BOOLEAN, whenTrue ANY, whenFalse ANY',
    returns: commonOfPositions([1, 2]),
    returnLabel: 'common type of the branches',
    description: 'whenTrue if the condition is TRUE, else whenFalse (also when the condition is NULL).',
    example: "IF(amount < 0, 'refund', 'sale')",
  }),
  define({
    name: 'IFNULL',
    category: 'conditional',
    sig: 'value ANY, replacement ANY',
    returns: (args) => {
      const c = commonOrError([typeAt(args, 0), typeAt(args, 1)]);
      return 'error' in c ? c : withNullability(c, typeAt(args, 1).nullable);
    },
    returnLabel: 'common type',
    nullability: 'inferred',
    description: 'The value, or the replacement when the value is NULL.',
    example: 'IFNULL(discount, 0)',
  }),
  define({
    name: 'IS_ALPHA',
    category: 'conditional',
    sig: 'str STRING',
    returns: T.boolean(false),
    nullability: 'never',
    description: 'TRUE when every character is a letter; FALSE for NULL or empty.',
    example: 'IS_ALPHA(country_code)',
  }),
  define({
    name: 'IS_DECIMAL',
    category: 'conditional',
    sig: 'str STRING',
    returns: T.boolean(false),
    nullability: 'never',
    description: 'TRUE when the string parses as a decimal number; FALSE for NULL or empty.',
    example: 'IS_DECIMAL(raw_price)',
  }),
  define({
    name: 'IS_DIGIT',
    category: 'conditional',
    sig: 'str STRING',
    returns: T.boolean(false),
    nullability: 'never',
    description: 'TRUE when every character is a digit; FALSE for NULL or empty.',
    example: 'IS_DIGIT(zip)',
  }),
  define({
    name: 'GREATEST',
    category: 'conditional',
    sig: 'value COMPARABLE...',
    returns: (args) => commonOrError(typedArgs(args)),
    returnLabel: 'common type',
    description: 'The greatest of the values; NULL if any is NULL.',
    example: 'GREATEST(updated_at, deleted_at)',
  }),
  define({
    name: 'LEAST',
    category: 'conditional',
    sig: 'value COMPARABLE...',
    returns: (args) => commonOrError(typedArgs(args)),
    returnLabel: 'common type',
    description: 'The least of the values; NULL if any is NULL.',
    example: 'LEAST(list_price, sale_price)',
  }),
];
