/**
 * A provider that keeps its catalogs in memory: always ready, answers immediately. The
 * built-in `examples` catalog is one (read-only); tests and tools use writable ones.
 */
import { CatalogError } from '../errors';
import { CatalogState } from '../catalog-state';
import type { CatalogDefinition } from '../definitions';
import { loadDefinitions } from '../definitions';
import { Emitter } from '../events';
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo, ObjectPath } from '../model';
import type {
  CatalogChange,
  CatalogScope,
  CreateOptions,
  DropOptions,
  WritableCatalogProvider,
} from '../provider';
import { scopeOf } from '../provider';
import type { ProviderSnapshot } from '../snapshot';
import type { StateChange } from '../catalog-state';

export interface MemoryProviderOptions {
  /** DDL against a read-only provider fails with `catalog-read-only`. */
  readonly readOnly?: boolean;
  readonly canCreateCatalogs?: boolean;
}

export class MemoryCatalogProvider implements WritableCatalogProvider {
  private readonly state = new CatalogState();
  private readonly changes = new Emitter<CatalogChange>();
  readonly onDidChange = this.changes.event;
  readonly canCreateCatalogs: boolean;
  readonly readOnly: boolean;

  constructor(
    readonly id: string,
    definitions: readonly CatalogDefinition[] = [],
    options: MemoryProviderOptions = {},
  ) {
    loadDefinitions(this.state, definitions);
    this.readOnly = options.readOnly ?? false;
    this.canCreateCatalogs = !this.readOnly && (options.canCreateCatalogs ?? true);
  }

  snapshot(): ProviderSnapshot {
    return this.state.snapshot(this.id);
  }

  async refresh(_scope?: CatalogScope): Promise<ProviderSnapshot> {
    return this.snapshot();
  }

  invalidate(_scope?: CatalogScope): void {
    // Nothing is cached: memory is the source.
  }

  async lookup(path: ObjectPath): Promise<CatalogObject | undefined> {
    return this.state.object(path);
  }

  private apply(scope: CatalogScope | undefined, mutate: () => StateChange[]): Promise<void> {
    if (this.readOnly) {
      const name = scope?.catalog ?? this.id;
      return Promise.reject(new CatalogError('catalog-read-only', `Catalog '${name}' is read-only.`));
    }
    try {
      const changed = mutate();
      if (changed.length > 0) this.changes.fire({ provider: this.id, ...(scope ? { scope } : {}) });
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }

  createCatalog(info: CatalogInfo, options?: CreateOptions): Promise<void> {
    if (!this.canCreateCatalogs && !this.readOnly) {
      return Promise.reject(new CatalogError('catalog-read-only', `Provider '${this.id}' cannot create catalogs.`));
    }
    return this.apply({ catalog: info.name }, () => this.state.createCatalog(info, { ...options, withDefaultDatabase: true }));
  }
  dropCatalog(name: string, options?: DropOptions): Promise<void> {
    return this.apply({ catalog: name }, () => this.state.dropCatalog(name, options));
  }
  createDatabase(catalog: string, info: DatabaseInfo, options?: CreateOptions): Promise<void> {
    return this.apply({ catalog, database: info.name }, () => this.state.createDatabase(catalog, info, options));
  }
  alterDatabase(catalog: string, info: DatabaseInfo): Promise<void> {
    return this.apply({ catalog, database: info.name }, () => this.state.alterDatabase(catalog, info));
  }
  dropDatabase(catalog: string, name: string, options?: DropOptions): Promise<void> {
    return this.apply({ catalog, database: name }, () => this.state.dropDatabase(catalog, name, options));
  }
  createObject(path: ObjectPath, object: CatalogObject, options?: CreateOptions): Promise<void> {
    return this.apply(scopeOf(path), () => this.state.createObject(path, object, options));
  }
  alterObject(path: ObjectPath, object: CatalogObject): Promise<void> {
    return this.apply(scopeOf(path), () => this.state.alterObject(path, object));
  }
  renameObject(path: ObjectPath, newName: string): Promise<void> {
    return this.apply(scopeOf(path), () => this.state.renameObject(path, newName));
  }
  dropObject(path: ObjectPath, kind: CatalogObject['kind'], options?: DropOptions): Promise<void> {
    return this.apply(scopeOf(path), () => this.state.dropObject(path, kind, options));
  }
  createFunction(catalog: string, database: string, fn: CatalogFunction, options?: CreateOptions): Promise<void> {
    return this.apply({ catalog, database }, () => this.state.createFunction(catalog, database, fn, options));
  }
  dropFunction(catalog: string, database: string, name: string, options?: DropOptions): Promise<void> {
    return this.apply({ catalog, database }, () => this.state.dropFunction(catalog, database, name, options));
  }

  dispose(): void {
    this.changes.dispose();
  }
}
