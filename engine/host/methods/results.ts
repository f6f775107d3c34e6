/**
 * results/subscribe and results/unsubscribe (docs/engine-api.md): the retained result of a
 * query statement (its materialized table, changelog tail, counters and phase), then
 * `results/batch` and `results/status` notifications on the subscribing connection until it
 * unsubscribes or closes. Needs viewer on the statement's pool.
 */
import { prepareStatement } from '../../job/prepare-statement';
import { PoolError } from '../../pools/pool';
import { phaseOf } from '../../pools/statement-store';
import type { ResultSnapshot } from '../../results/retained-results';
import { printType } from '../../types/print';
import type { EngineApi, Method, Session } from '../api';
import { engineOf } from './statements-run';

const NAME = { type: 'string', required: true, max: 100 } as const;

function target(p: Record<string, unknown>, api: EngineApi) {
  const s = api.service.statements.require(p['name'] as string);
  return { pool: s.pool, statement: s.name };
}

/** The answer for a statement that has not produced a result yet: its schema, nothing else. */
function pendingSnapshot(api: EngineApi, name: string): ResultSnapshot {
  const s = api.service.statements.require(name);
  if (s.kind === 'insert' || s.kind === 'ddl') throw new PoolError(`statement '${name}' is ${s.kind === 'insert' ? 'an INSERT' : 'a DDL statement'}; only queries (and SHOW / DESCRIBE) have results to subscribe to`);
  const plan = prepareStatement(s.sql, s.context, engineOf(api).catalogs.manager).plans[0];
  const phase = phaseOf(s);
  return {
    name,
    schema: plan?.fields.map((f) => ({ name: f.name, type: printType(f.type) })) ?? [],
    upsertKey: plan?.mode.upsertKey && plan.mode.upsertKey.length > 0 ? plan.mode.upsertKey : null,
    startedAt: s.createdAt,
    phase: phase === 'PENDING' || phase === 'FAILED' || phase === 'STOPPED' || phase === 'COMPLETED' ? phase : 'RUNNING',
    counts: { inserts: 0, updatesBefore: 0, updatesAfter: 0, deletes: 0 },
    lateRows: 0,
    tableRows: [],
    history: { kinds: [], rows: [] },
  };
}

export const RESULT_METHODS: Readonly<Record<string, Method>> = {
  'results/subscribe': {
    params: { name: NAME },
    target,
    run: (p, _who, api, session: Session) => {
      const engine = engineOf(api);
      const name = p['name'] as string;
      const existing = engine.results.get(name);
      const snapshot = existing ? existing.snapshot() : pendingSnapshot(api, name);
      const subs = (session.subscriptions ??= new Map());
      const notifier = api.notifier;
      if (!subs.has(name) && notifier) {
        const pool = api.service.statements.require(name).pool;
        subs.set(
          name,
          engine.results.subscribe(name, {
            batch: (e) => notifier.send(session, pool, 'results/batch', e),
            status: (e) => notifier.send(session, pool, 'results/status', e),
          }),
        );
      }
      return snapshot;
    },
  },
  'results/unsubscribe': {
    params: { name: NAME },
    target,
    run: (p, _who, _api, session: Session) => {
      const name = p['name'] as string;
      const off = session.subscriptions?.get(name);
      off?.();
      session.subscriptions?.delete(name);
      return { unsubscribed: off !== undefined };
    },
  },
};
