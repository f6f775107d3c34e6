/**
 * Merging provider snapshots into one view. Providers are consulted in registration order
 * and the first one that knows a name wins: a catalog, database, table or function served by
 * an earlier provider hides a later provider's object of the same name. Register the real
 * sources (examples, local, Kafka) before the workspace provider, so a table that was created
 * hides its "declared, not yet created" twin from a workspace file.
 */
import type { CatalogFunction, CatalogObject, ObjectPath } from './model';
import type { CatalogSnapshot, DatabaseSnapshot, ProviderSnapshot } from './snapshot';
import type { CatalogStatus } from './status';
import { ready } from './status';
import { LayeredMap } from './layered-map';

function mergeDatabase(first: DatabaseSnapshot, later: DatabaseSnapshot): DatabaseSnapshot {
  const objects = new Map<string, CatalogObject>(first.objects);
  for (const [name, o] of later.objects) if (!objects.has(name) && !first.pending.has(name)) objects.set(name, o);
  const pending = new Map<string, CatalogStatus>(first.pending);
  for (const [name, s] of later.pending) if (!objects.has(name) && !pending.has(name)) pending.set(name, s);
  const functions = new Map<string, CatalogFunction>(first.functions);
  for (const [name, f] of later.functions) if (!functions.has(name)) functions.set(name, f);
  return { info: first.info, status: first.status, objects, pending, functions };
}

function mergeCatalog(first: CatalogSnapshot, later: CatalogSnapshot): CatalogSnapshot {
  const databases = new Map(first.databases);
  for (const [name, d] of later.databases) {
    const existing = databases.get(name);
    databases.set(name, existing ? mergeDatabase(existing, d) : d);
  }
  return { ...first, databases };
}

export function mergeSnapshots(snapshots: readonly ProviderSnapshot[]): ProviderSnapshot {
  if (snapshots.length === 1) return snapshots[0];
  const catalogs = new Map<string, CatalogSnapshot>();
  for (const s of snapshots) {
    for (const [name, c] of s.catalogs) {
      const existing = catalogs.get(name);
      catalogs.set(name, existing ? mergeCatalog(existing, c) : c);
    }
  }
  return { catalogs };
}

/**
 * A view with session-scoped temporary tables and views (`CREATE TEMPORARY ...`) on top: they
 * shadow permanent objects of the same path, as in Flink. The base view is not changed; the
 * analyzer and the engine's session build one of these per file or session.
 */
export function withTemporaryObjects(
  base: ProviderSnapshot,
  temporary: readonly { readonly path: ObjectPath; readonly object: CatalogObject }[],
): ProviderSnapshot {
  if (temporary.length === 0) return base;
  const catalogs = new Map(base.catalogs);
  for (const { path, object } of temporary) {
    const c = catalogs.get(path.catalog) ?? {
      info: { name: path.catalog, defaultDatabase: path.database },
      provider: 'temporary',
      status: ready(),
      databases: new Map<string, DatabaseSnapshot>(),
    };
    const d = c.databases.get(path.database) ?? {
      info: { name: path.database },
      status: ready(),
      objects: new Map<string, CatalogObject>(),
      pending: new Map<string, CatalogStatus>(),
      functions: new Map<string, CatalogFunction>(),
    };
    // LayeredMap: a file lays hundreds of CREATEs one at a time; copying the map each time was O(n²)
    const objects = LayeredMap.withEntry(d.objects, path.name, { ...object, name: path.name });
    let pending = d.pending;
    if (pending.has(path.name)) {
      const rest = new Map(pending);
      rest.delete(path.name);
      pending = rest;
    }
    const databases = new Map(c.databases);
    databases.set(path.database, { ...d, objects, pending });
    catalogs.set(path.catalog, { ...c, databases });
  }
  return { catalogs };
}
