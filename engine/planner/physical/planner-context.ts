/** What every planning rule sees: the options of the run and a way to plan an input. */
import type { Field, LogicalPlan } from '../logical/plan';
import type { LogicalType } from '../../types/logical-type';
import type { PhysicalPlan } from './plan';

export interface PlannerOptions {
  /** `execution.runtime-mode`: batch plans bounded sorts and empty global aggregates as Flink's batch mode. */
  readonly mode: 'streaming' | 'batch';
  /** `table.exec.state.ttl` in ms (0 or absent: keep state forever). */
  readonly stateTtlMs?: number;
  /** `table.exec.mini-batch.enabled`. */
  readonly miniBatch?: boolean;
  /** `table.exec.source.idle-timeout` in ms. */
  readonly idleTimeoutMs?: number;
}

/** A query the engine cannot run as planned; the message says why in the user's terms. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}

export interface PlanContext {
  readonly options: PlannerOptions;
  plan(node: LogicalPlan): PhysicalPlan;
}

/** How column `index` of a planned node keeps time: rowtime (with watermarks), proctime, or not at all. */
export function timeKindOf(p: PhysicalPlan, index: number, options: PlannerOptions): 'rowtime' | 'proctime' | undefined {
  if (p.rowtime.includes(index)) return 'rowtime';
  const t: LogicalType | undefined = p.fields[index]?.type;
  if (t && (t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ')) {
    if (t.timeAttribute === 'proctime') return 'proctime';
    // Bounded input: the final watermark closes everything, any timestamp orders time.
    if (options.mode === 'batch' || t.timeAttribute === 'rowtime') return 'rowtime';
  }
  return undefined;
}

export function fieldName(fields: readonly Field[], i: number): string {
  return fields[i]?.name ?? `$${i}`;
}

/** Requires a time attribute at `index`, or fails naming what the operator needed it for. */
export function requireTime(p: PhysicalPlan, index: number, what: string, options: PlannerOptions): 'rowtime' | 'proctime' {
  const k = timeKindOf(p, index, options);
  if (k === undefined) {
    throw new PlanError(
      `${what} needs a time attribute, but column '${fieldName(p.fields, index)}' is not one: declare a WATERMARK for it in the table, or use PROCTIME()`,
    );
  }
  return k;
}
