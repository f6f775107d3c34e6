/**
 * Name resolution over a (merged) snapshot, with Flink's identifier rules:
 *
 * - `t` is `current.catalog`.`current.database`.`t`; `d.t` is `current.catalog`.`d`.`t`;
 *   `c.d.t` is fully qualified; anything longer is an error.
 * - Identifiers are compared case-sensitively, as Flink does. Suggestions are found
 *   case-insensitively, and a name that differs only in case is always suggested first.
 * - A name that is not found in a catalog that is loading or unavailable is reported as
 *   unresolvable (with the catalog's status), not as unknown: the object may well exist.
 *
 * Resolution never throws and never awaits; errors carry the index of the offending part
 * (so the analyzer can put the diagnostic on it), every candidate at that position (for code
 * actions and completion) and the closest suggestions.
 */
import { suggest } from '../text/did-you-mean';
import type { CatalogFunction, CatalogObject, ObjectPath } from './model';
import { formatPath, quoteIdentifierIfNeeded } from './model';
import type { CatalogSnapshot, DatabaseSnapshot, ProviderSnapshot } from './snapshot';
import type { CatalogStatus } from './status';
import { describeStatus } from './status';

/** The current catalog and database (`USE CATALOG c`, `USE d`). */
export interface CurrentContext {
  readonly catalog: string;
  readonly database: string;
}

export type ResolutionErrorKind = 'invalid-path' | 'unknown-catalog' | 'unknown-database' | 'unknown-object' | 'unavailable';

export interface ResolutionError {
  readonly kind: ResolutionErrorKind;
  /**
   * Which part of the written name is at fault (0-based); -1 when it is the implicit current
   * catalog or database (the name had fewer parts).
   */
  readonly part: number;
  /** The name that was not found. */
  readonly name: string;
  /** A Flink-like message, with did-you-mean when something is close. */
  readonly message: string;
  /** Every name that would have been valid at that position. */
  readonly candidates: readonly string[];
  /** The closest candidates, best first. */
  readonly suggestions: readonly string[];
  /** For `unavailable`: the status of the catalog, database or object that could not be read. */
  readonly status?: CatalogStatus;
}

export type Resolution<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ResolutionError };

export interface ResolvedObject {
  readonly path: ObjectPath;
  readonly object: CatalogObject;
  /** The status of the database it came from: a stale definition is still returned, marked. */
  readonly status: CatalogStatus;
}

export interface ResolvedDatabase {
  readonly catalog: CatalogSnapshot;
  readonly database: DatabaseSnapshot;
}

/** Case-insensitive alphabetical order, ties broken by code units: the order listings use. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

export function sortedNames(names: Iterable<string>): string[] {
  const keyed = [...names].map((n) => ({ n, k: n.toLowerCase() }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  return keyed.map((e) => e.n);
}

/** Snapshots are immutable, so their sorted name lists are computed once. */
const sortedCache = new WeakMap<object, readonly string[]>();

function cachedSorted(owner: object, names: () => Iterable<string>): readonly string[] {
  let sorted = sortedCache.get(owner);
  if (!sorted) sortedCache.set(owner, (sorted = Object.freeze(sortedNames(names()))));
  return sorted;
}

/** Catalog names of a view, in listing order. */
export function catalogNames(view: ProviderSnapshot): readonly string[] {
  return cachedSorted(view, () => view.catalogs.keys());
}

/** Database names of a catalog, in listing order. */
export function databaseNames(catalog: CatalogSnapshot): readonly string[] {
  return cachedSorted(catalog, () => catalog.databases.keys());
}

/** Names of the tables and views of a database (known and pending), in listing order. */
export function objectNames(database: DatabaseSnapshot): readonly string[] {
  return cachedSorted(database, () => new Set([...database.objects.keys(), ...database.pending.keys()]));
}

/** Names differing only in case first, then did-you-mean by edit distance. */
export function suggestionsFor(name: string, candidates: readonly string[], limit = 3): string[] {
  const lower = name.toLowerCase();
  const sameCase = candidates.filter((c) => c.length === name.length && c !== name && c.toLowerCase() === lower);
  const close = suggest(name, candidates, limit);
  return [...sameCase, ...close.filter((c) => !sameCase.includes(c))].slice(0, limit);
}

function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return `, did you mean ${suggestions
    .slice(0, 2)
    .map((s) => `'${s}'`)
    .join(' or ')}?`;
}

function fail(
  kind: ResolutionErrorKind,
  part: number,
  name: string,
  message: string,
  candidates: readonly string[] = [],
  suggestions: readonly string[] = [],
  status?: CatalogStatus,
): { ok: false; error: ResolutionError } {
  return { ok: false, error: { kind, part, name, message, candidates, suggestions, ...(status ? { status } : {}) } };
}

function notReady(status: CatalogStatus): boolean {
  return status.state !== 'ready';
}

