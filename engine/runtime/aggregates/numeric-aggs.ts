/**
 * COUNT, COUNT(*), SUM, SUM0, AVG and the STDDEV/VAR family. Sums keep the count of contributing values, so a SUM
 * over only retracted values is NULL again (Flink's SumWithRetract), and wrap/round to the
 * result type.
 */
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { roundHalfUp, wrapInt } from '../functions/numeric';
import type { AggFactory, AggFunction, Slots } from './agg-function';

function toResult(type: LogicalType): (v: number) => number {
  switch (type.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER': {
      const k = type.kind;
      return (v) => wrapInt(k, Math.trunc(v));
    }
    case 'BIGINT':
      return (v) => Math.trunc(v);
    case 'DECIMAL': {
      const s = type.scale;
      return (v) => roundHalfUp(v, s);
    }
    case 'FLOAT':
      return (v) => Math.fround(v);
    default:
      return (v) => v;
  }
}

export const count: AggFactory = ({ call }) => {
  const star = call.args.length === 0;
  return {
    slots: 1,
    init: (s, at) => void (s[at] = 0),
    accumulate: (s, at, v) => {
      if (star || v !== null) s[at] = (s[at] as number) + 1;
    },
    retract: (s, at, v) => {
      if (star || v !== null) s[at] = (s[at] as number) - 1;
    },
    value: (s, at) => s[at] as number,
    merge: (a, b, at) => void (a[at] = (a[at] as number) + (b[at] as number)),
  };
};

/** Slots: sum, number of non-NULL values. */
function sumLike(result: (s: Slots, at: number) => Value): AggFunction {
  return {
    slots: 2,
    init: (s, at) => {
      s[at] = 0;
      s[at + 1] = 0;
    },
    accumulate: (s, at, v) => {
      if (v === null) return;
      s[at] = (s[at] as number) + (v as number);
      s[at + 1] = (s[at + 1] as number) + 1;
    },
    retract: (s, at, v) => {
      if (v === null) return;
      s[at] = (s[at] as number) - (v as number);
      s[at + 1] = (s[at + 1] as number) - 1;
    },
    value: result,
    merge: (a, b, at) => {
      a[at] = (a[at] as number) + (b[at] as number);
      a[at + 1] = (a[at + 1] as number) + (b[at + 1] as number);
    },
  };
}

export const sum: AggFactory = ({ call }) => {
  const conv = toResult(call.type);
  return sumLike((s, at) => ((s[at + 1] as number) === 0 ? null : conv(s[at] as number)));
};

export const sum0: AggFactory = ({ call }) => {
  const conv = toResult(call.type);
  return sumLike((s, at) => ((s[at + 1] as number) === 0 ? 0 : conv(s[at] as number)));
};

export const avg: AggFactory = ({ call }) => {
  const conv = toResult(call.type);
  return sumLike((s, at) => {
    const n = s[at + 1] as number;
    return n === 0 ? null : conv((s[at] as number) / n);
  });
};

/**
 * STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP as Flink runs them: Calcite's
 * AggregateReduceFunctionsRule rewrites them to SUM(x * x), SUM(x) and COUNT(x), so
 * VAR_POP = (SUM(x²) - SUM(x)² / COUNT(x)) / COUNT(x), the _SAMP forms divide by COUNT(x) - 1
 * (NULL for one value), STDDEV is the square root, and the result is cast to the return type
 * (for integer arguments the divisions truncate and for DECIMAL ones they round, as in Flink). Slots: sum, sum of squares,
 * number of non-NULL values — all retractable.
 */
function statistic(sample: boolean, root: boolean): AggFactory {
  return ({ call }) => {
    const conv = toResult(call.type);
    const t = call.type.kind;
    const integral = t === 'TINYINT' || t === 'SMALLINT' || t === 'INTEGER' || t === 'BIGINT';
    // DECIMAL: each division rounds HALF_UP to Flink's division scale, which for the 38-digit
    // sums is max(6, 2 * the argument's scale); the argument's scale is not known here, so an
    // argument scale <= 3 (result scale 6) is assumed when the result scale is 6.
    const decimalScale = call.type.kind === 'DECIMAL' ? (call.type.scale <= 6 ? 6 : Math.min(38, 2 * call.type.scale)) : undefined;
    const div = integral
      ? (a: number, b: number) => Math.trunc(a / b)
      : decimalScale !== undefined
        ? (a: number, b: number) => roundHalfUp(a / b, decimalScale)
        : (a: number, b: number) => a / b;
    return {
      slots: 3,
      init: (s, at) => {
        s[at] = 0;
        s[at + 1] = 0;
        s[at + 2] = 0;
      },
      accumulate: (s, at, v) => {
        if (v === null) return;
        const x = v as number;
        s[at] = (s[at] as number) + x;
        s[at + 1] = (s[at + 1] as number) + x * x;
        s[at + 2] = (s[at + 2] as number) + 1;
      },
      retract: (s, at, v) => {
        if (v === null) return;
        const x = v as number;
        s[at] = (s[at] as number) - x;
        s[at + 1] = (s[at + 1] as number) - x * x;
        s[at + 2] = (s[at + 2] as number) - 1;
      },
      value: (s, at) => {
        const n = s[at + 2] as number;
        const denominator = sample ? n - 1 : n;
        if (n <= 0 || denominator <= 0) return null;
        const sum = s[at] as number;
        const variance = div((s[at + 1] as number) - div(sum * sum, n), denominator);
        return conv(root ? Math.sqrt(variance) : variance);
      },
      merge: (a, b, at) => {
        for (let i = 0; i < 3; i++) a[at + i] = (a[at + i] as number) + (b[at + i] as number);
      },
    };
  };
}

export const stddevPop: AggFactory = statistic(false, true);
export const stddevSamp: AggFactory = statistic(true, true);
export const varPop: AggFactory = statistic(false, false);
export const varSamp: AggFactory = statistic(true, false);
