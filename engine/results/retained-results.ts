/**
 * Retained results of query statements in the engine host: per statement the materialized
 * table (TableView, bounded), a bounded tail of the changelog, counters by kind and late rows,
 * and the phase. Subscribers receive changes coalesced through a ResultsChannel (~10/s) and
 * status changes. Each result is persisted as `<stateDir>/results/<name>.json` (atomically, at
 * most every `persistEveryMs` while it runs and once when it ends) and loaded when the host
 * starts, so a reload of VS Code or a host restart shows the rows again. Values are kept in
 * their JSON wire form (wire-values.ts), which is what is sent and stored.
 */
import { join } from 'node:path';
import { RecordFiles } from '../catalog/providers/record-files';
import { RowKind, type Row } from '../runtime/changelog';
import { ResultsChannel, type ResultBatch } from './channel';
import { TableView } from './table-view';
import { toWireRows } from './wire-values';

/** Phases of a result stream: the statement's, DEGRADED and STOPPING counting as RUNNING. */
export type ResultPhase = 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'STOPPED';

export interface ResultColumn {
  readonly name: string;
  /** Flink's summary type string (engine/types/print.ts). */
  readonly type: string;
}

export interface KindCounts {
  inserts: number;
  updatesBefore: number;
  updatesAfter: number;
  deletes: number;
}

/** What `results/subscribe` answers and what is persisted. */
export interface ResultSnapshot {
  readonly name: string;
  readonly schema: readonly ResultColumn[];
  readonly upsertKey: readonly number[] | null;
  readonly startedAt: number;
  readonly phase: ResultPhase;
  readonly message?: string;
  readonly endedAt?: number;
  readonly counts: KindCounts;
  readonly lateRows: number;
  readonly tableRows: readonly (readonly unknown[])[];
  readonly history: { readonly kinds: readonly number[]; readonly rows: readonly (readonly unknown[])[] };
}

export interface ResultBatchEvent {
  readonly name: string;
  readonly kinds: readonly number[];
  readonly rows: readonly (readonly unknown[])[];
  readonly lateRows: number;
}

export interface ResultStatusEvent {
  readonly name: string;
  readonly phase: ResultPhase;
  readonly message?: string;
  readonly endedAt?: number;
}

export interface ResultListener {
  batch(e: ResultBatchEvent): void;
  status(e: ResultStatusEvent): void;
}

export interface ResultLimits {
  /** Rows kept in the materialized table (oldest evicted first). */
  readonly maxTableRows: number;
  /** Changes kept in the changelog tail. */
  readonly maxHistory: number;
  /** Deliveries per second to subscribers. */
  readonly maxUpdatesPerSecond: number;
}

export const DEFAULT_RESULT_LIMITS: ResultLimits = { maxTableRows: 10_000, maxHistory: 10_000, maxUpdatesPerSecond: 10 };

const ENDED: ReadonlySet<ResultPhase> = new Set(['COMPLETED', 'FAILED', 'STOPPED']);

export class RetainedResult {
  private table: TableView;
  private historyKinds: number[] = [];
  private historyRows: unknown[][] = [];
  private readonly counts: KindCounts = { inserts: 0, updatesBefore: 0, updatesAfter: 0, deletes: 0 };
  private late = 0;
  private phaseNow: ResultPhase;
  private messageNow: string | undefined;
  private endedAtNow: number | undefined;
  private readonly channel: ResultsChannel;
  /** Changed since last persisted. */
  dirty = true;

  constructor(
    readonly name: string,
    readonly schema: readonly ResultColumn[],
    readonly upsertKey: readonly number[] | null,
    readonly startedAt: number,
    private readonly limits: ResultLimits,
    phase: ResultPhase = 'RUNNING',
    /** Subscribers of this statement's results (shared by its runs, kept by the store). */
    private readonly listeners: Set<ResultListener> = new Set(),
  ) {
    this.phaseNow = phase;
    this.table = new TableView({ ...(upsertKey && upsertKey.length > 0 ? { key: upsertKey } : {}), maxRows: limits.maxTableRows });
    this.channel = new ResultsChannel((b) => this.deliver(b), { maxUpdatesPerSecond: limits.maxUpdatesPerSecond });
  }

