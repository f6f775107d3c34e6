/**
 * MIN, MAX, FIRST_VALUE, LAST_VALUE, LISTAGG, ARRAY_AGG, JSON_ARRAYAGG, COLLECT and
 * APPROX_COUNT_DISTINCT (computed exactly). Over append-only input MIN/MAX keep only the
 * current extreme (one slot); over retracting input they also keep a multiset of values
 * (value -> count) and rescan it only when the current extreme is retracted away.
 */
import type { Value } from '../../types/values';
import { compareValues } from '../row/compare';
import type { AggFactory, AggFunction, Slots } from './agg-function';

function extreme(sign: 1 | -1, retracting: boolean): AggFunction {
  const better = (a: Value, b: Value) => compareValues(a, b) * sign < 0;
  if (!retracting) {
    return {
      slots: 1,
      init: (s, at) => void (s[at] = null),
      accumulate: (s, at, v) => {
        if (v !== null && (s[at] === null || better(v, s[at] as Value))) s[at] = v;
      },
      retract: () => {
        throw new Error('MIN/MAX built for append-only input received a retraction');
      },
      value: (s, at) => s[at] as Value,
      merge: (a, b, at) => {
        if (b[at] !== null && (a[at] === null || better(b[at] as Value, a[at] as Value))) a[at] = b[at];
      },
    };
  }
  // Slots: current extreme, value -> count.
  return {
    slots: 2,
    init: (s, at) => {
      s[at] = null;
      s[at + 1] = new Map<Value, number>();
    },
    accumulate: (s, at, v) => {
      if (v === null) return;
      const m = s[at + 1] as Map<Value, number>;
      m.set(v, (m.get(v) ?? 0) + 1);
      if (s[at] === null || better(v, s[at] as Value)) s[at] = v;
    },
    retract: (s, at, v) => {
      if (v === null) return;
      const m = s[at + 1] as Map<Value, number>;
      const n = (m.get(v) ?? 0) - 1;
      if (n > 0) {
        m.set(v, n);
        return;
      }
      m.delete(v);
      const cur = s[at] as Value;
      if (cur === v || (cur !== null && compareValues(cur, v) === 0)) {
        let best: Value = null;
        for (const k of m.keys()) if (best === null || better(k, best)) best = k;
        s[at] = best;
      }
    },
    value: (s, at) => s[at] as Value,
    merge: (a, b, at) => {
      const ma = a[at + 1] as Map<Value, number>;
      for (const [k, n] of b[at + 1] as Map<Value, number>) ma.set(k, (ma.get(k) ?? 0) + n);
      if (b[at] !== null && (a[at] === null || better(b[at] as Value, a[at] as Value))) a[at] = b[at];
    },
  };
}

export const min: AggFactory = ({ retracting }) => extreme(1, retracting);
export const max: AggFactory = ({ retracting }) => extreme(-1, retracting);

/** One slot: the non-NULL values in arrival order; retraction removes the latest equal value. */
function listAgg(pick: (values: Value[]) => Value): AggFunction {
  return {
    slots: 1,
    init: (s, at) => void (s[at] = []),
    accumulate: (s, at, v) => {
      if (v !== null) (s[at] as Value[]).push(v);
    },
    retract: (s, at, v) => {
      if (v === null) return;
      const a = s[at] as Value[];
      for (let i = a.length - 1; i >= 0; i--) {
        if (a[i] === v || compareValues(a[i]!, v) === 0) {
          a.splice(i, 1);
          break;
        }
      }
    },
    value: (s, at) => pick(s[at] as Value[]),
    merge: (a, b, at) => void (a[at] = (a[at] as Value[]).concat(b[at] as Value[])),
  };
}

/**
 * SINGLE_VALUE (Calcite's, for a scalar subquery that is not an aggregate): the one row's
 * value, NULL without rows, an error with more than one (NULLs count as rows). One slot: the
 * values, retraction removes an equal one.
 */
export const singleValue: AggFactory = () => ({
  slots: 1,
  init: (s, at) => void (s[at] = []),
  accumulate: (s, at, v) => void (s[at] as Value[]).push(v),
  retract: (s, at, v) => {
    const a = s[at] as Value[];
    const i = a.findIndex((x) => x === v || (x !== null && v !== null && compareValues(x, v) === 0));
    if (i >= 0) a.splice(i, 1);
  },
  value: (s, at) => {
    const a = s[at] as Value[];
    if (a.length > 1) throw new Error(`a scalar subquery returned more than one row (${a.length}); it must return at most one, as Flink's SINGLE_VALUE requires`);
    return a.length === 0 ? null : a[0]!;
  },
  merge: (a, b, at) => void (a[at] = (a[at] as Value[]).concat(b[at] as Value[])),
});

/** Append-only FIRST_VALUE / LAST_VALUE: one slot with the kept value. */
function keepOne(replace: boolean): AggFunction {
  return {
    slots: 1,
    init: (s, at) => void (s[at] = null),
    accumulate: (s, at, v) => {
      if (v !== null && (replace || s[at] === null)) s[at] = v;
    },
    retract: () => {
      throw new Error('FIRST_VALUE/LAST_VALUE built for append-only input received a retraction');
    },
    value: (s, at) => s[at] as Value,
    merge: (a, b, at) => {
      if (b[at] !== null && (replace || a[at] === null)) a[at] = b[at];
    },
  };
}

export const firstValue: AggFactory = ({ retracting }) =>
  retracting ? listAgg((a) => (a.length === 0 ? null : a[0]!)) : keepOne(false);
export const lastValue: AggFactory = ({ retracting }) =>
  retracting ? listAgg((a) => (a.length === 0 ? null : a[a.length - 1]!)) : keepOne(true);
export const arrayAgg: AggFactory = () => listAgg((a) => (a.length === 0 ? null : [...a]));
export const jsonArrayAgg: AggFactory = () =>
  listAgg((a) => JSON.stringify(a.map((v) => (v instanceof Map ? Object.fromEntries(v) : v))));

export const listagg: AggFactory = ({ call }) => {
  const sep = (call.constants?.[0] as string | undefined) ?? ',';
  return listAgg((a) => (a.length === 0 ? null : a.join(sep)));
};

/** One slot: distinct non-NULL values with their counts. */
function distinctCounts(value: (m: Map<Value, number>) => Value): AggFunction {
  const map = (s: Slots, at: number) => s[at] as Map<Value, number>;
  return {
    slots: 1,
    init: (s, at) => void (s[at] = new Map<Value, number>()),
    accumulate: (s, at, v) => {
      if (v !== null) map(s, at).set(v, (map(s, at).get(v) ?? 0) + 1);
    },
    retract: (s, at, v) => {
      if (v === null) return;
      const m = map(s, at);
      const n = (m.get(v) ?? 0) - 1;
      if (n > 0) m.set(v, n);
      else m.delete(v);
    },
    value: (s, at) => value(map(s, at)),
    merge: (a, b, at) => {
      const m = map(a, at);
      for (const [k, n] of map(b, at)) m.set(k, (m.get(k) ?? 0) + n);
    },
  };
}

export const approxCountDistinct: AggFactory = () => distinctCounts((m) => m.size);
export const collect: AggFactory = () => distinctCounts((m) => new Map<Value, Value>(m));
