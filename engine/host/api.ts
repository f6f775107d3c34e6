/**
 * The engine API behind JSON-RPC: one table of methods, each with its parameter fields, the
 * pool it touches (for authorization) and its implementation. Every request is validated,
 * authorized and, when it changes something, written to the audit log before it is answered.
 * Documented in docs/engine-api.md.
 */
import { AuditLog, type AuditOutcome } from '../audit/audit-log';
import { AccessDenied, authorize, poolsWith, type AccessTarget } from '../auth/authorize';
import { formatGrant, hasRole, type Principal } from '../auth/roles';
import { AuthError, type TokenStore } from '../auth/token-store';
import { TransitionError } from '../pools/lifecycle';
import { PoolError, type Pool } from '../pools/pool';
import type { PoolService } from '../pools/pool-service';
import { StatementRefused } from '../job/prepare-statement';
import { TIDELINE_VERSION } from '../version';
import { checkParams, InvalidParams, MAX_SQL_CHARS, type ParamSpec } from './validate';
import { CATALOG_METHODS } from './methods/catalog';
import { RESULT_METHODS } from './methods/results';
import { statementView } from './methods/statement-view';
import { checkRunAs, parseContext, STATEMENT_RUN_METHODS } from './methods/statements-run';
import type { Notifier } from './notifications';
import type { HostEngine } from './runner-binding';
import type { HostConnections } from './host-connections';
import { CONNECTION_METHODS } from './methods/connections';

/** JSON-RPC error codes used by the engine API (see docs/engine-api.md). */
export const ErrorCodes = {
  MethodNotFound: -32601,
  InvalidParams: -32602,
  Internal: -32603,
  Unauthenticated: -32001,
  Forbidden: -32003,
  Refused: -32010,
} as const;

export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    /** JSON-RPC error data (e.g. `{ diagnostics }` of a refused statement). */
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** Who is calling, per connection. */
export interface Session {
  principal: Principal | undefined;
  /** Sends a notification on this session's connection (set by bindConnection). */
  notify?: (method: string, params: unknown) => void;
  /** results/subscribe: statement name -> unsubscribe. */
  subscriptions?: Map<string, () => void>;
}

type Params = Record<string, unknown>;

