/**
 * A cached provider over a remote, slow or failing source: the shape every networked catalog
 * takes (the Kafka + Schema Registry provider is a `RemoteCatalogSource`; see README.md).
 *
 * - The catalogs are known up front (from configuration), so they show at once, `loading`.
 * - `refresh()` lists databases, then object names (cheap), then describes objects (the slow
 *   part, a few at a time). Each step has a timeout. A failure marks the catalog, database or
 *   object `unavailable` with the reason and keeps whatever was known before (stale data is
 *   better than none for completion; the status says how old it is).
 * - `lookup()` describes one object on demand (the engine, before running a statement).
 * - `invalidate()` marks definitions stale (after DDL); they stay visible until re-described.
 * - Concurrent refreshes of the same scope share one request. Nothing here ever rejects.
 */
import { Emitter } from '../events';
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo, ObjectPath } from '../model';
import type { CatalogChange, CatalogProvider, CatalogScope } from '../provider';
import type { CatalogSnapshot, DatabaseSnapshot, ProviderSnapshot } from '../snapshot';
import type { CatalogStatus } from '../status';
import { loading, ready, unavailable } from '../status';
import type { Disposable } from '../events';

/** What a remote catalog system must answer. Every call gets an AbortSignal (timeouts). */
export interface RemoteCatalogSource {
  listDatabases(catalog: string, signal: AbortSignal): Promise<readonly DatabaseInfo[]>;
  /** Names of tables and views (Kafka: topics). Expected to be cheap. */
  listObjects(catalog: string, database: string, signal: AbortSignal): Promise<readonly string[]>;
  /** One definition (Kafka: the topic's subjects turned into columns); undefined if it vanished. */
  describeObject(path: ObjectPath, signal: AbortSignal): Promise<CatalogObject | undefined>;
  listFunctions?(catalog: string, database: string, signal: AbortSignal): Promise<readonly CatalogFunction[]>;
}

export interface RemoteProviderOptions {
  /** Per request (default 10 s). */
  readonly timeoutMs?: number;
  /** How many objects are described at once (default 8). */
  readonly concurrency?: number;
  /** The clock (tests). */
  readonly now?: () => number;
}

interface DatabaseState {
  info: DatabaseInfo;
  status: CatalogStatus;
  objects: Map<string, CatalogObject>;
  pending: Map<string, CatalogStatus>;
  functions: Map<string, CatalogFunction>;
  stale: Set<string>;
}

interface CatalogStateEntry {
  info: CatalogInfo;
  status: CatalogStatus;
  databases: Map<string, DatabaseState>;
}

function reasonOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Runs `work` with an AbortSignal that fires after `ms`; rejects with "timed out after N ms". */
export async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timed out after ${ms} ms`));
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class RemoteCatalogProvider implements CatalogProvider {
  private readonly catalogs = new Map<string, CatalogStateEntry>();
  private readonly changes = new Emitter<CatalogChange>();
  readonly onDidChange = this.changes.event;
  private readonly inflight = new Map<string, Promise<void>>();
  private version = 0;
  private cached?: { version: number; snapshot: ProviderSnapshot };
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly now: () => number;
  private disposed = false;

  constructor(
    readonly id: string,
    catalogs: readonly CatalogInfo[],
    private readonly source: RemoteCatalogSource,
    options: RemoteProviderOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.now = options.now ?? Date.now;
    for (const info of catalogs) this.catalogs.set(info.name, { info, status: loading(), databases: new Map() });
  }

  snapshot(): ProviderSnapshot {
    if (this.cached && this.cached.version === this.version) return this.cached.snapshot;
    const catalogs = new Map<string, CatalogSnapshot>();
    for (const c of this.catalogs.values()) {
      const databases = new Map<string, DatabaseSnapshot>();
      for (const d of c.databases.values()) {
        databases.set(d.info.name, {
          info: d.info,
          status: d.status,
          objects: new Map(d.objects),
          pending: new Map(d.pending),
          functions: new Map(d.functions),
        });
      }
      catalogs.set(c.info.name, { info: c.info, provider: this.id, status: c.status, databases });
    }
    this.cached = { version: this.version, snapshot: { catalogs } };
    return this.cached.snapshot;
  }

  private changed(scope?: CatalogScope, notify = true): void {
    this.version++;
    if (notify && !this.disposed) this.changes.fire({ provider: this.id, ...(scope ? { scope } : {}) });
  }

  async refresh(scope?: CatalogScope): Promise<ProviderSnapshot> {
    const names = scope ? [scope.catalog] : [...this.catalogs.keys()];
    await Promise.all(
      names.map((catalog) => {
        const key = scope?.database === undefined ? catalog : `${catalog}\u0000${scope.database}`;
        let run = this.inflight.get(key);
        if (!run) {
          run = this.refreshCatalog(catalog, scope?.database).finally(() => this.inflight.delete(key));
          this.inflight.set(key, run);
        }
        return run;
      }),
    );
    return this.snapshot();
  }

  private async refreshCatalog(catalog: string, onlyDatabase: string | undefined): Promise<void> {
    const c = this.catalogs.get(catalog);
    if (!c) return;
    c.status = loading(c.status.lastRefreshed);
    this.changed({ catalog });
    let infos: readonly DatabaseInfo[];
    try {
      infos = await withTimeout(this.timeoutMs, (signal) => this.source.listDatabases(catalog, signal));
    } catch (e) {
      const reason = reasonOf(e);
      c.status = unavailable(reason, c.status.lastRefreshed);
      for (const d of c.databases.values()) d.status = unavailable(reason, d.status.lastRefreshed);
      this.changed({ catalog });
      return;
    }
    const listed = new Set(infos.map((i) => i.name));
    for (const name of [...c.databases.keys()]) if (!listed.has(name)) c.databases.delete(name);
    for (const info of infos) {
      const existing = c.databases.get(info.name);
      if (existing) existing.info = info;
      else
        c.databases.set(info.name, {
          info,
          status: loading(),
          objects: new Map(),
          pending: new Map(),
          functions: new Map(),
          stale: new Set(),
        });
    }
    c.status = ready(this.now());
    this.changed({ catalog });
    const targets = [...c.databases.values()].filter((d) => onlyDatabase === undefined || d.info.name === onlyDatabase);
    await Promise.all(targets.map((d) => this.refreshDatabase(catalog, d)));
  }

  private async refreshDatabase(catalog: string, d: DatabaseState): Promise<void> {
    const database = d.info.name;
    const scope = { catalog, database };
    d.status = loading(d.status.lastRefreshed);
    this.changed(scope);
    let names: readonly string[];
    let functions: readonly CatalogFunction[] | undefined;
    try {
      names = await withTimeout(this.timeoutMs, (signal) => this.source.listObjects(catalog, database, signal));
      if (this.source.listFunctions) {
        const list = this.source.listFunctions.bind(this.source);
        functions = await withTimeout(this.timeoutMs, (signal) => list(catalog, database, signal));
      }
    } catch (e) {
      d.status = unavailable(reasonOf(e), d.status.lastRefreshed);
      this.changed(scope);
      return;
    }
    const listed = new Set(names);
    for (const name of [...d.objects.keys()]) if (!listed.has(name)) d.objects.delete(name);
    for (const name of [...d.pending.keys()]) if (!listed.has(name)) d.pending.delete(name);
    if (functions) {
      d.functions.clear();
      for (const f of functions) d.functions.set(f.name, f);
    }
    const toDescribe = names.filter((n) => !d.objects.has(n) || d.stale.has(n));
    for (const n of toDescribe) if (!d.objects.has(n)) d.pending.set(n, loading());
    this.changed(scope);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < toDescribe.length) {
        const name = toDescribe[next++];
        await this.describe({ catalog, database, name }, d, false);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, toDescribe.length) }, worker));
    d.status = ready(this.now());
    this.changed(scope);
  }

  /**
   * Describes one object into `d`; records the failure reason instead of throwing. During a
   * refresh (`notify` false) one event at the end stands for all the descriptions.
   */
  private async describe(path: ObjectPath, d: DatabaseState, notify = true): Promise<CatalogObject | undefined> {
    const scope = { catalog: path.catalog, database: path.database };
    try {
      const object = await withTimeout(this.timeoutMs, (signal) => this.source.describeObject(path, signal));
      d.stale.delete(path.name);
      d.pending.delete(path.name);
      if (object) d.objects.set(path.name, object);
      else d.objects.delete(path.name);
      this.changed(scope, notify);
      return object;
    } catch (e) {
      // A stale definition stays usable; a never-described one shows the reason.
      if (!d.objects.has(path.name)) d.pending.set(path.name, unavailable(reasonOf(e)));
      this.changed(scope, notify);
      return d.objects.get(path.name);
    }
  }

  invalidate(scope?: CatalogScope): void {
    for (const c of this.catalogs.values()) {
      if (scope && scope.catalog !== c.info.name) continue;
      for (const d of c.databases.values()) {
        if (scope?.database !== undefined && scope.database !== d.info.name) continue;
        for (const name of d.objects.keys()) d.stale.add(name);
      }
    }
  }

  async lookup(path: ObjectPath): Promise<CatalogObject | undefined> {
    const c = this.catalogs.get(path.catalog);
    if (!c) return undefined;
    if (!c.databases.has(path.database)) await this.refresh({ catalog: path.catalog, database: path.database });
    const d = c.databases.get(path.database);
    if (!d) return undefined;
    const known = d.objects.get(path.name);
    if (known && !d.stale.has(path.name)) return known;
    return this.describe(path, d);
  }

  /** Refreshes everything every `intervalMs` in the background (the timer does not keep the process alive). */
  startBackgroundRefresh(intervalMs: number): Disposable {
    const timer = setInterval(() => void this.refresh(), intervalMs);
    timer.unref();
    return { dispose: () => clearInterval(timer) };
  }

  dispose(): void {
    this.disposed = true;
    this.changes.dispose();
  }
}
