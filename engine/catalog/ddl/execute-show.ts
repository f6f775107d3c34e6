/**
 * SHOW CATALOGS / DATABASES / TABLES / VIEWS / FUNCTIONS / COLUMNS / CREATE TABLE|VIEW /
 * CURRENT CATALOG|DATABASE, and DESCRIBE: rows in Flink's column names and order (names sorted
 * as listings are). `SHOW FUNCTIONS` lists the catalog's user-defined functions (the built-in
 * ones live in the type table).
 */
import type { Describe, LikePattern, Show } from '../../sql';
import { describeColumns, showCreate } from '../describe';
import { CatalogError } from '../errors';
import { formatPath } from '../model';
import { sortedNames } from '../resolve';
import type { CatalogResult, CatalogSession } from './session';

/** SQL LIKE (`%`, `_`, `\` escapes) as a RegExp; ILIKE ignores case. */
function likeMatcher(like: LikePattern | undefined): (name: string) => boolean {
  if (!like) return () => true;
  let source = '';
  for (let i = 0; i < like.pattern.length; i++) {
    const ch = like.pattern[i];
    if (ch === '\\' && i + 1 < like.pattern.length) source += like.pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const re = new RegExp(`^${source}$`, like.ilike ? 'i' : '');
  return (name) => re.test(name) !== like.negated;
}

function list(column: string, names: Iterable<string>, like: LikePattern | undefined): CatalogResult {
  const match = likeMatcher(like);
  return { kind: 'rows', columns: [column], rows: sortedNames(names).filter(match).map((n) => [n]) };
}

function databaseOf(session: CatalogSession, parts: readonly string[] | undefined) {
  const catalogName = parts && parts.length === 2 ? parts[0] : session.context.catalog;
  const databaseName = parts ? parts[parts.length - 1] : session.context.database;
  const catalog = session.view().catalogs.get(catalogName);
  if (!catalog) throw new CatalogError('catalog-not-found', `Catalog ${formatPath([catalogName])} does not exist.`);
  const database = catalog.databases.get(databaseName);
  if (!database) throw new CatalogError('database-not-found', `Database ${formatPath([catalogName, databaseName])} does not exist.`);
  return database;
}

function objectOf(session: CatalogSession, parts: readonly string[]) {
  const r = session.resolveTable(parts);
  if (!r.ok) throw new CatalogError('object-not-found', r.error.message);
  return r.value;
}

function describe(session: CatalogSession, parts: readonly string[]): CatalogResult {
  const { object } = objectOf(session, parts);
  return {
    kind: 'rows',
    columns: ['name', 'type', 'null', 'key', 'extras', 'watermark'],
    rows: describeColumns(object).map((r) => [r.name, r.type, r.null, r.key, r.extras, r.watermark]),
  };
}

export function executeShow(session: CatalogSession, stmt: Show | Describe): CatalogResult | undefined {
  if (stmt.kind === 'describe') {
    if (!stmt.name || (stmt.objectKind && stmt.objectKind !== 'TABLE' && stmt.objectKind !== 'VIEW')) return undefined;
    return describe(session, stmt.name.parts.map((p) => p.value));
  }
  const target = stmt.target?.parts.map((p) => p.value);
  switch (stmt.what) {
    case 'CATALOGS':
      return list('catalog name', session.view().catalogs.keys(), stmt.like);
    case 'DATABASES': {
      const name = target?.[0] ?? session.context.catalog;
      const catalog = session.view().catalogs.get(name);
      if (!catalog) throw new CatalogError('catalog-not-found', `Catalog ${formatPath([name])} does not exist.`);
      return list('database name', catalog.databases.keys(), stmt.like);
    }
    case 'TABLES':
      return list('table name', databaseOf(session, target).objects.keys(), stmt.like);
    case 'VIEWS': {
      const db = databaseOf(session, target);
      return list('view name', [...db.objects.values()].filter((o) => o.kind === 'view').map((o) => o.name), stmt.like);
    }
    case 'FUNCTIONS':
      return list('function name', databaseOf(session, target).functions.keys(), stmt.like);
    case 'COLUMNS': {
      if (!target) return undefined;
      const rows = describe(session, target);
      const match = likeMatcher(stmt.like);
      return rows.kind === 'rows' ? { ...rows, rows: rows.rows.filter((r) => match(String(r[0]))) } : rows;
    }
    case 'CREATE TABLE':
    case 'CREATE VIEW': {
      if (!target) return undefined;
      const { path, object } = objectOf(session, target);
      const expected = stmt.what === 'CREATE TABLE' ? 'table' : 'view';
      if (object.kind !== expected) {
        throw new CatalogError('wrong-kind', `${formatPath(path)} is a ${object.kind}; use SHOW CREATE ${object.kind.toUpperCase()}.`);
      }
      return { kind: 'rows', columns: ['result'], rows: [[showCreate(path, object)]] };
    }
    case 'CURRENT CATALOG':
      return { kind: 'rows', columns: ['current catalog name'], rows: [[session.context.catalog]] };
    case 'CURRENT DATABASE':
      return { kind: 'rows', columns: ['current database name'], rows: [[session.context.database]] };
    default:
      return undefined;
  }
}
