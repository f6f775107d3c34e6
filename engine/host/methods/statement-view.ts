/**
 * A statement as the engine API shows it (statements/get|list|submit|stop and the
 * statements/changed notification): the record, its kind and context, the slots it holds,
 * when it started and ended, and while it runs the runner's metrics and hints and the
 * autoscaler's last decision (`scaling`: parallelism, reason, when).
 */
import { isActive } from '../../pools/lifecycle';
import { phaseOf, reasonOf, type StatementRecord } from '../../pools/statement-store';
import type { EngineApi } from '../api';

const ENDED = new Set(['COMPLETED', 'FAILED', 'STOPPED']);

export function statementView(api: EngineApi, s: StatementRecord) {
  const phase = phaseOf(s);
  const started = [...s.history].reverse().find((h) => h.phase === 'RUNNING');
  const last = s.history[s.history.length - 1]!;
  const metrics = isActive(phase) ? api.engine?.runner.metrics(s.name) : undefined;
  const scaling = isActive(phase) ? api.service.scalingOf(s.name) : undefined;
  return {
    name: s.name,
    pool: s.pool,
    principal: s.principal,
    ...(s.submittedBy !== undefined ? { submittedBy: s.submittedBy } : {}),
    sql: s.sql,
    createdAt: s.createdAt,
    phase,
    reason: reasonOf(s),
    history: s.history,
    kind: s.kind ?? 'other',
    context: s.context ?? {},
    cfu: api.service.slotsOf(s.name),
    ...(started ? { startedAt: started.at } : {}),
    ...(ENDED.has(phase) ? { endedAt: last.at } : {}),
    ...(metrics ? { metrics } : {}),
    ...(scaling ? { scaling } : {}),
  };
}