export function resolveCatalog(view: ProviderSnapshot, name: string, part = 0): Resolution<CatalogSnapshot> {
  const catalog = view.catalogs.get(name);
  if (catalog) return { ok: true, value: catalog };
  const candidates = catalogNames(view);
  const suggestions = suggestionsFor(name, candidates);
  const prefix = part < 0 ? 'The current catalog' : 'Catalog';
  return fail('unknown-catalog', part, name, `${prefix} '${name}' does not exist${didYouMean(suggestions)}`, candidates, suggestions);
}

/** `d` (in the current catalog) or `c.d`. */
export function resolveDatabase(
  view: ProviderSnapshot,
  parts: readonly string[],
  current: CurrentContext,
): Resolution<ResolvedDatabase> {
  if (parts.length < 1 || parts.length > 2) {
    return fail('invalid-path', 0, parts.join('.'), `A database name has one or two parts, got ${parts.length}: ${formatPath(parts)}`);
  }
  const catalogName = parts.length === 2 ? parts[0] : current.catalog;
  const catalogPart = parts.length === 2 ? 0 : -1;
  const c = resolveCatalog(view, catalogName, catalogPart);
  if (!c.ok) return c;
  return databaseIn(c.value, parts[parts.length - 1], parts.length - 1, false);
}

function databaseIn(
  catalog: CatalogSnapshot,
  name: string,
  part: number,
  implicit: boolean,
): Resolution<ResolvedDatabase> {
  const database = catalog.databases.get(name);
  if (database) return { ok: true, value: { catalog, database } };
  const candidates = databaseNames(catalog);
  const where = quoteIdentifierIfNeeded(catalog.info.name);
  if (notReady(catalog.status)) {
    return fail(
      'unavailable',
      part,
      name,
      `Database '${name}' cannot be resolved: catalog ${where} is ${describeStatus(catalog.status)}`,
      candidates,
      [],
      catalog.status,
    );
  }
  const suggestions = suggestionsFor(name, candidates);
  const prefix = implicit ? 'The current database' : 'Database';
  return fail(
    'unknown-database',
    part,
    name,
    `${prefix} '${name}' does not exist in catalog ${where}${didYouMean(suggestions)}`,
    candidates,
    suggestions,
  );
}

/** Fills a 1-, 2- or 3-part name up to a full path with the current catalog and database. */
export function qualify(parts: readonly string[], current: CurrentContext): ObjectPath | undefined {
  switch (parts.length) {
    case 1:
      return { catalog: current.catalog, database: current.database, name: parts[0] };
    case 2:
      return { catalog: current.catalog, database: parts[0], name: parts[1] };
    case 3:
      return { catalog: parts[0], database: parts[1], name: parts[2] };
    default:
      return undefined;
  }
}

/** A table or view by its written name. */
export function resolveObject(
  view: ProviderSnapshot,
  parts: readonly string[],
  current: CurrentContext,
): Resolution<ResolvedObject> {
  const path = qualify(parts, current);
  if (parts.length === 0) return fail('invalid-path', -1, '', 'A table name must not be empty');
  if (!path) {
    return fail(
      'invalid-path',
      Math.min(3, parts.length - 1),
      parts.join('.'),
      `A table name has at most three parts (catalog.database.table), got ${parts.length}: ${formatPath(parts)}`,
    );
  }
  const catalogPart = parts.length === 3 ? 0 : -1;
  const databasePart = parts.length === 1 ? -1 : parts.length - 2;
  const namePart = parts.length - 1;
  const c = resolveCatalog(view, path.catalog, catalogPart);
  if (!c.ok) return c;
  const d = databaseIn(c.value, path.database, databasePart, databasePart < 0);
  if (!d.ok) return d;
  const db = d.value.database;
  const object = db.objects.get(path.name);
  if (object) return { ok: true, value: { path, object, status: db.status } };
  const where = `${formatPath([path.catalog, path.database])}`;
  const pendingStatus = db.pending.get(path.name);
  const candidates = objectNames(db);
  if (pendingStatus) {
    const why = pendingStatus.state === 'unavailable' ? `unavailable: ${pendingStatus.reason}` : 'still loading';
    return fail('unavailable', namePart, path.name, `Table '${path.name}' in ${where} is ${why}`, candidates, [], pendingStatus);
  }
  if (notReady(db.status)) {
    return fail(
      'unavailable',
      namePart,
      path.name,
      `Table '${path.name}' cannot be resolved: ${where} is ${describeStatus(db.status)}`,
      candidates,
      [],
      db.status,
    );
  }
  const suggestions = suggestionsFor(path.name, candidates);
  return fail(
    'unknown-object',
    namePart,
    path.name,
    `Object '${path.name}' not found within '${path.catalog}.${path.database}'${didYouMean(suggestions)}`,
    candidates,
    suggestions,
  );
}

/** A user-defined function by its written name (built-in functions are the type table's). */
export function resolveFunction(
  view: ProviderSnapshot,
  parts: readonly string[],
  current: CurrentContext,
): CatalogFunction | undefined {
  const path = qualify(parts, current);
  if (!path) return undefined;
  return view.catalogs.get(path.catalog)?.databases.get(path.database)?.functions.get(path.name);
}
