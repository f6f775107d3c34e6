/** Non-deterministic functions: RAND([seed]), RAND_INTEGER([seed,] bound), UUID(). */
import { randomUUID } from 'node:crypto';
import { literalOf, type ScalarTable } from './scalar';

/** A small seeded generator (mulberry32), so RAND(seed) repeats its sequence per call site. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const RANDOM_FUNCTIONS: ScalarTable = {
  RAND: {
    strict: false,
    bind: (ops) => {
      const seed = literalOf(ops[0]);
      const next = typeof seed === 'number' ? seeded(seed) : Math.random;
      return () => next();
    },
  },
  RAND_INTEGER: {
    bind: (ops) => {
      const seed = ops.length === 2 ? literalOf(ops[0]) : undefined;
      const next = typeof seed === 'number' ? seeded(seed) : Math.random;
      return (...args: number[]) => Math.floor(next() * args[args.length - 1]!);
    },
  },
  UUID: { bind: () => () => randomUUID() },
};
