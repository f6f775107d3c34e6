/**
 * The StatementRunner the host runs statements with. engine/job implements the interface
 * (engine/pools/runner.ts); until it is bound here, submissions are refused with a message
 * saying so, and every other method (pools, usage, audit, tokens) works.
 */
import type { StatementRunner } from '../pools/runner';

export function hostRunner(): StatementRunner {
  return {
    describe: () => Promise.reject(new Error('this engine host cannot run statements yet: no StatementRunner is bound (engine/job)')),
    start: () => {
      throw new Error('no StatementRunner is bound');
    },
  };
}
