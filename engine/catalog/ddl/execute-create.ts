/** CREATE TABLE / VIEW / DATABASE / CATALOG / FUNCTION, permanent or temporary. */
import type { CreateCatalog, CreateDatabase, CreateFunction, CreateTable, CreateView } from '../../sql';
import { CatalogError } from '../errors';
import type { DdlProblem } from './from-ddl';
import { catalogFromDdl, databaseFromDdl, functionFromDdl, tableFromDdl, viewFromDdl } from './from-ddl';
import type { CatalogTable, CatalogViewDef, ObjectPath, Provenance } from '../model';
import { formatPath } from '../model';
import type { CatalogResult, CatalogSession } from './session';

const MEMORY: Provenance = { kind: 'memory' };

function failOnProblems(problems: readonly DdlProblem[]): void {
  if (problems.length > 0) throw new CatalogError('invalid-definition', problems.map((p) => p.message).join(' '));
}

export async function executeCreate(
  session: CatalogSession,
  stmt: CreateTable | CreateView | CreateDatabase | CreateCatalog | CreateFunction,
  text: string,
): Promise<CatalogResult> {
  const context = session.context;
  switch (stmt.kind) {
    case 'createTable': {
      const path = session.qualify(stmt.name.parts.map((p) => p.value));
      let likeSource: CatalogTable | undefined;
      if (stmt.like) {
        const r = session.resolveTable(stmt.like.source.parts.map((p) => p.value));
        if (!r.ok) throw new CatalogError('object-not-found', `Source table of LIKE: ${r.error.message}`);
        if (r.value.object.kind !== 'table') throw new CatalogError('wrong-kind', `Source of LIKE ${formatPath(r.value.path)} is a view, not a table.`);
        likeSource = r.value.object;
      }
      const queryColumns = session.hooks.queryColumns;
      const { value, problems } = tableFromDdl(stmt, text, path.name, {
        provenance: MEMORY,
        typeOfComputed: session.hooks.typeOfComputed,
        ...(queryColumns ? { queryColumns: (q) => queryColumns(q, context) } : {}),
        ...(likeSource ? { likeSource } : {}),
      });
      failOnProblems(problems);
      if (stmt.temporary) return createTemporary(session, path, value, stmt.ifNotExists, stmt.orReplace);
      await session.manager.writerFor(path.catalog).createObject(path, value, { ignoreIfExists: stmt.ifNotExists, replace: stmt.orReplace });
      return { kind: 'done', message: `Table ${formatPath(path)} created.` };
    }
    case 'createView': {
      const path = session.qualify(stmt.name.parts.map((p) => p.value));
      const { value, problems } = viewFromDdl(stmt, text, path.name, {
        provenance: MEMORY,
        queryColumns: (q) => session.hooks.queryColumns?.(q, context),
      });
      failOnProblems(problems);
      if (stmt.temporary) return createTemporary(session, path, value, stmt.ifNotExists, stmt.orReplace);
      await session.manager.writerFor(path.catalog).createObject(path, value, { ignoreIfExists: stmt.ifNotExists, replace: stmt.orReplace });
      return { kind: 'done', message: `View ${formatPath(path)} created.` };
    }
    case 'createDatabase': {
      const parts = stmt.name.parts.map((p) => p.value);
      if (parts.length > 2) throw new CatalogError('invalid-name', `A database name has at most two parts: ${formatPath(parts)}`);
      const catalog = parts.length === 2 ? parts[0] : context.catalog;
      await session.manager.writerFor(catalog).createDatabase(catalog, databaseFromDdl(stmt), { ignoreIfExists: stmt.ifNotExists });
      return { kind: 'done', message: `Database ${formatPath([catalog, parts[parts.length - 1]])} created.` };
    }
    case 'createCatalog': {
      const creator = session.manager.catalogCreator();
      if (!creator) throw new CatalogError('catalog-read-only', 'No catalog store accepts CREATE CATALOG here.');
      const info = catalogFromDdl(stmt);
      if (!stmt.ifNotExists && session.view().catalogs.has(info.name)) {
        throw new CatalogError('catalog-exists', `Catalog ${formatPath([info.name])} already exists.`);
      }
      await creator.createCatalog(info, { ignoreIfExists: stmt.ifNotExists });
      return { kind: 'done', message: `Catalog ${formatPath([info.name])} created.` };
    }
    case 'createFunction': {
      if (stmt.temporary) throw new CatalogError('unsupported', 'Temporary functions are not supported; create a catalog function.');
      const path = session.qualify(stmt.name.parts.map((p) => p.value));
      await session.manager
        .writerFor(path.catalog)
        .createFunction(path.catalog, path.database, functionFromDdl(stmt, path.name, MEMORY), {
          ignoreIfExists: stmt.ifNotExists,
          replace: stmt.orReplace,
        });
      return { kind: 'done', message: `Function ${formatPath(path)} created.` };
    }
  }
}

function createTemporary(
  session: CatalogSession,
  path: ObjectPath,
  object: CatalogTable | CatalogViewDef,
  ifNotExists: boolean,
  orReplace: boolean,
): CatalogResult {
  const what = object.kind === 'view' ? 'Temporary view' : 'Temporary table';
  const existing = session.temporaryObject(path);
  if (existing && !orReplace) {
    if (ifNotExists) return { kind: 'done', message: `${what} ${formatPath(path)} already exists.` };
    throw new CatalogError('object-exists', `Temporary table or view ${formatPath(path)} already exists.`);
  }
  const view = session.manager.view();
  const c = view.catalogs.get(path.catalog);
  if (!c) throw new CatalogError('catalog-not-found', `Catalog ${formatPath([path.catalog])} does not exist.`);
  if (!c.databases.has(path.database)) throw new CatalogError('database-not-found', `Database ${formatPath([path.catalog, path.database])} does not exist.`);
  session.putTemporary(path, object);
  return { kind: 'done', message: `${what} ${formatPath(path)} created.` };
}
