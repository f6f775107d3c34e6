/**
 * The options a script SETs (Flink's configuration keys), and what they mean to the planner:
 * `execution.runtime-mode` (streaming | batch), `table.exec.state.ttl`,
 * `table.exec.mini-batch.enabled`, `table.exec.source.idle-timeout`, and to the run loop:
 * `execution.checkpointing.interval` (0 turns checkpoints off), `parallelism.default` (the
 * subtasks of each keyed stage, runtime/operators/keyed-parallel.ts). Unknown keys are kept
 * (SET lists them) but change nothing.
 */
import { parseDuration } from '../connectors/options';
import type { PlannerOptions } from '../planner/physical/planner-context';
import { DEFAULT_MAX_PARALLELISM } from '../runtime/row/key';

const CHECKPOINT_INTERVAL = 'execution.checkpointing.interval';
const PARALLELISM = 'parallelism.default';

function parseParallelism(v: string): number | undefined {
  const n = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return n >= 1 && n <= DEFAULT_MAX_PARALLELISM ? n : undefined;
}

export type RuntimeMode = 'streaming' | 'batch';

export class JobSettings {
  readonly values = new Map<string, string>();

  constructor(private readonly defaultMode: RuntimeMode = 'streaming') {}

  set(key: string, value: string): void {
    const k = key.trim();
    if (k === 'execution.runtime-mode' && !['streaming', 'batch'].includes(value.trim().toLowerCase())) {
      throw new Error(`'execution.runtime-mode' is 'streaming' or 'batch', not '${value}'`);
    }
    if ((k === 'table.exec.state.ttl' || k === 'table.exec.source.idle-timeout' || k === CHECKPOINT_INTERVAL) && parseDuration(value) === undefined) {
      throw new Error(`'${k}' needs a duration such as '1 h' or '30 s', not '${value}'`);
    }
    if (k === PARALLELISM && parseParallelism(value) === undefined) {
      throw new Error(`'${k}' is a whole number from 1 to ${DEFAULT_MAX_PARALLELISM}, not '${value}'`);
    }
    this.values.set(k, value);
  }

  /** `parallelism.default`: subtasks per keyed stage (1 when not SET). */
  get parallelism(): number {
    return parseParallelism(this.values.get(PARALLELISM) ?? '1') ?? 1;
  }

  reset(key?: string): void {
    if (key === undefined) this.values.clear();
    else this.values.delete(key.trim());
  }

  get runtimeMode(): RuntimeMode {
    const v = this.values.get('execution.runtime-mode')?.trim().toLowerCase();
    return v === 'batch' || v === 'streaming' ? v : this.defaultMode;
  }

  /** `execution.checkpointing.interval` in ms: `fallback` when not SET, undefined when SET to 0 (off). */
  checkpointIntervalMs(fallback: number): number | undefined {
    const v = this.values.get(CHECKPOINT_INTERVAL);
    const ms = v === undefined ? fallback : (parseDuration(v) ?? fallback);
    return ms > 0 ? ms : undefined;
  }

  plannerOptions(): PlannerOptions {
    const ttl = parseDuration(this.values.get('table.exec.state.ttl') ?? '0') ?? 0;
    const idle = parseDuration(this.values.get('table.exec.source.idle-timeout') ?? '0') ?? 0;
    const miniBatch = this.values.get('table.exec.mini-batch.enabled')?.trim().toLowerCase() === 'true';
    return {
      mode: this.runtimeMode,
      ...(ttl > 0 ? { stateTtlMs: ttl } : {}),
      ...(miniBatch ? { miniBatch } : {}),
      ...(idle > 0 ? { idleTimeoutMs: idle } : {}),
    };
  }
}
