/**
 * The audit log, always on: `<stateDir>/audit/audit.jsonl`, one JSON object a line, appended
 * and fsynced before the request is answered. Records every submit, stop, delete, resume, DDL
 * and pool change (allowed, refused or failed) with time, principal, pool and statement text.
 * Tokens never appear in it.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type AuditOutcome = 'ok' | 'refused' | 'error';

export interface AuditEntry {
  readonly time: string;
  readonly principal: string;
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly pool?: string;
  readonly statement?: string;
  readonly sql?: string;
  readonly detail?: string;
}

export interface AuditQuery {
  /** Only entries of these pools (entries without a pool only when `includeUnpooled`). */
  readonly pools?: ReadonlySet<string>;
  readonly includeUnpooled?: boolean;
  readonly pool?: string;
  readonly principal?: string;
  /** The newest `limit` entries (default 100). */
  readonly limit?: number;
}

export class AuditLog {
  readonly file: string;

  constructor(stateDir: string, private readonly now: () => number = Date.now) {
    const dir = join(stateDir, 'audit');
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, 'audit.jsonl');
  }

  record(entry: Omit<AuditEntry, 'time'>): AuditEntry {
    const full: AuditEntry = { time: new Date(this.now()).toISOString(), ...entry };
    const fd = openSync(this.file, 'a', 0o600);
    try {
      writeSync(fd, JSON.stringify(full) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return full;
  }

  read(q: AuditQuery = {}): AuditEntry[] {
    let text = '';
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const out: AuditEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      let e: AuditEntry;
      try {
        e = JSON.parse(line) as AuditEntry;
      } catch {
        continue; // a torn last line after a crash
      }
      if (q.pool !== undefined && e.pool !== q.pool) continue;
      if (q.principal !== undefined && e.principal !== q.principal) continue;
      if (q.pools) {
        if (e.pool === undefined ? !q.includeUnpooled : !q.pools.has(e.pool)) continue;
      }
      out.push(e);
    }
    const limit = q.limit ?? 100;
    return out.slice(Math.max(0, out.length - limit));
  }
}
