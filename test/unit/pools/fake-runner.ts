/** A StatementRunner for tests: SQL comments steer it (`splits=N`, `clusters=a,b`, `throw`). */
import type { RunCallbacks, RunHandle, RunSpec, StatementDescription, StatementRunner } from '../../../engine/pools/runner';

export class FakeRunner implements StatementRunner {
  readonly running = new Map<string, RunCallbacks>();
  readonly specs = new Map<string, RunSpec>();
  readonly startOrder: string[] = [];
  stops = 0;

  async describe(sql: string): Promise<StatementDescription> {
    if (/\bunparsable\b/.test(sql)) throw new Error('syntax error at line 1');
    const splits = Number(/splits=(\d+)/.exec(sql)?.[1] ?? 1);
    const clusters = /clusters=([\w,-]+)/.exec(sql)?.[1]?.split(',') ?? ['local'];
    return { splits, clusters };
  }

  start(spec: RunSpec, callbacks: RunCallbacks): RunHandle {
    if (/\bthrow\b/.test(spec.sql)) throw new Error('planner exploded');
    this.running.set(spec.name, callbacks);
    this.specs.set(spec.name, spec);
    this.startOrder.push(spec.name);
    return {
      stop: async () => {
        this.stops++;
        this.running.delete(spec.name);
      },
    };
  }
}
