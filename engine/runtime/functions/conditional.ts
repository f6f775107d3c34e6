/**
 * Conditional helpers that are ordinary functions (CASE, COALESCE, IF and NULLIF are inlined
 * by the compiler): IFNULL, GREATEST, LEAST, IS_ALPHA, IS_DECIMAL, IS_DIGIT, TYPEOF.
 */
import { printType } from '../../types/print';
import type { Value } from '../../types/values';
import { compareValues } from '../row/compare';
import type { ScalarTable } from './scalar';

export const CONDITIONAL_FUNCTIONS: ScalarTable = {
  IFNULL: { strict: false, bind: () => (a: Value, b: Value) => (a === null ? b : a) },
  /** NULL if any argument is NULL (Flink's behaviour). */
  GREATEST: { bind: () => (...vs: Value[]) => vs.reduce((m, v) => (compareValues(v, m) > 0 ? v : m)) },
  LEAST: { bind: () => (...vs: Value[]) => vs.reduce((m, v) => (compareValues(v, m) < 0 ? v : m)) },
  IS_ALPHA: { strict: false, bind: () => (s: string | null) => s !== null && /^[A-Za-z]+$/.test(s) },
  IS_DIGIT: { strict: false, bind: () => (s: string | null) => s !== null && /^[0-9]+$/.test(s) },
  IS_DECIMAL: { strict: false, bind: () => (s: string | null) => s !== null && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim()) },
  TYPEOF: {
    strict: false,
    bind: (ops) => {
      const text = printType(ops[0]!.type);
      return () => text;
    },
  },
};
