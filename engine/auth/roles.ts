/**
 * Principals and their roles per pool, as in a managed Flink service. Roles are ordered:
 * pool-admin includes developer, developer includes viewer. A grant on pool `*` applies to
 * every pool (including pools created later).
 */
import { userInfo } from 'node:os';

export type Role = 'pool-admin' | 'developer' | 'viewer';
export const ROLES: readonly Role[] = ['pool-admin', 'developer', 'viewer'];
export const ALL_POOLS = '*';

export interface Grant {
  readonly pool: string;
  readonly role: Role;
}

export interface Principal {
  readonly name: string;
  readonly grants: readonly Grant[];
}

const RANK: Record<Role, number> = { viewer: 1, developer: 2, 'pool-admin': 3 };

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}

/** The strongest role the principal holds on the pool, if any. */
export function roleOn(p: Principal, pool: string): Role | undefined {
  let best: Role | undefined;
  for (const g of p.grants) {
    if (g.pool !== pool && g.pool !== ALL_POOLS) continue;
    if (!best || RANK[g.role] > RANK[best]) best = g.role;
  }
  return best;
}

export function hasRole(p: Principal, pool: string, needed: Role): boolean {
  const r = roleOn(p, pool);
  return r !== undefined && RANK[r] >= RANK[needed];
}

/** `developer:etl` or `viewer` (every pool) -> a grant; throws with the accepted form. */
export function parseGrant(text: string): Grant {
  const [role, pool = ALL_POOLS, ...rest] = text.split(':');
  if (rest.length > 0 || !role || !isRole(role) || !/^(\*|[A-Za-z][A-Za-z0-9_-]{0,62})$/.test(pool)) {
    throw new Error(`invalid grant '${text}': use ROLE or ROLE:POOL with ROLE one of ${ROLES.join(', ')}`);
  }
  return { role, pool };
}

export function formatGrant(g: Grant): string {
  return g.pool === ALL_POOLS ? g.role : `${g.role}:${g.pool}`;
}

/** The stdio mode (the extension): the local OS user with every role on every pool. */
export function localPrincipal(): Principal {
  let name = 'local';
  try {
    name = userInfo().username || name;
  } catch {
    // no user database entry (containers): keep 'local'
  }
  return { name, grants: [{ pool: ALL_POOLS, role: 'pool-admin' }] };
}
