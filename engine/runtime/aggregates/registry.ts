/** Aggregate functions by canonical name. */
import type { AggFactory } from './agg-function';
import { avg, count, stddevPop, stddevSamp, sum, sum0, varPop, varSamp } from './numeric-aggs';
import { approxCountDistinct, arrayAgg, collect, firstValue, jsonArrayAgg, lastValue, listagg, max, min, singleValue } from './value-aggs';

const AGGREGATES: Readonly<Record<string, AggFactory>> = {
  COUNT: count,
  SUM: sum,
  SUM0: sum0,
  $SUM0: sum0,
  AVG: avg,
  STDDEV_POP: stddevPop,
  STDDEV_SAMP: stddevSamp,
  STDDEV: stddevSamp,
  VAR_POP: varPop,
  VAR_SAMP: varSamp,
  VARIANCE: varSamp,
  MIN: min,
  MAX: max,
  FIRST_VALUE: firstValue,
  LAST_VALUE: lastValue,
  LISTAGG: listagg,
  COLLECT: collect,
  ARRAY_AGG: arrayAgg,
  JSON_ARRAYAGG: jsonArrayAgg,
  APPROX_COUNT_DISTINCT: approxCountDistinct,
  /** Internal: the value of a scalar subquery that is not an aggregate (not callable in SQL). */
  SINGLE_VALUE: singleValue,
};

export function hasAggregateFunction(name: string): boolean {
  return name.toUpperCase() in AGGREGATES;
}

export function aggregateFunction(name: string): AggFactory {
  const f = AGGREGATES[name.toUpperCase()];
  if (f === undefined) throw new Error(`No runtime implementation of aggregate function ${name}`);
  return f;
}
