/**
 * Notifications from the engine host to its connections: `statements/changed` on every phase
 * change of a statement (and at most once a second with fresh metrics while it runs), to each
 * connection whose principal may view the statement's pool; results/batch and results/status
 * go only to the connections that subscribed (methods/results.ts), checked the same way.
 */
import { hasRole } from '../auth/roles';
import { isActive } from '../pools/lifecycle';
import { phaseOf, type StatementRecord } from '../pools/statement-store';
import type { EngineApi, Session } from './api';
import { statementView } from './methods/statement-view';

export class Notifier {
  private readonly sessions = new Set<Session>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly api: EngineApi) {
    api.service.statements.onChange = (rec) => this.changed(rec);
  }

  /** A connection that can receive notifications; returns what to call when it closes. */
  attach(session: Session): () => void {
    this.sessions.add(session);
    this.tick();
    return () => {
      this.sessions.delete(session);
      for (const off of session.subscriptions?.values() ?? []) off();
      session.subscriptions?.clear();
      if (this.sessions.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** Sends to one session if its principal (re-verified in shared mode) may view the pool. */
  send(session: Session, pool: string, method: string, params: unknown): void {
    if (!session.notify) return;
    const who = this.api.currentPrincipal(session);
    if (!who || !hasRole(who, pool, 'viewer')) return;
    try {
      session.notify(method, params);
    } catch {
      // a closing connection: it detaches itself
    }
  }

  private changed(rec: StatementRecord): void {
    if (this.sessions.size === 0) return;
    const statement = statementView(this.api, rec);
    for (const s of this.sessions) this.send(s, rec.pool, 'statements/changed', { statement });
  }

  /** While connections listen, running statements report their metrics once a second. */
  private tick(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const rec of this.api.service.statements.list()) {
        const phase = phaseOf(rec);
        if (isActive(phase) && phase !== 'PENDING') this.changed(rec);
      }
    }, 1000);
    this.timer.unref();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sessions.clear();
  }
}
