/** Aggregate functions (Flink docs: "Aggregate Functions") and grouping functions. */

import { T, withoutTimeAttribute } from '../../logical-type';
import { avgAggType, sumAggType } from '../../arithmetic';
import { isOrderable } from '../../casts';
import { printType } from '../../print';
import { define, type FunctionSpec } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { argument, typeAt } from '../strategies';

const agg = (spec: Omit<FunctionSpec, 'category' | 'kind'>): FunctionDef =>
  define({ kind: 'aggregate', category: 'aggregate', ...spec });

const sum: ReturnInference = (args) => sumAggType(typeAt(args, 0));
const avg: ReturnInference = (args) => avgAggType(typeAt(args, 0));

/** MIN/MAX: the argument's type, if it has an order. */
const extreme: ReturnInference = (args) => {
  const t = typeAt(args, 0);
  return isOrderable(t) ? withoutTimeAttribute(t) : { error: `values of type ${printType(t)} have no order` };
};

/** STDDEV/VAR: computed like AVG (Calcite's SqlAvgAggFunction family, FlinkTypeSystem#deriveAvgAggType). */
const statistic = (name: string, aliases: string[], description: string): FunctionDef =>
  agg({
    name,
    aliases,
    sig: 'value NUMERIC',
    returns: avg,
    returnLabel: 'same as value (DECIMAL scale >= 6)',
    description,
    example: `${name}(latency_ms)`,
  });

export const AGGREGATE_FUNCTIONS: readonly FunctionDef[] = [
  agg({
    name: 'COUNT',
    sig: ['', 'value ANY [, more ANY...]'],
    syntax: 'COUNT(*)\nCOUNT([ALL | DISTINCT] value1 [, value2]*)',
    returns: T.bigint(false),
    nullability: 'never',
    description: 'The number of rows (COUNT(*)) or of rows where the values are not NULL.',
    example: 'COUNT(DISTINCT user_id)',
  }),
  agg({
    name: 'AVG',
    sig: 'value NUMERIC',
    syntax: 'AVG([ALL | DISTINCT] value)',
    returns: avg,
    returnLabel: 'same as value (DECIMAL(38, max(6, s)))',
    description: 'The average; integers average to an integer (AVG of INT is INT, as in Flink).',
    example: 'AVG(CAST(rating AS DOUBLE))',
  }),
  agg({
    name: 'SUM',
    sig: 'value NUMERIC',
    syntax: 'SUM([ALL | DISTINCT] value)',
    returns: sum,
    returnLabel: 'same as value (DECIMAL(38, s))',
    description: 'The sum; NULL when the group has no non-NULL value.',
    example: 'SUM(amount)',
  }),
  agg({
    name: '$SUM0',
    sig: 'value NUMERIC',
    returns: sum,
    returnLabel: 'same as value (DECIMAL(38, s))',
    nullability: 'never',
    description: "The sum, but 0 instead of NULL for an empty group (the planner's SUM0; SQL spells it $SUM0).",
    example: '$SUM0(quantity)',
  }),
  agg({ name: 'MAX', sig: 'value COMPARABLE', syntax: 'MAX([ALL | DISTINCT] value)', returns: extreme, returnLabel: 'same as value', description: 'The greatest value.', example: 'MAX(order_time)' }),
  agg({ name: 'MIN', sig: 'value COMPARABLE', syntax: 'MIN([ALL | DISTINCT] value)', returns: extreme, returnLabel: 'same as value', description: 'The smallest value.', example: 'MIN(price)' }),
  statistic('STDDEV_POP', [], 'The population standard deviation.'),
  statistic('STDDEV_SAMP', ['STDDEV'], 'The sample standard deviation.'),
  statistic('VAR_POP', [], 'The population variance.'),
  statistic('VAR_SAMP', ['VARIANCE'], 'The sample variance.'),
  agg({
    name: 'COLLECT',
    sig: 'value ANY',
    returns: (args) => T.multiset(withoutTimeAttribute(typeAt(args, 0)), false),
    returnLabel: 'MULTISET',
    nullability: 'never',
    description: 'The non-NULL values of the group as a MULTISET.',
    example: 'COLLECT(product_id)',
  }),
  agg({
    name: 'ARRAY_AGG',
    sig: 'value ANY',
    syntax: 'ARRAY_AGG([ALL | DISTINCT] value [RESPECT NULLS | IGNORE NULLS])',
    returns: (args) => T.array(withoutTimeAttribute(typeAt(args, 0))),
    returnLabel: 'ARRAY',
    nullability: 'args',
    description: 'The values of the group as an ARRAY.',
    example: 'ARRAY_AGG(DISTINCT tag)',
  }),
  agg({
    name: 'LISTAGG',
    sig: 'value STRING [, separator STRING]',
    returns: T.string(),
    nullability: 'args',
    description: "The string values of the group joined with the separator (',' by default).",
    example: "LISTAGG(name, '; ')",
  }),
  agg({ name: 'FIRST_VALUE', sig: 'value ANY', returns: argument(0), returnLabel: 'same as value', description: 'The first value of the group (in arrival order, or the window frame order).', example: 'FIRST_VALUE(status)' }),
  agg({ name: 'LAST_VALUE', sig: 'value ANY', returns: argument(0), returnLabel: 'same as value', description: 'The last value of the group (in arrival order, or the window frame order).', example: 'LAST_VALUE(status)' }),
  agg({
    name: 'APPROX_COUNT_DISTINCT',
    sig: 'value ANY',
    returns: T.bigint(false),
    nullability: 'never',
    description: 'An approximate count of distinct values (HyperLogLog; batch mode in Flink).',
    example: 'APPROX_COUNT_DISTINCT(visitor_id)',
  }),
  agg({
    name: 'PERCENTILE',
    sig: 'value NUMERIC, percentage NUMERIC|ARRAY [, frequency INT]',
    returns: (args) => (typeAt(args, 1).kind === 'ARRAY' ? T.array(T.double()) : T.double()),
    returnLabel: 'DOUBLE or ARRAY<DOUBLE>',
    description: 'The exact percentile(s) of the values, for percentages between 0.0 and 1.0.',
    example: 'PERCENTILE(latency_ms, 0.99)',
  }),
  define({
    name: 'GROUP_ID',
    category: 'grouping',
    sig: '',
    returns: T.bigint(false),
    nullability: 'never',
    description: 'Distinguishes duplicate grouping sets: 0, 1, ... for each repetition of the same set.',
    example: 'GROUP BY GROUPING SETS ((a), (a)) -- SELECT GROUP_ID()',
  }),
  define({
    name: 'GROUPING',
    category: 'grouping',
    sig: 'expr ANY...',
    returns: T.bigint(false),
    nullability: 'never',
    description: 'A bit vector telling which of the given grouping expressions are rolled up in this row.',
    example: 'GROUPING(region, product)',
  }),
  define({
    name: 'GROUPING_ID',
    category: 'grouping',
    sig: 'expr ANY...',
    returns: T.bigint(false),
    nullability: 'never',
    description: 'Same as GROUPING: a bit vector of the rolled-up grouping expressions.',
    example: 'GROUPING_ID(region, product)',
  }),
];

