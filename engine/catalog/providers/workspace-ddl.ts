/**
 * What a workspace file declares: its CREATE TABLE / VIEW / DATABASE / CATALOG statements
 * turned into declarations for the workspace provider, each at the path it would create given
 * the statement's current catalog and database (file-context.ts). Temporary objects are
 * session state and are not declarations. The analyzer supplies what needs typing.
 */
import type { ParsedStatement, Query } from '../../sql';
import type { DdlProblem, TableFromDdlOptions } from '../ddl/from-ddl';
import { catalogFromDdl, databaseFromDdl, tableFromDdl, viewFromDdl } from '../ddl/from-ddl';
import type { CatalogTable, PhysicalColumn } from '../model';
import type { CurrentContext } from '../resolve';
import { qualify } from '../resolve';
import type { DeclaredCatalog, DeclaredDatabase, DeclaredObject, FileDeclarations } from './workspace';

export interface DeclarationHooks {
  readonly typeOfComputed: TableFromDdlOptions['typeOfComputed'];
  /** The columns a query produces in a context (views, CREATE TABLE AS). */
  readonly queryColumns?: (query: Query, context: CurrentContext) => readonly PhysicalColumn[] | undefined;
  /** The table a `LIKE` names, resolved in a context. */
  readonly resolveTable?: (parts: readonly string[], context: CurrentContext) => CatalogTable | undefined;
}

export function declarationsFromFile(
  uri: string,
  text: string,
  statements: readonly ParsedStatement[],
  contexts: readonly CurrentContext[],
  hooks: DeclarationHooks,
): { declarations: FileDeclarations; problems: DdlProblem[] } {
  const objects: DeclaredObject[] = [];
  const databases: DeclaredDatabase[] = [];
  const catalogs: DeclaredCatalog[] = [];
  const problems: DdlProblem[] = [];
  statements.forEach((s, i) => {
    const stmt = s.statement;
    const context = contexts[i];
    if (!stmt || !context) return;
    switch (stmt.kind) {
      case 'createTable': {
        if (stmt.temporary) return;
        const path = qualify(stmt.name.parts.map((p) => p.value), context);
        if (!path) return;
        const range = stmt.name.range;
        const likeSource = stmt.like ? hooks.resolveTable?.(stmt.like.source.parts.map((p) => p.value), context) : undefined;
        const queryColumns = hooks.queryColumns;
        const r = tableFromDdl(stmt, text, path.name, {
          provenance: { kind: 'workspace', uri, range },
          typeOfComputed: hooks.typeOfComputed,
          ...(queryColumns ? { queryColumns: (q: Query) => queryColumns(q, context) } : {}),
          ...(likeSource ? { likeSource } : {}),
        });
        problems.push(...r.problems);
        objects.push({ path, object: r.value, range });
        return;
      }
      case 'createView': {
        if (stmt.temporary) return;
        const path = qualify(stmt.name.parts.map((p) => p.value), context);
        if (!path) return;
        const range = stmt.name.range;
        const r = viewFromDdl(stmt, text, path.name, {
          provenance: { kind: 'workspace', uri, range },
          queryColumns: (q) => hooks.queryColumns?.(q, context),
        });
        problems.push(...r.problems);
        objects.push({ path, object: r.value, range });
        return;
      }
      case 'createDatabase': {
        const parts = stmt.name.parts.map((p) => p.value);
        if (parts.length > 2) return;
        databases.push({ catalog: parts.length === 2 ? parts[0] : context.catalog, info: databaseFromDdl(stmt), range: stmt.name.range });
        return;
      }
      case 'createCatalog':
        catalogs.push({ info: catalogFromDdl(stmt), range: stmt.name.range });
        return;
      default:
        return;
    }
  });
  return { declarations: { catalogs, databases, objects }, problems };
}
