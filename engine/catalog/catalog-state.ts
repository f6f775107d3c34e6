/**
 * A mutable catalog tree with Flink's DDL rules (what exists, what may be created, dropped,
 * replaced or renamed, and the messages when not). The in-memory provider and the local store
 * both keep their catalogs in one of these; the local store persists the changes it reports.
 */
import { CatalogError } from './errors';
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo, ObjectPath } from './model';
import { formatPath } from './model';
import type { CreateOptions, DropOptions } from './provider';
import type { CatalogSnapshot, DatabaseSnapshot, ProviderSnapshot } from './snapshot';
import type { CatalogStatus } from './status';
import { ready } from './status';

/** What a mutation changed, for whoever persists the tree. */
export type StateChange =
  | { readonly kind: 'put-catalog'; readonly catalog: string }
  | { readonly kind: 'drop-catalog'; readonly catalog: string }
  | { readonly kind: 'put-database'; readonly catalog: string; readonly database: string }
  | { readonly kind: 'drop-database'; readonly catalog: string; readonly database: string }
  | { readonly kind: 'put-object'; readonly path: ObjectPath }
  | { readonly kind: 'drop-object'; readonly path: ObjectPath };

export interface DatabaseEntry {
  info: DatabaseInfo;
  readonly objects: Map<string, CatalogObject>;
  readonly functions: Map<string, CatalogFunction>;
  /** Definitions that could not be read (corrupt files), by object name. */
  readonly problems: Map<string, string>;
}

export interface CatalogEntry {
  info: CatalogInfo;
  readonly databases: Map<string, DatabaseEntry>;
}

function checkName(what: string, name: string): void {
  if (name.length === 0) throw new CatalogError('invalid-name', `The ${what} name must not be empty.`);
}

export class CatalogState {
  private readonly entries = new Map<string, CatalogEntry>();
  private version = 0;
  private cached?: { version: number; provider: string; snapshot: ProviderSnapshot };
  private readonly statuses = new Map<string, CatalogStatus>();

  catalogs(): IterableIterator<CatalogEntry> {
    return this.entries.values();
  }

  catalog(name: string): CatalogEntry | undefined {
    return this.entries.get(name);
  }

  database(catalog: string, database: string): DatabaseEntry | undefined {
    return this.entries.get(catalog)?.databases.get(database);
  }

  object(path: ObjectPath): CatalogObject | undefined {
    return this.database(path.catalog, path.database)?.objects.get(path.name);
  }

  /** Drops everything (before a reload). */
  clear(): void {
    this.entries.clear();
    this.touch();
  }

  private touch(): void {
    this.version++;
  }

  private requireCatalog(name: string): CatalogEntry {
    const c = this.entries.get(name);
    if (!c) throw new CatalogError('catalog-not-found', `Catalog ${formatPath([name])} does not exist.`);
    return c;
  }

  private requireDatabase(catalog: string, database: string): DatabaseEntry {
    const d = this.requireCatalog(catalog).databases.get(database);
    if (!d) throw new CatalogError('database-not-found', `Database ${formatPath([catalog, database])} does not exist.`);
    return d;
  }

  /**
   * `withDefaultDatabase`: also create the catalog's default database, as a Flink catalog has
   * one from the start (CREATE CATALOG); loaders that read databases themselves leave it off.
   */
  createCatalog(info: CatalogInfo, options: CreateOptions & { withDefaultDatabase?: boolean } = {}): StateChange[] {
    checkName('catalog', info.name);
    checkName('default database', info.defaultDatabase);
    if (this.entries.has(info.name) && !options.replace) {
      if (options.ignoreIfExists) return [];
      throw new CatalogError('catalog-exists', `Catalog ${formatPath([info.name])} already exists.`);
    }
    this.entries.set(info.name, { info, databases: new Map() });
    this.touch();
    const changes: StateChange[] = [{ kind: 'put-catalog', catalog: info.name }];
    if (options.withDefaultDatabase) changes.push(...this.createDatabase(info.name, { name: info.defaultDatabase }));
    return changes;
  }

