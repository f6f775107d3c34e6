/**
 * Listings for completion: what may follow an already-typed qualifier (`` → tables of the
 * current database, then databases of the current catalog, then catalogs; `c.` → databases
 * of c; `d.` → tables of d in the current catalog; `c.d.` → tables of c.d). Within a group
 * names are in case-insensitive alphabetical order; the language server ranks groups by scope.
 * A qualifier part that does not match exactly falls back to a case-insensitive match, so
 * `Examples.` still lists something useful.
 */
import type { CatalogFunction, CatalogObject } from './model';
import { quoteIdentifierIfNeeded } from './model';
import type { CurrentContext } from './resolve';
import { catalogNames, compareNames, databaseNames, objectNames } from './resolve';
import type { CatalogSnapshot, DatabaseSnapshot, ProviderSnapshot } from './snapshot';
import type { CatalogStatus } from './status';

export type CandidateKind = 'table' | 'view' | 'database' | 'catalog';

export interface CatalogCandidate {
  readonly kind: CandidateKind;
  /** The name to insert (unquoted; `insertText` holds the quoted form). */
  readonly label: string;
  readonly insertText: string;
  /** The full path of the candidate. */
  readonly path: readonly string[];
  /** The object, when the candidate is a table or view whose definition is known. */
  readonly object?: CatalogObject;
  /** Set when the candidate's definition is loading or unavailable. */
  readonly status?: CatalogStatus;
}

function lookup<V>(map: ReadonlyMap<string, V>, name: string): V | undefined {
  const exact = map.get(name);
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const [k, v] of map) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function candidate(kind: CandidateKind, path: readonly string[], extra: Partial<CatalogCandidate> = {}): CatalogCandidate {
  const label = path[path.length - 1];
  return { kind, label, insertText: quoteIdentifierIfNeeded(label), path, ...extra };
}

export function listCatalogs(view: ProviderSnapshot): CatalogSnapshot[] {
  return catalogNames(view).map((n) => view.catalogs.get(n)!);
}

export function listDatabases(catalog: CatalogSnapshot): DatabaseSnapshot[] {
  return databaseNames(catalog).map((n) => catalog.databases.get(n)!);
}

/** Snapshots are immutable, so candidate lists are built once per snapshot object. */
const cache = new WeakMap<object, readonly CatalogCandidate[]>();

function cached(owner: object, build: () => CatalogCandidate[]): readonly CatalogCandidate[] {
  let list = cache.get(owner);
  if (!list) cache.set(owner, (list = Object.freeze(build())));
  return list;
}

/** Tables and views of a database, then names still loading or unavailable, each alphabetical. */
export function objectCandidates(catalog: CatalogSnapshot, database: DatabaseSnapshot): readonly CatalogCandidate[] {
  return cached(database, () => {
    const base = [catalog.info.name, database.info.name];
    const known: CatalogCandidate[] = [];
    const pending: CatalogCandidate[] = [];
    for (const name of objectNames(database)) {
      const o = database.objects.get(name);
      if (o) known.push(candidate(o.kind, [...base, name], { object: o }));
      else pending.push(candidate('table', [...base, name], { status: database.pending.get(name)! }));
    }
    return [...known, ...pending];
  });
}

function databaseCandidates(catalog: CatalogSnapshot): readonly CatalogCandidate[] {
  return cached(catalog, () =>
    listDatabases(catalog).map((d) =>
      candidate('database', [catalog.info.name, d.info.name], d.status.state === 'ready' ? {} : { status: d.status }),
    ),
  );
}

function catalogCandidates(view: ProviderSnapshot): readonly CatalogCandidate[] {
  return cached(view, () =>
    listCatalogs(view).map((c) => candidate('catalog', [c.info.name], c.status.state === 'ready' ? {} : { status: c.status })),
  );
}

/** What can be written after `qualifier.` (or at the start of a table name when it is empty). */
export function tableNameCandidates(
  view: ProviderSnapshot,
  qualifier: readonly string[],
  current: CurrentContext,
): CatalogCandidate[] {
  const currentCatalog = view.catalogs.get(current.catalog);
  switch (qualifier.length) {
    case 0: {
      const currentDb = currentCatalog?.databases.get(current.database);
      return [
        ...(currentCatalog && currentDb ? objectCandidates(currentCatalog, currentDb) : []),
        ...(currentCatalog ? databaseCandidates(currentCatalog) : []),
        ...catalogCandidates(view),
      ];
    }
    case 1: {
      const out: CatalogCandidate[] = [];
      const asDatabase = currentCatalog && lookup(currentCatalog.databases, qualifier[0]);
      if (currentCatalog && asDatabase) out.push(...objectCandidates(currentCatalog, asDatabase));
      const asCatalog = lookup(view.catalogs, qualifier[0]);
      if (asCatalog) out.push(...databaseCandidates(asCatalog));
      return out;
    }
    case 2: {
      const c = lookup(view.catalogs, qualifier[0]);
      const d = c && lookup(c.databases, qualifier[1]);
      return c && d ? [...objectCandidates(c, d)] : [];
    }
    default:
      return [];
  }
}

/** The shortest name that resolves to `path` from `current` (what completion and quick fixes insert). */
export function shortestName(path: readonly [string, string, string], current: CurrentContext): string[] {
  const [catalog, database, name] = path;
  if (catalog === current.catalog && database === current.database) return [name];
  if (catalog === current.catalog) return [database, name];
  return [catalog, database, name];
}

export interface FunctionCandidate {
  readonly label: string;
  readonly insertText: string;
  readonly path: readonly [string, string, string];
  readonly fn: CatalogFunction;
}

/** User-defined functions after a typed qualifier (`` → current database, `d.`, `c.d.`), alphabetical. */
export function functionCandidates(
  view: ProviderSnapshot,
  qualifier: readonly string[],
  current: CurrentContext,
): FunctionCandidate[] {
  let catalog: CatalogSnapshot | undefined;
  let database: DatabaseSnapshot | undefined;
  if (qualifier.length === 0) {
    catalog = view.catalogs.get(current.catalog);
    database = catalog?.databases.get(current.database);
  } else if (qualifier.length === 1) {
    catalog = view.catalogs.get(current.catalog);
    database = catalog && lookup(catalog.databases, qualifier[0]);
  } else if (qualifier.length === 2) {
    catalog = lookup(view.catalogs, qualifier[0]);
    database = catalog && lookup(catalog.databases, qualifier[1]);
  }
  if (!catalog || !database) return [];
  const c = catalog.info.name;
  const d = database.info.name;
  return [...database.functions.values()]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((fn) => ({ label: fn.name, insertText: quoteIdentifierIfNeeded(fn.name), path: [c, d, fn.name] as const, fn }));
}
