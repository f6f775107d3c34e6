/**
 * The DDL of a writable provider whose catalogs live in a CatalogState: each statement becomes
 * its scope and a state mutation, and the provider's `change` decides how a mutation is applied
 * (memory: at once; the local store: queued, persisted, then announced).
 */
import { CatalogState, type StateChange } from '../catalog-state';
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo, ObjectPath } from '../model';
import { scopeOf, type CatalogScope, type CreateOptions, type DropOptions } from '../provider';

export abstract class StateDdlProvider {
  protected readonly state = new CatalogState();

  /** Applies `mutate` to the state; `scope` is what the change announcement names. */
  protected abstract change(scope: CatalogScope | undefined, mutate: () => StateChange[]): Promise<void>;

  createCatalog(info: CatalogInfo, options?: CreateOptions): Promise<void> {
    return this.change({ catalog: info.name }, () => this.state.createCatalog(info, { ...options, withDefaultDatabase: true }));
  }
  dropCatalog(name: string, options?: DropOptions): Promise<void> {
    return this.change({ catalog: name }, () => this.state.dropCatalog(name, options));
  }
  createDatabase(catalog: string, info: DatabaseInfo, options?: CreateOptions): Promise<void> {
    return this.change({ catalog, database: info.name }, () => this.state.createDatabase(catalog, info, options));
  }
  alterDatabase(catalog: string, info: DatabaseInfo): Promise<void> {
    return this.change({ catalog, database: info.name }, () => this.state.alterDatabase(catalog, info));
  }
  dropDatabase(catalog: string, name: string, options?: DropOptions): Promise<void> {
    return this.change({ catalog, database: name }, () => this.state.dropDatabase(catalog, name, options));
  }
  createObject(path: ObjectPath, object: CatalogObject, options?: CreateOptions): Promise<void> {
    return this.change(scopeOf(path), () => this.state.createObject(path, object, options));
  }
  alterObject(path: ObjectPath, object: CatalogObject): Promise<void> {
    return this.change(scopeOf(path), () => this.state.alterObject(path, object));
  }
  renameObject(path: ObjectPath, newName: string): Promise<void> {
    return this.change(scopeOf(path), () => this.state.renameObject(path, newName));
  }
  dropObject(path: ObjectPath, kind: CatalogObject['kind'], options?: DropOptions): Promise<void> {
    return this.change(scopeOf(path), () => this.state.dropObject(path, kind, options));
  }
  createFunction(catalog: string, database: string, fn: CatalogFunction, options?: CreateOptions): Promise<void> {
    return this.change({ catalog, database }, () => this.state.createFunction(catalog, database, fn, options));
  }
  dropFunction(catalog: string, database: string, name: string, options?: DropOptions): Promise<void> {
    return this.change({ catalog, database }, () => this.state.dropFunction(catalog, database, name, options));
  }
}
