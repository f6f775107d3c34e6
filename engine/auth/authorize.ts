/**
 * Authorization of every engine API method. Each method names the role it needs on the pool
 * it touches; `own` methods (stop/resume/delete a statement) let a developer act on their own
 * statements and need pool-admin for anyone else's. Refusals say which role is missing.
 */
import { hasRole, roleOn, type Principal, type Role } from './roles';

export interface MethodAccess {
  /** undefined: any authenticated principal. */
  readonly role?: Role;
  /** A developer may act on statements they submitted; others' need pool-admin. */
  readonly own?: boolean;
}

export const METHOD_ACCESS: Readonly<Record<string, MethodAccess>> = {
  'engine/ping': {},
  'auth/whoami': {},
  'pools/list': {},
  'pools/get': { role: 'viewer' },
  'pools/create': { role: 'pool-admin' },
  'pools/update': { role: 'pool-admin' },
  'pools/delete': { role: 'pool-admin' },
  'statements/list': { role: 'viewer' },
  'statements/get': { role: 'viewer' },
  'statements/submit': { role: 'developer' },
  'statements/stop': { role: 'developer', own: true },
  'statements/resume': { role: 'developer', own: true },
  'statements/delete': { role: 'developer', own: true },
  'usage/get': { role: 'viewer' },
  'audit/list': { role: 'pool-admin' },
  'statements/explain': {},
  'results/subscribe': { role: 'viewer' },
  'results/unsubscribe': { role: 'viewer' },
  'catalog/tree': {},
  'catalog/describe': {},
  'catalog/drop': { role: 'developer' },
  'connections/list': { role: 'viewer' },
  'connections/test': { role: 'viewer' },
  'connections/set': { role: 'pool-admin' },
  'connections/delete': { role: 'pool-admin' },
};

export class AccessDenied extends Error {}

export interface AccessTarget {
  readonly pool?: string;
  /** The principal that submitted the statement acted on. */
  readonly owner?: string;
  readonly statement?: string;
}

/** Throws AccessDenied naming the missing role; returns when allowed. */
export function authorize(p: Principal, method: string, target: AccessTarget): void {
  const access = METHOD_ACCESS[method];
  if (!access) throw new AccessDenied(`unknown method '${method.slice(0, 80)}'`);
  if (!access.role) return;
  const pool = target.pool ?? '*';
  const held = roleOn(p, pool);
  const holds = held ? `holds ${held}` : 'holds no role there';
  if (!hasRole(p, pool, access.role)) {
    throw new AccessDenied(`principal '${p.name}' may not call ${method} on pool '${pool}': needs role ${access.role} (${holds})`);
  }
  if (access.own && target.owner !== undefined && target.owner !== p.name && !hasRole(p, pool, 'pool-admin')) {
    throw new AccessDenied(
      `principal '${p.name}' may not call ${method} on statement '${target.statement ?? '?'}' of principal '${target.owner}' in pool '${pool}': ` +
        `needs role pool-admin (${holds}; a developer acts only on their own statements)`,
    );
  }
}

/** The pools (among `pools`) on which the principal holds at least `role`. */
export function poolsWith(p: Principal, pools: readonly string[], role: Role): Set<string> {
  return new Set(pools.filter((pool) => hasRole(p, pool, role)));
}