  dropCatalog(name: string, options: DropOptions = {}): StateChange[] {
    const c = this.entries.get(name);
    if (!c) {
      if (options.ifExists) return [];
      throw new CatalogError('catalog-not-found', `Catalog ${formatPath([name])} does not exist.`);
    }
    const nonEmpty = [...c.databases.values()].some((d) => d.objects.size > 0 || d.functions.size > 0);
    if (nonEmpty && !options.cascade) {
      throw new CatalogError('catalog-not-empty', `Catalog ${formatPath([name])} is not empty; use DROP CATALOG ... CASCADE.`);
    }
    this.entries.delete(name);
    this.statuses.delete(name);
    this.touch();
    return [{ kind: 'drop-catalog', catalog: name }];
  }

  createDatabase(catalog: string, info: DatabaseInfo, options: CreateOptions = {}): StateChange[] {
    checkName('database', info.name);
    const c = this.requireCatalog(catalog);
    const existing = c.databases.get(info.name);
    if (existing) {
      if (options.ignoreIfExists) return [];
      throw new CatalogError('database-exists', `Database ${formatPath([catalog, info.name])} already exists.`);
    }
    c.databases.set(info.name, { info, objects: new Map(), functions: new Map(), problems: new Map() });
    this.touch();
    return [{ kind: 'put-database', catalog, database: info.name }];
  }

  alterDatabase(catalog: string, info: DatabaseInfo): StateChange[] {
    const d = this.requireDatabase(catalog, info.name);
    d.info = info;
    this.touch();
    return [{ kind: 'put-database', catalog, database: info.name }];
  }

  dropDatabase(catalog: string, name: string, options: DropOptions = {}): StateChange[] {
    const c = this.entries.get(catalog);
    const d = c?.databases.get(name);
    if (!c || !d) {
      if (options.ifExists) return [];
      if (!c) throw new CatalogError('catalog-not-found', `Catalog ${formatPath([catalog])} does not exist.`);
      throw new CatalogError('database-not-found', `Database ${formatPath([catalog, name])} does not exist.`);
    }
    if ((d.objects.size > 0 || d.functions.size > 0) && !options.cascade) {
      throw new CatalogError(
        'database-not-empty',
        `Database ${formatPath([catalog, name])} is not empty; use DROP DATABASE ... CASCADE.`,
      );
    }
    c.databases.delete(name);
    this.touch();
    return [{ kind: 'drop-database', catalog, database: name }];
  }

  createObject(path: ObjectPath, object: CatalogObject, options: CreateOptions = {}): StateChange[] {
    checkName(object.kind, path.name);
    const d = this.requireDatabase(path.catalog, path.database);
    const existing = d.objects.get(path.name);
    if (existing) {
      if (options.replace && existing.kind === object.kind) {
        // CREATE OR REPLACE: falls through to the put below.
      } else if (options.ignoreIfExists) {
        return [];
      } else {
        const what = existing.kind === 'view' ? 'A view' : 'A table';
        throw new CatalogError('object-exists', `${what} named ${formatPath(path)} already exists.`);
      }
    }
    d.objects.set(path.name, { ...object, name: path.name });
    d.problems.delete(path.name);
    this.touch();
    return [{ kind: 'put-object', path }];
  }

  alterObject(path: ObjectPath, object: CatalogObject): StateChange[] {
    const d = this.requireDatabase(path.catalog, path.database);
    const existing = d.objects.get(path.name);
    if (!existing) throw this.notFound(path, object.kind);
    if (existing.kind !== object.kind) throw this.wrongKind(path, existing.kind, 'ALTER');
    d.objects.set(path.name, { ...object, name: path.name });
    this.touch();
    return [{ kind: 'put-object', path }];
  }

