/** DROP TABLE / VIEW / DATABASE / CATALOG / FUNCTION, with IF EXISTS, CASCADE and TEMPORARY. */
import type { Drop } from '../../sql';
import { CatalogError } from '../errors';
import { formatPath } from '../model';
import type { CatalogResult, CatalogSession } from './session';

export async function executeDrop(session: CatalogSession, stmt: Drop): Promise<CatalogResult | undefined> {
  const parts = stmt.name.parts.map((p) => p.value);
  const cascade = stmt.behavior === 'CASCADE';
  switch (stmt.objectKind) {
    case 'TABLE':
    case 'VIEW': {
      const kind = stmt.objectKind === 'TABLE' ? 'table' : 'view';
      const path = session.qualify(parts);
      const temporary = session.temporaryObject(path);
      if (stmt.temporary) {
        if (!temporary || temporary.kind !== kind) {
          if (stmt.ifExists) return { kind: 'done', message: `Temporary ${kind} ${formatPath(path)} does not exist.` };
          throw new CatalogError('object-not-found', `Temporary ${kind} with identifier '${formatPath(path)}' does not exist.`);
        }
        session.dropTemporary(path);
        return { kind: 'done', message: `Temporary ${kind} ${formatPath(path)} dropped.` };
      }
      if (temporary) {
        throw new CatalogError(
          'wrong-kind',
          `Temporary ${temporary.kind} with identifier '${formatPath(path)}' exists. Drop it first before removing the permanent ${kind}.`,
        );
      }
      if (stmt.ifExists && !session.manager.view().catalogs.get(path.catalog)?.databases.get(path.database)?.objects.has(path.name)) {
        return { kind: 'done', message: `${kind === 'table' ? 'Table' : 'View'} ${formatPath(path)} does not exist.` };
      }
      await session.manager.writerFor(path.catalog).dropObject(path, kind, { ifExists: stmt.ifExists });
      return { kind: 'done', message: `${kind === 'table' ? 'Table' : 'View'} ${formatPath(path)} dropped.` };
    }
    case 'DATABASE': {
      if (parts.length > 2) throw new CatalogError('invalid-name', `A database name has at most two parts: ${formatPath(parts)}`);
      const catalog = parts.length === 2 ? parts[0] : session.context.catalog;
      const database = parts[parts.length - 1];
      if (catalog === session.context.catalog && database === session.context.database) {
        throw new CatalogError('database-not-empty', `Cannot drop a database which is currently in use.`);
      }
      if (stmt.ifExists && !session.manager.view().catalogs.get(catalog)?.databases.has(database)) {
        return { kind: 'done', message: `Database ${formatPath([catalog, database])} does not exist.` };
      }
      await session.manager.writerFor(catalog).dropDatabase(catalog, database, { ifExists: stmt.ifExists, cascade });
      return { kind: 'done', message: `Database ${formatPath([catalog, database])} dropped.` };
    }
    case 'CATALOG': {
      const name = parts[0];
      if (name === session.context.catalog) throw new CatalogError('catalog-not-empty', `Cannot drop a catalog which is currently in use.`);
      if (!session.manager.view().catalogs.has(name)) {
        if (stmt.ifExists) return { kind: 'done', message: `Catalog ${formatPath([name])} does not exist.` };
        throw new CatalogError('catalog-not-found', `Catalog ${formatPath([name])} does not exist.`);
      }
      // Dropping a catalog unregisters it and everything in it, as in Flink.
      await session.manager.writerFor(name).dropCatalog(name, { cascade: true });
      return { kind: 'done', message: `Catalog ${formatPath([name])} dropped.` };
    }
    case 'FUNCTION': {
      if (stmt.temporary) throw new CatalogError('unsupported', 'Temporary functions are not supported.');
      const path = session.qualify(parts);
      await session.manager.writerFor(path.catalog).dropFunction(path.catalog, path.database, path.name, { ifExists: stmt.ifExists });
      return { kind: 'done', message: `Function ${formatPath(path)} dropped.` };
    }
    default:
      return undefined;
  }
}
