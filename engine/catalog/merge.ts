/**
 * Merging provider snapshots into one view. Providers are consulted in registration order
 * and the first one that knows a name wins: a catalog, database, table or function served by
 * an earlier provider hides a later provider's object of the same name. Register the real
 * sources (examples, local, Kafka) before the workspace provider, so a table that was created
 * hides its "declared, not yet created" twin from a workspace file.
 */
import type { CatalogFunction, CatalogObject } from './model';
import type { CatalogSnapshot, DatabaseSnapshot, ProviderSnapshot } from './snapshot';
import type { CatalogStatus } from './status';

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