export interface Method {
  readonly params: ParamSpec;
  /** The pool (and statement owner) a call touches, for authorization; may throw PoolError for unknown names. */
  readonly target?: (p: Params, api: EngineApi) => AccessTarget;
  /** Changes something: recorded in the audit log. */
  readonly audited?: boolean;
  /** The audit entry's detail on success (what changed, never a secret). */
  readonly auditDetail?: (p: Params) => string;
  /** Without a pool the call needs no role: its answer is filtered to what the caller may see. */
  readonly filtered?: boolean;
  run(p: Params, principal: Principal, api: EngineApi, session: Session): Promise<unknown> | unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const NAME = { type: 'string', required: true, max: 100 } as const;

/**
 * Worker threads the pool's running statements hold now: a statement's keyed stages share its
 * lease (subtask i of every stage on worker i), so it holds as many as its widest stage uses.
 */
function workerThreadsOf(api: EngineApi, pool: string): number {
  let n = 0;
  for (const s of api.service.statements.list()) {
    if (s.pool !== pool) continue;
    let held = 0;
    for (const o of api.engine?.runner.metrics(s.name)?.operators ?? []) held = Math.max(held, o.workerThreads ?? 0);
    n += held;
  }
  return n;
}

function poolView(api: EngineApi, pool: Pool) {
  return { ...pool, ...api.service.poolStatus(pool), workerThreads: workerThreadsOf(api, pool.name), workerThreadsAlive: api.engine?.workers?.alive ?? 0 };
}

function statementTarget(p: Params, api: EngineApi): AccessTarget {
  const s = api.service.statements.require(str(p['name'])!);
  return { pool: s.pool, owner: s.principal, statement: s.name };
}

const METHODS: Readonly<Record<string, Method>> = {
  ...CONNECTION_METHODS,
  'engine/ping': {
    params: {},
    run: (_p, _who, api) => ({ pong: true, version: TIDELINE_VERSION, pid: process.pid, uptimeMs: Date.now() - api.startedAt }),
  },
  'auth/whoami': {
    params: {},
    run: (_p, who) => ({ principal: who.name, grants: who.grants.map(formatGrant) }),
  },
  'pools/list': {
    params: {},
    run: (_p, _who, api) => ({ pools: api.service.pools.list().map((pool) => poolView(api, pool)) }),
  },
  'pools/get': {
    params: { name: NAME },
    target: (p) => ({ pool: str(p['name']) }),
    run: (p, _who, api) => poolView(api, api.service.pools.require(str(p['name'])!)),
  },
  'pools/create': {
    params: { name: NAME, maxCfu: { type: 'int' }, region: { type: 'string[]' }, kind: { type: 'string', max: 40 } },
    target: (p) => ({ pool: str(p['name']) }),
    audited: true,
    run: async (p, _who, api) =>
      poolView(api, await api.service.createPool({ name: str(p['name'])!, maxCfu: p['maxCfu'] as number | undefined, region: p['region'] as string[] | undefined, kind: str(p['kind']) })),
  },
  'pools/update': {
    params: { name: NAME, maxCfu: { type: 'int' }, region: { type: 'string[]' } },
    target: (p) => ({ pool: str(p['name']) }),
    audited: true,
    run: async (p, _who, api) => poolView(api, await api.service.updatePool(str(p['name'])!, { maxCfu: p['maxCfu'] as number | undefined, region: p['region'] as string[] | undefined })),
  },
  'pools/delete': {
    params: { name: NAME },
    target: (p) => ({ pool: str(p['name']) }),
    audited: true,
    run: async (p, _who, api) => {
      await api.service.deletePool(str(p['name'])!);
      return { deleted: str(p['name']) };
    },
  },
  'statements/list': {
    filtered: true,
    params: { pool: { type: 'string', max: 100 } },
    // Without a pool: every statement of the pools the caller may view.
    target: (p) => (p['pool'] === undefined ? {} : { pool: str(p['pool']) }),
    run: (p, who, api) => {
      const pool = str(p['pool']);
      if (pool !== undefined) api.service.pools.require(pool);
      const visible = poolsWith(who, [...new Set(api.service.statements.list().map((s) => s.pool))], 'viewer');
      return { statements: api.service.statements.list().filter((s) => (pool === undefined || s.pool === pool) && visible.has(s.pool)).map((s) => statementView(api, s)) };
    },
  },
  'statements/get': {
    params: { name: NAME },
    target: statementTarget,
    run: (p, _who, api) => statementView(api, api.service.statements.require(str(p['name'])!)),
  },
  'statements/submit': {
    params: {
      sql: { type: 'string', required: true, max: MAX_SQL_CHARS },
      pool: { type: 'string', max: 100 },
      name: { type: 'string', max: 100 },
      context: { type: 'object' },
      runAs: { type: 'string', max: 100 },
    },
    target: (p) => ({ pool: str(p['pool']) ?? 'default' }),
    audited: true,
    auditDetail: (p) => (p['runAs'] !== undefined ? `runAs ${str(p['runAs'])}` : ''),
    run: async (p, who, api) => {
      const context = parseContext('statements/submit', p['context']);
      const pool = str(p['pool']) ?? 'default';
      const runAs = str(p['runAs']);
      if (runAs !== undefined) checkRunAs(api, who, pool, runAs);
      const rec = await api.service.submit({
        sql: str(p['sql'])!,
        pool,
        principal: runAs ?? who.name,
        ...(runAs !== undefined ? { submittedBy: who.name } : {}),
        ...(p['name'] !== undefined ? { name: str(p['name'])! } : {}),
        ...(context ? { context } : {}),
      });
      return statementView(api, rec);
    },
  },
  'statements/stop': {
    params: { name: NAME },
    target: statementTarget,
    audited: true,
    run: async (p, _who, api) => statementView(api, await api.service.stop(str(p['name'])!)),
  },
  'statements/resume': {
    params: { name: NAME },
    target: statementTarget,
    audited: true,
    run: async (p, _who, api) => statementView(api, await api.service.resume(str(p['name'])!)),
  },
  'statements/delete': {
    params: { name: NAME },
    target: statementTarget,
    audited: true,
    run: async (p, _who, api) => {
      await api.service.delete(str(p['name'])!);
      await api.engine?.results.delete(str(p['name'])!);
      return { deleted: str(p['name']) };
    },
  },
  'usage/get': {
    filtered: true,
    params: { pool: { type: 'string', max: 100 }, statement: { type: 'string', max: 100 } },
    target: (p, api) => {
      const st = str(p['statement']);
      if (st !== undefined) return { pool: api.service.statements.get(st)?.pool ?? str(p['pool']) };
      return p['pool'] === undefined ? {} : { pool: str(p['pool']) };
    },
    run: (p, who, api) => {
      const all = api.service.pools.list().map((x) => x.name);
      return api.service.meter.report({ pool: str(p['pool']), statement: str(p['statement']), pools: poolsWith(who, all, 'viewer') });
    },
  },
  ...STATEMENT_RUN_METHODS,
  ...RESULT_METHODS,
  ...CATALOG_METHODS,
  'audit/list': {
    filtered: true,
    params: { pool: { type: 'string', max: 100 }, principal: { type: 'string', max: 100 }, limit: { type: 'int' } },
    target: (p) => (p['pool'] === undefined ? {} : { pool: str(p['pool']) }),
    run: (p, who, api) => {
      const limit = p['limit'] as number | undefined;
      if (limit !== undefined && (limit < 1 || limit > 10_000)) throw new InvalidParams('audit/list: field \'limit\' must be from 1 to 10000');
      const all = api.service.pools.list().map((x) => x.name);
      const entries = api.audit.read({
        pool: str(p['pool']),
        principal: str(p['principal']),
        limit,
        pools: poolsWith(who, [...all, ...(str(p['pool']) ? [str(p['pool'])!] : [])], 'pool-admin'),
        includeUnpooled: hasRole(who, '*', 'pool-admin'),
      });
      return { entries };
    },
  },
};

/** Methods that work without a principal (socket mode, before auth/login). */
const ANONYMOUS = new Set(['engine/ping', 'auth/login']);

export class EngineApi {
  readonly startedAt = Date.now();
  /** What statements run with (catalogs, results, runner); set by openEngineApi. */
  engine: HostEngine | undefined;
  /** Pushes statements/changed and results/* to connections; set by openEngineApi. */
  notifier: Notifier | undefined;
  /** The Kafka connections of the host's catalog (connections/*); set by openEngineApi. */
  connections: HostConnections | undefined;

