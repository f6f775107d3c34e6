/** More regular-expression functions: REGEXP_COUNT, REGEXP_EXTRACT_ALL, REGEXP_INSTR, REGEXP_SUBSTR. */
import { literalOf, type ScalarTable } from './scalar';

function compiler(op: unknown): (p: string) => RegExp {
  const build = (p: string) => {
    try {
      return new RegExp(p, 'g');
    } catch {
      throw new Error(`Invalid regular expression '${p}'`);
    }
  };
  if (typeof op === 'string') {
    const fixed = build(op);
    return () => {
      fixed.lastIndex = 0;
      return fixed;
    };
  }
  return build;
}

export const REGEXP_FUNCTIONS: ScalarTable = {
  REGEXP_COUNT: {
    bind: (ops) => {
      const re = compiler(literalOf(ops[1]));
      return (s: string, p: string) => [...s.matchAll(re(p))].length;
    },
  },
  REGEXP_EXTRACT_ALL: {
    bind: (ops) => {
      const re = compiler(literalOf(ops[1]));
      return (s: string, p: string, g?: number) => [...s.matchAll(re(p))].map((m) => m[g ?? 1] ?? null);
    },
  },
  REGEXP_INSTR: {
    bind: (ops) => {
      const re = compiler(literalOf(ops[1]));
      return (s: string, p: string) => {
        const m = re(p).exec(s);
        return m === null ? 0 : m.index + 1;
      };
    },
  },
  REGEXP_SUBSTR: {
    bind: (ops) => {
      const re = compiler(literalOf(ops[1]));
      return (s: string, p: string) => re(p).exec(s)?.[0] ?? null;
    },
  },
};
