/**
 * The provider contract. A provider serves one or more catalogs from some source (built-in
 * definitions, the local store on disk, workspace DDL, a Kafka cluster with its Schema
 * Registry). Sources may be remote, slow or failing, so the contract is split in two:
 *
 * - `snapshot()` is synchronous and always answers with what is known now (possibly stale,
 *   possibly empty while loading, with a status per catalog/database saying which). Completion,
 *   hover and the analyzer read only this; they never await a provider.
 * - `refresh()` and `lookup()` are asynchronous: the engine awaits them before running a
 *   statement, and the language server fires them in the background. They never reject:
 *   failures land in the snapshot's status ("unavailable" with the reason) and the last good
 *   data stays.
 *
 * Every change to the snapshot fires `onDidChange`, so the manager can drop its merged view
 * and the language server can re-validate open files.
 */
import type { Disposable, Listener } from './events';
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo, ObjectPath } from './model';
import type { ProviderSnapshot } from './snapshot';

/** A catalog, or one database in it. */
export interface CatalogScope {
  readonly catalog: string;
  readonly database?: string;
}

export interface CatalogChange {
  readonly provider: string;
  /** What changed; absent means anything may have. */
  readonly scope?: CatalogScope;
}

export interface CatalogProvider {
  /** Unique among registered providers: `examples`, `local`, `workspace`, `kafka:prod`. */
  readonly id: string;
  /**
   * Set by providers whose objects are declarations (DDL in workspace files), not objects
   * that exist: DDL is never routed to them.
   */
  readonly declaredOnly?: boolean;
  /** What is known now. Never blocks, never throws. */
  snapshot(): ProviderSnapshot;
  /** Re-reads the source (all of it, or one catalog/database); resolves with the new snapshot. */
  refresh(scope?: CatalogScope): Promise<ProviderSnapshot>;
  /** Marks cached definitions in scope stale (after DDL ran elsewhere); the next refresh or lookup re-fetches. */
  invalidate(scope?: CatalogScope): void;
  /** The definition of one object, fetched if the snapshot does not hold a fresh one. */
  lookup(path: ObjectPath): Promise<CatalogObject | undefined>;
  readonly onDidChange: (listener: Listener<CatalogChange>) => Disposable;
  dispose(): void;
}

export interface CreateOptions {
  /** `IF NOT EXISTS`: an existing object is left alone instead of failing. */
  readonly ignoreIfExists?: boolean;
  /** `CREATE OR REPLACE`: an existing object (of the same kind) is replaced. */
  readonly replace?: boolean;
}

export interface DropOptions {
  /** `IF EXISTS`. */
  readonly ifExists?: boolean;
  /** `CASCADE` (databases and catalogs): drop what they contain too; otherwise they must be empty. */
  readonly cascade?: boolean;
}

/**
 * A provider the engine can run DDL against: the local store, the in-memory provider, and
 * later the Kafka provider (CREATE TABLE creates a topic and subjects). Methods reject with
 * a CatalogError carrying a Flink-like message.
 */
export interface WritableCatalogProvider extends CatalogProvider {
  /** A read-only provider rejects all DDL (the built-in examples). */
  readonly readOnly: boolean;
  /** Whether `CREATE CATALOG` may add catalogs to this provider. */
  readonly canCreateCatalogs: boolean;
  createCatalog(info: CatalogInfo, options?: CreateOptions): Promise<void>;
  dropCatalog(name: string, options?: DropOptions): Promise<void>;
  createDatabase(catalog: string, info: DatabaseInfo, options?: CreateOptions): Promise<void>;
  alterDatabase(catalog: string, info: DatabaseInfo): Promise<void>;
  dropDatabase(catalog: string, name: string, options?: DropOptions): Promise<void>;
  /** Creates a table or a view (one namespace). */
  createObject(path: ObjectPath, object: CatalogObject, options?: CreateOptions): Promise<void>;
  /** Replaces an existing object's definition (`ALTER TABLE ...`, `ALTER VIEW ... AS`). */
  alterObject(path: ObjectPath, object: CatalogObject): Promise<void>;
  renameObject(path: ObjectPath, newName: string): Promise<void>;
  /** Drops a table (`kind` = 'table') or a view; dropping the other kind is an error. */
  dropObject(path: ObjectPath, kind: CatalogObject['kind'], options?: DropOptions): Promise<void>;
  createFunction(catalog: string, database: string, fn: CatalogFunction, options?: CreateOptions): Promise<void>;
  dropFunction(catalog: string, database: string, name: string, options?: DropOptions): Promise<void>;
}

export function isWritable(p: CatalogProvider): p is WritableCatalogProvider {
  const w = p as Partial<WritableCatalogProvider>;
  return typeof w.createObject === 'function' && w.readOnly !== true;
}

/** The database scope an object lives in. */
export function scopeOf(path: ObjectPath): CatalogScope {
  return { catalog: path.catalog, database: path.database };
}
