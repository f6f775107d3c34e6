/**
 * The catalog manager: every registered provider merged into one view (see merge.ts for the
 * precedence rule), name resolution and listings over it, and routing of DDL to the provider
 * that owns a catalog. Reads are synchronous over a cached merged snapshot, rebuilt only after
 * a provider reports a change; the async methods are for the engine, which may wait for a
 * remote catalog before running a statement.
 */
import { CatalogError } from './errors';
import type { Disposable } from './events';
import { Emitter } from './events';
import type { CatalogFunction } from './model';
import { mergeSnapshots } from './merge';
import type { CatalogCandidate, FunctionCandidate } from './listing';
import { functionCandidates, listCatalogs, listDatabases, tableNameCandidates } from './listing';
import type { CatalogChange, CatalogProvider, CatalogScope, WritableCatalogProvider } from './provider';
import { isWritable } from './provider';
import type { CurrentContext, Resolution, ResolvedDatabase, ResolvedObject } from './resolve';
import { qualify, resolveCatalog, resolveDatabase, resolveFunction, resolveObject } from './resolve';
import type { CatalogSnapshot, DatabaseSnapshot, ProviderSnapshot } from './snapshot';
import type { CatalogStatus } from './status';

export class CatalogManager {
  private readonly providers: CatalogProvider[] = [];
  private readonly subscriptions = new Map<CatalogProvider, Disposable>();
  private merged?: ProviderSnapshot;
  private readonly changes = new Emitter<CatalogChange>();
  /** Fires after any provider's snapshot changed (the merged view is already updated). */
  readonly onDidChange = this.changes.event;

  /** Adds a provider; earlier registrations take precedence for names served by several. */
  register(provider: CatalogProvider): Disposable {
    if (this.providers.some((p) => p.id === provider.id)) {
      throw new Error(`A catalog provider with id '${provider.id}' is already registered.`);
    }
    this.providers.push(provider);
    this.subscriptions.set(
      provider,
      provider.onDidChange((e) => {
        this.merged = undefined;
        this.changes.fire(e);
      }),
    );
    this.merged = undefined;
    this.changes.fire({ provider: provider.id });
    return { dispose: () => this.unregister(provider) };
  }

  private unregister(provider: CatalogProvider): void {
    const i = this.providers.indexOf(provider);
    if (i < 0) return;
    this.providers.splice(i, 1);
    this.subscriptions.get(provider)?.dispose();
    this.subscriptions.delete(provider);
    this.merged = undefined;
    this.changes.fire({ provider: provider.id });
  }

  provider(id: string): CatalogProvider | undefined {
    return this.providers.find((p) => p.id === id);
  }

  /** The merged view of everything known now. */
  view(): ProviderSnapshot {
    if (!this.merged) this.merged = mergeSnapshots(this.providers.map((p) => safeSnapshot(p)));
    return this.merged;
  }

  // ----- resolution (synchronous, never throws) -----

  resolveTable(parts: readonly string[], current: CurrentContext): Resolution<ResolvedObject> {
    return resolveObject(this.view(), parts, current);
  }

  resolveDatabase(parts: readonly string[], current: CurrentContext): Resolution<ResolvedDatabase> {
    return resolveDatabase(this.view(), parts, current);
  }

  resolveCatalog(name: string): Resolution<CatalogSnapshot> {
    return resolveCatalog(this.view(), name);
  }

  resolveFunction(parts: readonly string[], current: CurrentContext): CatalogFunction | undefined {
    return resolveFunction(this.view(), parts, current);
  }

  /** The database `USE CATALOG name` switches to, when the catalog is known. */
  defaultDatabaseOf(catalog: string): string | undefined {
    return this.view().catalogs.get(catalog)?.info.defaultDatabase;
  }

  // ----- listings -----

  catalogs(): CatalogSnapshot[] {
    return listCatalogs(this.view());
  }

  databases(catalog: string): DatabaseSnapshot[] {
    const c = this.view().catalogs.get(catalog);
    return c ? listDatabases(c) : [];
  }

  /** Completion candidates after a typed qualifier (see listing.ts). */
  tableNameCandidates(qualifier: readonly string[], current: CurrentContext): CatalogCandidate[] {
    return tableNameCandidates(this.view(), qualifier, current);
  }

  /** User-defined functions for completion after a typed qualifier. */
  functionCandidates(qualifier: readonly string[], current: CurrentContext): FunctionCandidate[] {
    return functionCandidates(this.view(), qualifier, current);
  }

  status(scope: CatalogScope): CatalogStatus | undefined {
    const c = this.view().catalogs.get(scope.catalog);
    if (!c || scope.database === undefined) return c?.status;
    return c.databases.get(scope.database)?.status;
  }

  // ----- asynchronous access (the engine) -----

  /** Refreshes every provider (or those serving `scope.catalog`); never rejects. */
  async refresh(scope?: CatalogScope): Promise<void> {
    const targets = scope ? this.providers.filter((p) => safeSnapshot(p).catalogs.has(scope.catalog)) : this.providers;
    await Promise.all(targets.map((p) => p.refresh(scope).catch(() => undefined)));
  }

  invalidate(scope?: CatalogScope): void {
    for (const p of this.providers) p.invalidate(scope);
  }

  /**
   * Resolves a table, first asking the providers for it when the snapshot does not hold a
   * fresh definition (a remote catalog still loading, a topic not yet described).
   */
  async lookupTable(parts: readonly string[], current: CurrentContext): Promise<Resolution<ResolvedObject>> {
    const first = this.resolveTable(parts, current);
    if (first.ok && first.value.status.state === 'ready') return first;
    if (!first.ok && first.error.kind !== 'unavailable' && first.error.kind !== 'unknown-object') return first;
    const path = qualify(parts, current);
    if (!path) return first;
    for (const p of this.providers) {
      const object = await p.lookup(path).catch(() => undefined);
      if (object) {
        this.merged = undefined;
        const again = this.resolveTable(parts, current);
        if (again.ok) return again;
        const status = safeSnapshot(p).catalogs.get(path.catalog)?.databases.get(path.database)?.status;
        return { ok: true, value: { path, object, status: status ?? { state: 'loading' } } };
      }
    }
    this.merged = undefined;
    return this.resolveTable(parts, current);
  }

  // ----- DDL routing -----

  /** The provider that runs DDL in `catalog`, or a CatalogError saying why there is none. */
  writerFor(catalog: string): WritableCatalogProvider {
    for (const p of this.providers) {
      if (p.declaredOnly || !safeSnapshot(p).catalogs.has(catalog)) continue;
      if (isWritable(p)) return p;
      throw new CatalogError('catalog-read-only', `Catalog '${catalog}' is read-only.`);
    }
    const declared = this.view().catalogs.has(catalog) ? ' (it is only declared in workspace files)' : '';
    throw new CatalogError('catalog-not-found', `Catalog '${catalog}' does not exist${declared}.`);
  }

  /** The provider that `CREATE CATALOG` adds catalogs to (the local store). */
  catalogCreator(): WritableCatalogProvider | undefined {
    return this.providers.find((p): p is WritableCatalogProvider => isWritable(p) && p.canCreateCatalogs);
  }

  dispose(): void {
    for (const s of this.subscriptions.values()) s.dispose();
    this.subscriptions.clear();
    this.providers.length = 0;
    this.changes.dispose();
  }
}

/** A provider's snapshot; a provider that throws (a bug) contributes nothing rather than breaking the view. */
function safeSnapshot(p: CatalogProvider): ProviderSnapshot {
  try {
    return p.snapshot();
  } catch {
    return { catalogs: new Map() };
  }
}