  /** A result read back from disk. */
  static restore(s: ResultSnapshot, limits: ResultLimits, listeners?: Set<ResultListener>): RetainedResult {
    const r = new RetainedResult(s.name, s.schema, s.upsertKey, s.startedAt, limits, s.phase, listeners);
    r.table.apply(undefined, s.tableRows as unknown as Row[]);
    r.historyKinds = [...s.history.kinds];
    r.historyRows = s.history.rows.map((x) => [...x]);
    Object.assign(r.counts, s.counts);
    r.late = s.lateRows;
    r.messageNow = s.message;
    r.endedAtNow = s.endedAt;
    r.dirty = false;
    return r;
  }

  get phase(): ResultPhase {
    return this.phaseNow;
  }

  /**
   * Back to what it held at a checkpoint (`snapshot()` taken with it): table, changelog tail,
   * counts and late rows; the phase stays. A query resuming from a checkpoint replays what came
   * after, so the result ends as an uninterrupted run's. Subscribers are not told of the rows
   * dropped (a resumed statement is a new run: they subscribe again and get the table).
   */
  rollBack(s: ResultSnapshot): void {
    this.channel.flush();
    this.table = new TableView({ ...(this.upsertKey && this.upsertKey.length > 0 ? { key: this.upsertKey } : {}), maxRows: this.limits.maxTableRows });
    this.table.apply(undefined, s.tableRows as unknown as Row[]);
    this.historyKinds = [...s.history.kinds];
    this.historyRows = s.history.rows.map((x) => [...x]);
    Object.assign(this.counts, s.counts);
    this.late = s.lateRows;
    this.dirty = true;
  }

  get ended(): boolean {
    return ENDED.has(this.phaseNow);
  }

  /** Changes from the running statement (engine values; converted to their wire form once). */
  apply(kinds: readonly RowKind[], rows: readonly Row[]): void {
    if (rows.length === 0 || this.ended) return;
    const wire = toWireRows(rows);
    this.table.apply(kinds, wire as unknown as Row[]);
    for (let i = 0; i < wire.length; i++) {
      const k = kinds[i] ?? RowKind.Insert;
      if (k === RowKind.Insert) this.counts.inserts++;
      else if (k === RowKind.UpdateBefore) this.counts.updatesBefore++;
      else if (k === RowKind.UpdateAfter) this.counts.updatesAfter++;
      else this.counts.deletes++;
      this.historyKinds.push(k);
      this.historyRows.push(wire[i]!);
    }
    const over = this.historyRows.length - this.limits.maxHistory;
    if (over > 0) {
      this.historyKinds.splice(0, over);
      this.historyRows.splice(0, over);
    }
    this.dirty = true;
    this.channel.push(kinds, wire as unknown as Row[]);
  }

  set lateRows(n: number) {
    if (n !== this.late) {
      this.late = n;
      this.dirty = true;
    }
  }

  get lateRows(): number {
    return this.late;
  }

  /** The stream ended (or started running again); subscribers get the held batch, then the status. */
  setPhase(phase: ResultPhase, message?: string, at: number = Date.now()): void {
    this.channel.flush();
    this.phaseNow = phase;
    this.messageNow = message;
    this.endedAtNow = ENDED.has(phase) ? at : undefined;
    this.dirty = true;
    const e = this.statusEvent();
    for (const l of [...this.listeners]) safe(() => l.status(e));
  }

  statusEvent(): ResultStatusEvent {
    return {
      name: this.name,
      phase: this.phaseNow,
      ...(this.messageNow !== undefined ? { message: this.messageNow } : {}),
      ...(this.endedAtNow !== undefined ? { endedAt: this.endedAtNow } : {}),
    };
  }


  /** Rows in the materialized table now. */
  get tableSize(): number {
    return this.table.size;
  }

