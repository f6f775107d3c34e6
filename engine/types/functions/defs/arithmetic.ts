/** Arithmetic operators (Flink docs: "Arithmetic Functions", the operator forms). */

import { withoutTimeAttribute } from '../../logical-type';
import { type ArithmeticOp, arithmeticType } from '../../arithmetic';
import { define } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { typeAt } from '../strategies';

const OPERAND = 'NUMERIC|DATE|TIME|TIMESTAMP|INTERVAL';

/** Binary: LogicalTypeMerging's decimal rules via arithmeticType; unary: the operand's type. */
export function arithmetic(op: ArithmeticOp): ReturnInference {
  return (args) => {
    if (args.length === 1) return withoutTimeAttribute(typeAt(args, 0));
    return arithmeticType(op, typeAt(args, 0), typeAt(args, 1));
  };
}

export const ARITHMETIC_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: '+',
    kind: 'operator',
    category: 'arithmetic',
    sig: [`left ${OPERAND}, right ${OPERAND}`, 'value NUMERIC|INTERVAL'],
    syntax: 'numeric1 + numeric2\n+ numeric\ntemporal + interval',
    returns: arithmetic('+'),
    returnLabel: 'NUMERIC or the temporal type',
    description: 'Adds numbers, or an interval to a date/time/timestamp; unary + returns the number.',
    example: "order_time + INTERVAL '7' DAY",
  }),
  define({
    name: '-',
    kind: 'operator',
    category: 'arithmetic',
    sig: [`left ${OPERAND}, right ${OPERAND}`, 'value NUMERIC|INTERVAL'],
    syntax: 'numeric1 - numeric2\n- numeric\ntemporal - interval',
    returns: arithmetic('-'),
    returnLabel: 'NUMERIC or the temporal type',
    description: 'Subtracts numbers or an interval from a date/time/timestamp; unary - negates.',
    example: 'price - discount',
  }),
  define({
    name: '*',
    kind: 'operator',
    category: 'arithmetic',
    sig: 'left NUMERIC|INTERVAL, right NUMERIC|INTERVAL',
    syntax: 'numeric1 * numeric2',
    returns: arithmetic('*'),
    returnLabel: 'NUMERIC',
    description: 'Multiplies two numbers (or an interval by a number).',
    example: 'qty * unit_price',
  }),
  define({
    name: '/',
    kind: 'operator',
    category: 'arithmetic',
    sig: 'left NUMERIC|INTERVAL, right NUMERIC',
    syntax: 'numeric1 / numeric2',
    returns: arithmetic('/'),
    returnLabel: 'NUMERIC',
    description: 'Divides; two integers give an integer (7 / 2 = 3), decimals widen their scale.',
    example: 'total / CAST(items AS DOUBLE)',
  }),
  define({
    name: '%',
    kind: 'operator',
    category: 'arithmetic',
    sig: 'left EXACT, right EXACT',
    syntax: 'numeric1 % numeric2',
    returns: arithmetic('%'),
    returnLabel: 'EXACT_NUMERIC',
    description: 'The remainder of dividing the left number by the right one (same as MOD).',
    example: 'user_id % 10',
  }),
];
