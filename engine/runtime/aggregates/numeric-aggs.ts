/**
 * COUNT, COUNT(*), SUM, SUM0 and AVG. Sums keep the count of contributing values, so a SUM
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
