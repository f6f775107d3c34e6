/**
 * MIN, MAX, FIRST_VALUE, LAST_VALUE, LISTAGG, ARRAY_AGG, JSON_ARRAYAGG, COLLECT and
 * APPROX_COUNT_DISTINCT (computed exactly). Over append-only input MIN/MAX keep
 * only the current extreme; over retracting input they keep a multiset of values (value ->
 * count) and rescan it only when the current extreme is retracted away.
 */
import type { Value } from '../../types/values';
import { compareValues } from '../row/compare';
import type { AggFactory, AggFunction } from './agg-function';

type ExtremeAcc = [current: Value, counts: Map<Value, number> | null];

function extreme(sign: 1 | -1, retracting: boolean): AggFunction<ExtremeAcc> {
  const better = (a: Value, b: Value) => compareValues(a, b) * sign < 0;
  return {
    create: () => [null, retracting ? new Map() : null],
    accumulate: (a, v) => {
      if (v === null) return a;
      if (a[1] !== null) a[1].set(v, (a[1].get(v) ?? 0) + 1);
      if (a[0] === null || better(v, a[0])) a[0] = v;
      return a;
    },
    retract: (a, v) => {
      if (v === null || a[1] === null) return a;
      const n = (a[1].get(v) ?? 0) - 1;
      if (n > 0) {
        a[1].set(v, n);
        return a;
      }
      a[1].delete(v);
      if (a[0] === v || (a[0] !== null && compareValues(a[0], v) === 0)) {
        let best: Value = null;
        for (const k of a[1].keys()) if (best === null || better(k, best)) best = k;
        a[0] = best;
      }
      return a;
    },
    value: (a) => a[0],
    merge: (a, b) => {
      if (a[1] !== null && b[1] !== null) for (const [k, n] of b[1]) a[1].set(k, (a[1].get(k) ?? 0) + n);
      if (b[0] !== null && (a[0] === null || better(b[0], a[0]))) a[0] = b[0];
      return a;
    },
  };
}

export const min: AggFactory = ({ retracting }) => extreme(1, retracting) as AggFunction;
export const max: AggFactory = ({ retracting }) => extreme(-1, retracting) as AggFunction;

/** Values in arrival order; retraction removes the latest equal value. */
function listAgg(pick: (values: Value[]) => Value): AggFunction<Value[]> {
  return {
    create: () => [],
    accumulate: (a, v) => {
      if (v !== null) a.push(v);
      return a;
    },
    retract: (a, v) => {
      if (v === null) return a;
      for (let i = a.length - 1; i >= 0; i--) {
        if (a[i] === v || compareValues(a[i]!, v) === 0) {
          a.splice(i, 1);
          break;
        }
      }
      return a;
    },
    value: pick,
    merge: (a, b) => a.concat(b),
  };
}

export const firstValue: AggFactory = () => listAgg((a) => (a.length === 0 ? null : a[0]!)) as AggFunction;
export const lastValue: AggFactory = () => listAgg((a) => (a.length === 0 ? null : a[a.length - 1]!)) as AggFunction;

export const arrayAgg: AggFactory = () => listAgg((a) => (a.length === 0 ? null : [...a])) as AggFunction;

export const listagg: AggFactory = ({ call }) => {
  const sep = (call.constants?.[0] as string | undefined) ?? ',';
  return listAgg((a) => (a.length === 0 ? null : a.join(sep))) as AggFunction;
};

export const jsonArrayAgg: AggFactory = () =>
  listAgg((a) => JSON.stringify(a.map((v) => (v instanceof Map ? Object.fromEntries(v) : v)))) as AggFunction;

/** Distinct non-NULL values with their counts. */
function distinctCounts(value: (m: Map<Value, number>) => Value): AggFunction<Map<Value, number>> {
  return {
    create: () => new Map<Value, number>(),
    accumulate: (a, v) => {
      if (v !== null) a.set(v, (a.get(v) ?? 0) + 1);
      return a;
    },
    retract: (a, v) => {
      if (v === null) return a;
      const n = (a.get(v) ?? 0) - 1;
      if (n > 0) a.set(v, n);
      else a.delete(v);
      return a;
    },
    value,
    merge: (a, b) => {
      for (const [k, n] of b) a.set(k, (a.get(k) ?? 0) + n);
      return a;
    },
  };
}

export const approxCountDistinct: AggFactory = () => distinctCounts((m) => m.size) as AggFunction;

export const collect: AggFactory = () => distinctCounts((m) => new Map<Value, Value>(m)) as AggFunction;
