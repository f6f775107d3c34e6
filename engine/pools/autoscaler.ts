/**
 * The autoscaler policy, as a pure function: given what a statement's sources offer (split
 * count) and what was measured (input rate, backlog, throughput per slot), pick its
 * parallelism. Grows up to the pool's cap (and never beyond the split count: a source split
 * is read by one subtask), shrinks with hysteresis when load drops, and goes to zero after an
 * idle period.
 */

export interface AutoscalerConfig {
  /** Backlog should be drained within this many seconds on top of the input rate. */
  readonly drainSeconds: number;
  /** Shrink only when the needed parallelism is at most this fraction of the current one. */
  readonly shrinkBelow: number;
  /** No input and no backlog for this long: scale to zero. */
  readonly idleMs: number;
}

export const DEFAULT_AUTOSCALER: AutoscalerConfig = { drainSeconds: 30, shrinkBelow: 0.5, idleMs: 60_000 };

export interface LoadSample {
  /** Current parallelism (0 = scaled to zero). */
  readonly current: number;
  /** Splits of the statement's sources (partitions, files…); at least 1 for any source. */
  readonly splits: number;
  /** Slots the statement may use at most (pool cap minus what others hold, plus its own). */
  readonly cap: number;
  /** Records per second arriving at the sources (measured); undefined before any measurement. */
  readonly inputRate?: number;
  /** Records waiting at the sources (e.g. Kafka lag). */
  readonly backlog?: number;
  /** Records per second one slot processes (measured). */
  readonly throughputPerSlot?: number;
  /** Milliseconds since the last record arrived or was processed (0 = busy now). */
  readonly idleForMs: number;
}

export interface ScaleDecision {
  readonly parallelism: number;
  readonly reason: string;
}

export function decideParallelism(s: LoadSample, config: AutoscalerConfig = DEFAULT_AUTOSCALER): ScaleDecision {
  const ceiling = Math.max(0, Math.min(s.cap, Math.max(1, s.splits)));
  const backlog = s.backlog ?? 0;
  if (s.idleForMs >= config.idleMs && backlog === 0) {
    return { parallelism: 0, reason: `idle for ${Math.round(s.idleForMs / 1000)} s: scale to zero` };
  }
  if (ceiling === 0) return { parallelism: 0, reason: 'no slot available' };
  if (s.inputRate === undefined || s.throughputPerSlot === undefined || s.throughputPerSlot <= 0) {
    // Nothing measured yet: one subtask per split, within the cap (at least one when resuming).
    const p = s.current > 0 ? Math.min(s.current, ceiling) : ceiling;
    return { parallelism: p, reason: s.current > 0 ? 'no measurement yet: keep' : `start at ${p} (${s.splits} split${s.splits === 1 ? '' : 's'}, cap ${s.cap})` };
  }
  const demand = s.inputRate + backlog / config.drainSeconds;
  const needed = Math.max(1, Math.ceil(demand / s.throughputPerSlot));
  const bounded = Math.min(needed, ceiling);
  if (s.current === 0) return { parallelism: bounded, reason: `wake up at ${bounded}` };
  if (bounded > s.current) {
    return { parallelism: bounded, reason: `grow: need ${needed} for ${Math.round(demand)} rec/s at ${Math.round(s.throughputPerSlot)} rec/s per slot${needed > ceiling ? ` (capped at ${ceiling})` : ''}` };
  }
  if (bounded < s.current && needed <= s.current * config.shrinkBelow) {
    return { parallelism: bounded, reason: `shrink: need ${needed} for ${Math.round(demand)} rec/s` };
  }
  if (s.current > ceiling) return { parallelism: ceiling, reason: `shrink to the cap ${ceiling}` };
  return { parallelism: s.current, reason: 'keep' };
}
