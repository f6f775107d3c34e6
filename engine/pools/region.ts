/** The in-region rule: a statement may only read and write clusters of its pool's region. */
import type { Pool } from './pool';
import { PoolError } from './pool';

/** Throws a PoolError naming the statement's clusters outside the region and the pool. */
export function checkInRegion(statementClusters: readonly string[], pool: Pool): void {
  const region = new Set(pool.region);
  const outside = [...new Set(statementClusters)].filter((c) => !region.has(c)).sort();
  if (outside.length === 0) return;
  const list = outside.map((c) => `'${c}'`).join(', ');
  throw new PoolError(
    `statement uses cluster${outside.length === 1 ? '' : 's'} ${list} outside the region of pool '${pool.name}' ` +
      `(region: ${pool.region.map((c) => `'${c}'`).join(', ')}); ` +
      `submit it to a pool whose region includes ${list}, or add ${outside.length === 1 ? 'it' : 'them'} to the region`,
  );
}