  snapshot(): ResultSnapshot {
    return {
      ...this.statusEvent(),
      schema: this.schema,
      upsertKey: this.upsertKey,
      startedAt: this.startedAt,
      counts: { ...this.counts },
      lateRows: this.late,
      tableRows: this.table.rows() as unknown as unknown[][],
      history: { kinds: [...this.historyKinds], rows: [...this.historyRows] },
    };
  }

  private deliver(b: ResultBatch): void {
    const e: ResultBatchEvent = { name: this.name, kinds: b.kinds, rows: b.rows as unknown as unknown[][], lateRows: this.late };
    for (const l of [...this.listeners]) safe(() => l.batch(e));
  }
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    // a listener (a closed connection) never breaks the statement
  }
}

/** All retained results of one state directory. */
export class ResultStore {
  private readonly results = new Map<string, RetainedResult>();
  private readonly listeners = new Map<string, Set<ResultListener>>();
  private timer: NodeJS.Timeout | undefined;

  private readonly files: RecordFiles;

  private constructor(
    readonly dir: string,
    readonly limits: ResultLimits,
    private readonly persistEveryMs: number,
  ) {
    this.files = new RecordFiles(dir);
  }

  /**
   * Loads the results under `<stateDir>/results`. A result that was running when the host went
   * away is STOPPED; a file that cannot be read is skipped (and named in `skipped`).
   */
  static open(stateDir: string, options: { limits?: ResultLimits; persistEveryMs?: number } = {}): { store: ResultStore; skipped: string[] } {
    const store = new ResultStore(join(stateDir, 'results'), options.limits ?? DEFAULT_RESULT_LIMITS, options.persistEveryMs ?? 3000);
    const skipped: string[] = [];
    for (const { file, text } of store.files.readAll()) {
      try {
        const s = JSON.parse(text) as ResultSnapshot;
        const r = RetainedResult.restore(s, store.limits, store.listenersOf(s.name));
        if (!r.ended) {
          r.setPhase('STOPPED', 'engine host restarted');
          r.dirty = true;
        }
        store.results.set(r.name, r);
      } catch (e) {
        skipped.push(`${file}: ${(e as Error).message}`);
      }
    }
    return { store, skipped };
  }

  /** A new result for a statement (replacing an earlier run's). */
  create(name: string, schema: readonly ResultColumn[], upsertKey: readonly number[] | null, startedAt: number = Date.now()): RetainedResult {
    // Subscribers (also those who subscribed while it was PENDING, or to an earlier run) follow it.
    const r = new RetainedResult(name, schema, upsertKey, startedAt, this.limits, 'RUNNING', this.listenersOf(name));
    this.results.set(name, r);
    this.schedule();
    return r;
  }

  get(name: string): RetainedResult | undefined {
    return this.results.get(name);
  }

  /** Follows a statement's results, now and in later runs; returns the unsubscribe. */
  subscribe(name: string, l: ResultListener): () => void {
    const set = this.listenersOf(name);
    set.add(l);
    return () => {
      set.delete(l);
      if (set.size === 0 && this.listeners.get(name) === set && !this.results.has(name)) this.listeners.delete(name);
    };
  }

  private listenersOf(name: string): Set<ResultListener> {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    return set;
  }

  async delete(name: string): Promise<void> {
    this.results.delete(name);
    this.listeners.delete(name);
    await this.files.remove(name);
  }

  /** Writes one result now (a statement ended). */
  persist(name: string): Promise<void> {
    const r = this.results.get(name);
    if (!r) return Promise.resolve();
    r.dirty = false;
    const text = JSON.stringify(r.snapshot());
    return this.files.write(name, text);
  }

  /** Writes every changed result (the periodic flush, and at shutdown). */
  async persistAll(): Promise<void> {
    await Promise.all([...this.results.values()].filter((r) => r.dirty).map((r) => this.persist(r.name)));
  }

  close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    return this.persistAll();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.persistAll().catch(() => undefined), this.persistEveryMs);
    this.timer.unref();
  }
}
