/**
 * Changelog modes of physical nodes, as Flink's planner infers them: which change kinds a
 * node emits, and the upsert key its updates are addressed by (when there is one).
 *
 * - `append`:  [I]            inserts only (scans of append tables, calc over them, window
 *                              aggregates, interval/temporal joins, OVER, window Top-N).
 * - `retract`: [I,UB,UA(,D)]  updates come as -U/+U pairs (GROUP BY, Top-N, outer joins,
 *                              ChangelogNormalize); `deletes` says whether -D appears.
 * - `upsert`:  [I,UA,D]       updates without -U, by key: what an upsert source reads; a
 *                              ChangelogNormalize turns it into `retract` for consumers.
 */
export type ModeKind = 'append' | 'retract' | 'upsert';

export interface ChangelogMode {
  readonly kind: ModeKind;
  /** Whether -D appears (retract mode; upsert always has deletes). */
  readonly deletes: boolean;
  /** Output columns that identify a row across its updates. */
  readonly upsertKey?: readonly number[];
}

export const APPEND: ChangelogMode = { kind: 'append', deletes: false };

export function retract(deletes: boolean, upsertKey?: readonly number[]): ChangelogMode {
  return upsertKey ? { kind: 'retract', deletes, upsertKey } : { kind: 'retract', deletes };
}

export function upsert(upsertKey: readonly number[]): ChangelogMode {
  return { kind: 'upsert', deletes: true, upsertKey };
}

export function isAppend(m: ChangelogMode): boolean {
  return m.kind === 'append';
}

/** Several inputs merged (UNION ALL): the weakest mode wins, keys are lost. */
export function mergeModes(modes: readonly ChangelogMode[]): ChangelogMode {
  if (modes.every(isAppend)) return APPEND;
  return retract(modes.some((m) => m.deletes || m.kind === 'upsert'));
}

/** The mode after a projection: the upsert key survives when every key column is projected as is. */
export function projectMode(m: ChangelogMode, mapping: readonly (number | undefined)[], filtered: boolean): ChangelogMode {
  // A filter over updates can turn an update into a delete (the new row no longer passes).
  const deletes = m.deletes || (filtered && m.kind !== 'append');
  if (!m.upsertKey) return m.kind === 'append' ? m : { kind: m.kind, deletes };
  const key: number[] = [];
  for (const k of m.upsertKey) {
    const at = mapping.indexOf(k);
    if (at < 0) return { kind: m.kind, deletes };
    key.push(at);
  }
  return { kind: m.kind, deletes, upsertKey: key };
}

/** `[I,UB,UA,D]`, as Flink's EXPLAIN prints changelogMode. */
export function printMode(m: ChangelogMode): string {
  switch (m.kind) {
    case 'append':
      return '[I]';
    case 'upsert':
      return '[I,UA,D]';
    case 'retract':
      return m.deletes ? '[I,UB,UA,D]' : '[I,UB,UA]';
  }
}