  constructor(
    readonly service: PoolService,
    readonly audit: AuditLog,
    /** Present in shared mode: sessions start anonymous and log in with a token. */
    readonly tokens?: TokenStore,
  ) {}

  static methods(): string[] {
    return [...Object.keys(METHODS), 'auth/login'].sort();
  }

  async handle(method: string, params: unknown, session: Session): Promise<unknown> {
    if (method === 'auth/login') return this.login(params, session);
    const m = Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
    if (!m) throw new ApiError(ErrorCodes.MethodNotFound, `unknown method '${method.slice(0, 80)}' (methods: ${EngineApi.methods().join(', ')})`);
    let p: Params;
    try {
      p = checkParams(method, params, m.params);
    } catch (e) {
      throw toApiError(e);
    }
    const who = this.principalOf(session, method);
    let target: AccessTarget = {};
    try {
      target = m.target?.(p, this) ?? {};
      if (!(m.filtered && target.pool === undefined)) authorize(who, method, target);
    } catch (e) {
      if (m.audited) this.record(method, who, p, target, e instanceof AccessDenied ? 'refused' : 'error', e);
      throw toApiError(e);
    }
    try {
      const result = await m.run(p, who, this, session);
      if (m.audited) this.record(method, who, p, target, 'ok');
      return result;
    } catch (e) {
      if (m.audited) this.record(method, who, p, target, 'error', e);
      throw toApiError(e);
    }
  }

