/**
 * The statement lifecycle: PENDING -> RUNNING -> COMPLETED | STOPPING -> STOPPED | FAILED,
 * plus DEGRADED (running, with a reason: skipping bad records, stalled watermark). Every
 * transition is recorded with its time and reason; invalid ones are refused.
 */

export type Phase = 'PENDING' | 'RUNNING' | 'DEGRADED' | 'COMPLETED' | 'STOPPING' | 'STOPPED' | 'FAILED';

export const PHASES: readonly Phase[] = ['PENDING', 'RUNNING', 'DEGRADED', 'COMPLETED', 'STOPPING', 'STOPPED', 'FAILED'];

const NEXT: Readonly<Record<Phase, readonly Phase[]>> = {
  PENDING: ['RUNNING', 'STOPPING', 'FAILED'],
  RUNNING: ['DEGRADED', 'COMPLETED', 'STOPPING', 'FAILED'],
  DEGRADED: ['RUNNING', 'COMPLETED', 'STOPPING', 'FAILED'],
  STOPPING: ['STOPPED', 'FAILED'],
  // A stopped statement can be resumed: it waits for slots again.
  STOPPED: ['PENDING'],
  COMPLETED: [],
  FAILED: [],
};

export interface PhaseChange {
  readonly phase: Phase;
  readonly at: number;
  readonly reason?: string;
}

export class TransitionError extends Error {}

export function canTransition(from: Phase, to: Phase): boolean {
  return NEXT[from].includes(to);
}

export function isTerminal(phase: Phase): boolean {
  return NEXT[phase].length === 0 || phase === 'STOPPED';
}

/** Phases in which a statement holds (or waits for) pool slots. */
export function isActive(phase: Phase): boolean {
  return phase === 'PENDING' || phase === 'RUNNING' || phase === 'DEGRADED' || phase === 'STOPPING';
}

/** The history with one more change, or a TransitionError naming both phases and the allowed ones. */
export function transition(history: readonly PhaseChange[], to: Phase, at: number, reason?: string): PhaseChange[] {
  const from = history[history.length - 1]?.phase;
  if (from === undefined) {
    if (to !== 'PENDING') throw new TransitionError(`a statement starts PENDING, not ${to}`);
  } else if (!canTransition(from, to)) {
    const allowed = NEXT[from];
    throw new TransitionError(`cannot go from ${from} to ${to} (from ${from}: ${allowed.length ? allowed.join(', ') : 'no further phase'})`);
  }
  if (to === 'DEGRADED' && !reason) throw new TransitionError('DEGRADED needs a reason');
  const change: PhaseChange = reason === undefined ? { phase: to, at } : { phase: to, at, reason };
  return [...history, change];
}
