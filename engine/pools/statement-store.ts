/**
 * The persisted statements: one JSON file per statement under `<stateDir>/statements/`,
 * written atomically on every change (name, pool, principal, SQL text, phase history).
 */
import { join } from 'node:path';
import { RecordFiles } from '../catalog/providers/record-files';
import { transition, type Phase, type PhaseChange } from './lifecycle';
import { PoolError } from './pool';
import type { StatementContext, StatementKind } from './runner';

export interface StatementRecord {
  readonly name: string;
  readonly pool: string;
  readonly principal: string;
  readonly sql: string;
  readonly createdAt: number;
  /** What the client sent along (catalog, database, file, line, SET values). */
  readonly context?: StatementContext;
  readonly kind?: StatementKind;
  /** Who submitted it, when it runs as a service principal (`principal`). */
  readonly submittedBy?: string;
  /** Slots the autoscaler last gave it (a restart after a crash asks for as many again). */
  readonly parallelism?: number;
  readonly history: readonly PhaseChange[];
}

export function phaseOf(s: StatementRecord): Phase {
  return s.history[s.history.length - 1]!.phase;
}

/** The reason given with the current phase, if any. */
export function reasonOf(s: StatementRecord): string | undefined {
  return s.history[s.history.length - 1]!.reason;
}

const STATEMENT_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export function validateStatementName(name: string): void {
  if (!STATEMENT_NAME_RE.test(name)) {
    throw new PoolError(`invalid statement name '${name.slice(0, 80)}': letters, digits, '_', '.', '-' (at most 100, starting with a letter or digit)`);
  }
}

export class StatementStore {
  private readonly byName = new Map<string, StatementRecord>();
  private readonly files: RecordFiles;
  /** Called after every change of a statement (created, phase, reason), with the new record. */
  onChange: ((rec: StatementRecord) => void) | undefined;

  private constructor(readonly dir: string) {
    this.files = new RecordFiles(dir);
  }

  static open(stateDir: string): StatementStore {
    const store = new StatementStore(join(stateDir, 'statements'));
    for (const { file, text } of store.files.readAll()) {
      let rec: StatementRecord;
      try {
        rec = JSON.parse(text) as StatementRecord;
      } catch (e) {
        throw new PoolError(`the statement file ${file} is not valid JSON (${(e as Error).message}); fix or remove it`);
      }
      store.byName.set(rec.name, rec);
    }
    return store;
  }

  list(): StatementRecord[] {
    return [...this.byName.values()].sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
  }

  get(name: string): StatementRecord | undefined {
    return this.byName.get(name);
  }

  require(name: string): StatementRecord {
    const s = this.byName.get(name);
    if (!s) throw new PoolError(`no statement named '${name.slice(0, 100)}'`);
    return s;
  }

  async create(rec: Omit<StatementRecord, 'history'>, reason?: string): Promise<StatementRecord> {
    validateStatementName(rec.name);
    if (this.byName.has(rec.name)) throw new PoolError(`a statement named '${rec.name}' already exists`);
    const full: StatementRecord = { ...rec, history: transition([], 'PENDING', rec.createdAt, reason) };
    this.byName.set(full.name, full);
    this.changed(full);
    await this.save(full);
    return full;
  }

  /** Moves a statement to a new phase (refusing invalid transitions) and persists it. */
  async transition(name: string, to: Phase, at: number, reason?: string): Promise<StatementRecord> {
    const old = this.require(name);
    const next: StatementRecord = { ...old, history: transition(old.history, to, at, reason) };
    this.byName.set(name, next);
    this.changed(next);
    await this.save(next);
    return next;
  }

  /** Replaces the reason of the current phase (e.g. why a PENDING statement still waits). */
  async setReason(name: string, reason: string): Promise<StatementRecord> {
    const old = this.require(name);
    const last = old.history[old.history.length - 1]!;
    const next: StatementRecord = { ...old, history: [...old.history.slice(0, -1), { ...last, reason }] };
    this.byName.set(name, next);
    this.changed(next);
    await this.save(next);
    return next;
  }

  /** The autoscaler changed the slots of a running statement: the reason of its phase says why. */
  async scaled(name: string, parallelism: number, reason: string): Promise<StatementRecord> {
    const old = this.require(name);
    const last = old.history[old.history.length - 1]!;
    const next: StatementRecord = { ...old, parallelism, history: [...old.history.slice(0, -1), { ...last, reason }] };
    this.byName.set(name, next);
    this.changed(next);
    await this.save(next);
    return next;
  }

  async delete(name: string): Promise<void> {
    this.require(name);
    this.byName.delete(name);
    await this.files.remove(name);
  }

  private changed(rec: StatementRecord): void {
    try {
      this.onChange?.(rec);
    } catch {
      // a listener never breaks a transition
    }
  }

  private save(rec: StatementRecord): Promise<void> {
    const text = JSON.stringify(rec, null, 2) + '\n';
    return this.files.write(rec.name, text);
  }
}
