/**
 * The compute pool model: a named budget of CFUs (1 CFU = one worker slot), the clusters its
 * statements may read and write (its region), and a kind. Only `embedded` pools (worker
 * threads of the engine host) exist today.
 */

export type PoolKind = 'embedded';
export const POOL_KINDS: readonly PoolKind[] = ['embedded'];

export interface Pool {
  readonly name: string;
  readonly maxCfu: number;
  /** Cluster names statements of this pool may read and write. */
  readonly region: readonly string[];
  readonly kind: PoolKind;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const DEFAULT_POOL_NAME = 'default';
/** The cluster of the embedded engine (local topics, files, generators). */
export const LOCAL_CLUSTER = 'local';
export const MAX_POOL_CFU = 1024;

export function defaultPool(now: number): Pool {
  return { name: DEFAULT_POOL_NAME, maxCfu: 4, region: [LOCAL_CLUSTER], kind: 'embedded', createdAt: now, updatedAt: now };
}

const NAME_RE = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

/** A refusal with a message meant for the user. */
export class PoolError extends Error {}

export function validatePoolName(name: string): void {
  if (!NAME_RE.test(name)) {
    throw new PoolError(`invalid pool name '${name.slice(0, 80)}': use a letter then letters, digits, '_' or '-' (at most 63)`);
  }
}

export function validateMaxCfu(maxCfu: number): void {
  if (!Number.isInteger(maxCfu) || maxCfu < 1 || maxCfu > MAX_POOL_CFU) {
    throw new PoolError(`maxCfu must be an integer from 1 to ${MAX_POOL_CFU} (got ${maxCfu})`);
  }
}

export function validateRegion(region: readonly string[]): string[] {
  if (region.length === 0) throw new PoolError('a pool region names at least one cluster');
  for (const c of region) {
    if (!NAME_RE.test(c)) throw new PoolError(`invalid cluster name '${c.slice(0, 80)}' in region`);
  }
  return [...new Set(region)].sort();
}

export function validateKind(kind: string): PoolKind {
  if (!(POOL_KINDS as readonly string[]).includes(kind)) {
    throw new PoolError(`unknown pool kind '${kind.slice(0, 40)}' (known: ${POOL_KINDS.join(', ')})`);
  }
  return kind as PoolKind;
}