  private principalOf(session: Session, method: string): Principal {
    if (!this.tokens) {
      if (!session.principal) throw new ApiError(ErrorCodes.Unauthenticated, 'no principal for this connection');
      return session.principal;
    }
    if (!session.principal) {
      if (ANONYMOUS.has(method)) return { name: 'anonymous', grants: [] };
      throw new ApiError(ErrorCodes.Unauthenticated, 'missing API token: call auth/login { token } first');
    }
    // Re-checked on every request: a revoked token stops working at once.
    try {
      return this.tokens.verify((session as SharedSession).token);
    } catch (e) {
      session.principal = undefined;
      throw toApiError(e);
    }
  }

  /** The session's principal now (its token re-verified in shared mode), or undefined. */
  currentPrincipal(session: Session): Principal | undefined {
    if (!session.principal) return undefined;
    if (!this.tokens) return session.principal;
    try {
      return this.tokens.verify((session as SharedSession).token);
    } catch {
      return undefined;
    }
  }

  private login(params: unknown, session: Session): unknown {
    let p: Params;
    try {
      p = checkParams('auth/login', params, { token: { type: 'string', required: true, max: 200 } });
    } catch (e) {
      throw toApiError(e);
    }
    if (!this.tokens) {
      // stdio mode: the local OS user already; a token is not needed.
      return { principal: session.principal?.name, grants: session.principal?.grants.map(formatGrant) ?? [] };
    }
    try {
      const who = this.tokens.verify(p['token']);
      session.principal = who;
      (session as SharedSession).token = p['token'] as string;
      return { principal: who.name, grants: who.grants.map(formatGrant) };
    } catch (e) {
      session.principal = undefined;
      throw toApiError(e);
    }
  }

  private record(method: string, who: Principal, p: Params, target: AccessTarget, outcome: AuditOutcome, err?: unknown): void {
    const statement = str(p['name']) !== undefined && method.startsWith('statements/') ? str(p['name']) : target.statement;
    this.audit.record({
      principal: who.name,
      action: method,
      outcome,
      ...(target.pool !== undefined ? { pool: target.pool } : {}),
      ...(statement !== undefined ? { statement } : {}),
      ...(typeof p['sql'] === 'string' ? { sql: p['sql'] } : {}),
      ...(method.startsWith('pools/') && outcome === 'ok' ? { detail: JSON.stringify({ maxCfu: p['maxCfu'], region: p['region'] }) } : {}),
      ...(outcome === 'ok' && METHODS[method]?.auditDetail?.(p) ? { detail: METHODS[method].auditDetail(p) } : {}),
      ...(err !== undefined ? { detail: err instanceof Error ? err.message : String(err) } : {}),
    });
  }
}

interface SharedSession extends Session {
  token?: string;
}

function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof InvalidParams) return new ApiError(ErrorCodes.InvalidParams, e.message);
  if (e instanceof AuthError) return new ApiError(ErrorCodes.Unauthenticated, e.message);
  if (e instanceof AccessDenied) return new ApiError(ErrorCodes.Forbidden, e.message);
  if (e instanceof PoolError || e instanceof TransitionError) return new ApiError(ErrorCodes.Refused, e.message);
  if (e instanceof StatementRefused) return new ApiError(ErrorCodes.Refused, e.message, { diagnostics: e.diagnostics });
  // Errors from the runner's describe (syntax, unknown table…) are the user's to read.
  return new ApiError(ErrorCodes.Refused, e instanceof Error ? e.message : String(e));
}
