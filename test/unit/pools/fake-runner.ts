/** A StatementRunner for tests: SQL comments steer it (`splits=N`, `clusters=a,b`, `throw`). */
import type { RunCallbacks, RunHandle, RunLoad, RunSpec, StatementDescription, StatementRunner } from '../../../engine/pools/runner';

export class FakeRunner implements StatementRunner {
  readonly running = new Map<string, RunCallbacks>();
  readonly specs = new Map<string, RunSpec>();
  readonly startOrder: string[] = [];
  stops = 0;
  /** Load each statement reports to the autoscaler (set by tests). */
  readonly loads = new Map<string, RunLoad>();
  /** Parallelism each statement runs at now (after rescales). */
  readonly parallelism = new Map<string, number>();

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
    this.parallelism.set(spec.name, spec.parallelism);
    if (/\binstant\b/.test(spec.sql)) callbacks.completed();
    return {
      load: () => this.loads.get(spec.name),
      rescale: async (n) => {
        this.parallelism.set(spec.name, n);
      },
      stop: async () => {
        this.stops++;
        this.running.delete(spec.name);
      },
    };
  }
}
