/**
 * COUNT, COUNT(*), SUM, SUM0 and AVG. Sums keep the count of contributing values, so a SUM
 * over only retracted values is NULL again (Flink's SumWithRetract), and wrap/round to the
 * result type.
 */
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { roundHalfUp, wrapInt } from '../functions/numeric';
import type { AggFactory, AggFunction } from './agg-function';

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
    create: () => 0,
    accumulate: (a, v) => (star || v !== null ? (a as number) + 1 : a),
    retract: (a, v) => (star || v !== null ? (a as number) - 1 : a),
    value: (a) => a as number,
    merge: (a, b) => (a as number) + (b as number),
  };
};

type SumAcc = [sum: number, n: number];

function sumLike(type: LogicalType, empty: (acc: SumAcc) => Value): AggFunction<SumAcc> {
  const conv = toResult(type);
  return {
    create: () => [0, 0],
    accumulate: (a, v) => {
      if (v !== null) {
        a[0] += v as number;
        a[1]++;
      }
      return a;
    },
    retract: (a, v) => {
      if (v !== null) {
        a[0] -= v as number;
        a[1]--;
      }
      return a;
    },
    value: (a) => (a[1] === 0 ? empty(a) : conv(a[0])),
    merge: (a, b) => [a[0] + b[0], a[1] + b[1]],
  };
}

export const sum: AggFactory = ({ call }) => sumLike(call.type, () => null) as AggFunction;
export const sum0: AggFactory = ({ call }) => sumLike(call.type, () => 0) as AggFunction;

export const avg: AggFactory = ({ call }) => {
  const base = sumLike(call.type, () => null);
  const conv = toResult(call.type);
  return { ...base, value: (a: SumAcc) => (a[1] === 0 ? null : conv(a[0] / a[1])) } as AggFunction;
};