  renameObject(path: ObjectPath, newName: string): StateChange[] {
    checkName('table', newName);
    const d = this.requireDatabase(path.catalog, path.database);
    const existing = d.objects.get(path.name);
    if (!existing) throw this.notFound(path, 'table');
    const target = { ...path, name: newName };
    if (d.objects.has(newName)) {
      throw new CatalogError('object-exists', `A table or view named ${formatPath(target)} already exists.`);
    }
    d.objects.delete(path.name);
    d.objects.set(newName, { ...existing, name: newName });
    this.touch();
    return [
      { kind: 'put-object', path: target },
      { kind: 'drop-object', path },
    ];
  }

  dropObject(path: ObjectPath, kind: CatalogObject['kind'], options: DropOptions = {}): StateChange[] {
    const d = this.database(path.catalog, path.database);
    const existing = d?.objects.get(path.name);
    if (!existing) {
      if (options.ifExists) return [];
      throw this.notFound(path, kind);
    }
    if (existing.kind !== kind) throw this.wrongKind(path, existing.kind, 'DROP');
    d!.objects.delete(path.name);
    this.touch();
    return [{ kind: 'drop-object', path }];
  }

  createFunction(catalog: string, database: string, fn: CatalogFunction, options: CreateOptions = {}): StateChange[] {
    checkName('function', fn.name);
    const d = this.requireDatabase(catalog, database);
    if (d.functions.has(fn.name) && !options.replace) {
      if (options.ignoreIfExists) return [];
      throw new CatalogError('function-exists', `Function ${formatPath([catalog, database, fn.name])} already exists.`);
    }
    d.functions.set(fn.name, fn);
    this.touch();
    return [{ kind: 'put-database', catalog, database }];
  }

  dropFunction(catalog: string, database: string, name: string, options: DropOptions = {}): StateChange[] {
    const d = this.database(catalog, database);
    if (!d?.functions.has(name)) {
      if (options.ifExists) return [];
      throw new CatalogError('function-not-found', `Function ${formatPath([catalog, database, name])} does not exist.`);
    }
    d.functions.delete(name);
    this.touch();
    return [{ kind: 'put-database', catalog, database }];
  }

  /** Records a definition that could not be read; it shows as unavailable with the reason. */
  setProblem(path: ObjectPath, reason: string): void {
    this.requireDatabase(path.catalog, path.database).problems.set(path.name, reason);
    this.touch();
  }

  /** Overrides the status of one catalog (default: ready as of the snapshot). */
  setStatus(catalog: string, status: CatalogStatus | undefined): void {
    if (status) this.statuses.set(catalog, status);
    else this.statuses.delete(catalog);
    this.touch();
  }

  /** An immutable snapshot; rebuilt only after a change. */
  snapshot(provider: string): ProviderSnapshot {
    if (this.cached && this.cached.version === this.version && this.cached.provider === provider) {
      return this.cached.snapshot;
    }
    const now = Date.now();
    const catalogs = new Map<string, CatalogSnapshot>();
    for (const c of this.entries.values()) {
      const status = this.statuses.get(c.info.name) ?? ready(now);
      const databases = new Map<string, DatabaseSnapshot>();
      for (const d of c.databases.values()) {
        databases.set(d.info.name, {
          info: d.info,
          status,
          objects: new Map(d.objects),
          functions: new Map(d.functions),
          pending: new Map(
            [...d.problems].map(([name, reason]) => [name, { state: 'unavailable', reason, lastRefreshed: now }] as const),
          ),
        });
      }
      catalogs.set(c.info.name, { info: c.info, provider, status, databases });
    }
    const snapshot: ProviderSnapshot = { catalogs };
    this.cached = { version: this.version, provider, snapshot };
    return snapshot;
  }

  private notFound(path: ObjectPath, kind: CatalogObject['kind']): CatalogError {
    const what = kind === 'view' ? 'View' : 'Table';
    return new CatalogError('object-not-found', `${what} ${formatPath(path)} does not exist.`);
  }

  private wrongKind(path: ObjectPath, actual: CatalogObject['kind'], verb: string): CatalogError {
    return actual === 'view'
      ? new CatalogError('wrong-kind', `${formatPath(path)} is a view; use ${verb} VIEW.`)
      : new CatalogError('wrong-kind', `${formatPath(path)} is a table; use ${verb} TABLE.`);
  }
}
