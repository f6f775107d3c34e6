/** `USE CATALOG c`, `USE d`, `USE c.d`: checked against the catalogs, as Flink does. */
import type { UseCatalog, UseDatabase } from '../../sql';
import { CatalogError } from '../errors';
import type { CatalogResult, CatalogSession } from './session';

export function executeUse(session: CatalogSession, stmt: UseCatalog | UseDatabase): CatalogResult {
  const view = session.view();
  if (stmt.kind === 'useCatalog') {
    const name = stmt.name.value;
    const catalog = view.catalogs.get(name);
    if (!catalog) throw new CatalogError('catalog-not-found', `A catalog with name [${name}] does not exist.`);
    session.setContext({ catalog: name, database: catalog.info.defaultDatabase });
    return { kind: 'done', message: `Using catalog ${name}.` };
  }
  const parts = stmt.name.parts.map((p) => p.value);
  if (parts.length > 2) throw new CatalogError('invalid-name', `A database name has at most two parts: ${parts.join('.')}`);
  const catalogName = parts.length === 2 ? parts[0] : session.context.catalog;
  const database = parts[parts.length - 1];
  const catalog = view.catalogs.get(catalogName);
  if (!catalog) throw new CatalogError('catalog-not-found', `A catalog with name [${catalogName}] does not exist.`);
  if (!catalog.databases.has(database)) {
    throw new CatalogError('database-not-found', `A database with name [${database}] does not exist in the catalog: [${catalogName}].`);
  }
  session.setContext({ catalog: catalogName, database });
  return { kind: 'done', message: `Using database ${catalogName}.${database}.` };
}
