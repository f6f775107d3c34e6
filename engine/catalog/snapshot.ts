/**
 * What a provider knows right now, synchronously: the data completion, hover and the
 * analyzer read without ever awaiting. Providers replace their snapshot wholesale when
 * something changes (snapshots are immutable), so a reader never sees a half-applied update.
 */
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo } from './model';
import type { CatalogStatus } from './status';

export interface DatabaseSnapshot {
  readonly info: DatabaseInfo;
  readonly status: CatalogStatus;
  /** Tables and views whose definitions are known. */
  readonly objects: ReadonlyMap<string, CatalogObject>;
  /**
   * Names that are listed but whose definitions are not known: still loading, or failed to
   * load (a Kafka topic whose schema could not be fetched, a corrupt file in the local store).
   */
  readonly pending: ReadonlyMap<string, CatalogStatus>;
  readonly functions: ReadonlyMap<string, CatalogFunction>;
}

export interface CatalogSnapshot {
  readonly info: CatalogInfo;
  /** The id of the provider that serves it. */
  readonly provider: string;
  readonly status: CatalogStatus;
  readonly databases: ReadonlyMap<string, DatabaseSnapshot>;
}

export interface ProviderSnapshot {
  readonly catalogs: ReadonlyMap<string, CatalogSnapshot>;
}

export const EMPTY_SNAPSHOT: ProviderSnapshot = { catalogs: new Map() };

export function databaseSnapshot(
  info: DatabaseInfo,
  status: CatalogStatus,
  objects: Iterable<CatalogObject>,
  functions: Iterable<CatalogFunction> = [],
  pending: Iterable<readonly [string, CatalogStatus]> = [],
): DatabaseSnapshot {
  return {
    info,
    status,
    objects: new Map([...objects].map((o) => [o.name, o] as const)),
    pending: new Map(pending),
    functions: new Map([...functions].map((f) => [f.name, f] as const)),
  };
}

export function catalogSnapshot(
  info: CatalogInfo,
  provider: string,
  status: CatalogStatus,
  databases: Iterable<DatabaseSnapshot>,
): CatalogSnapshot {
  return { info, provider, status, databases: new Map([...databases].map((d) => [d.info.name, d] as const)) };
}

export function providerSnapshot(catalogs: Iterable<CatalogSnapshot>): ProviderSnapshot {
  return { catalogs: new Map([...catalogs].map((c) => [c.info.name, c] as const)) };
}
