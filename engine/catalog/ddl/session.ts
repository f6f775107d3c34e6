/**
 * A catalog session: what one run of statements (`tideline run`, a statement in the engine
 * host) sees and changes: the current catalog and database, the temporary tables and views it
 * created, and the manager's catalogs underneath. `execute` runs the catalog statements (CREATE,
 * DROP, ALTER, USE, SHOW, DESCRIBE) with Flink's semantics and messages; other statements
 * (queries, INSERT, SET, ...) are not its business and return undefined.
 */
import type { Query, Statement } from '../../sql';
import type { TableFromDdlOptions } from './from-ddl';
import type { CatalogManager } from '../manager';
import { withTemporaryObjects } from '../merge';
import type { CatalogObject, ObjectPath, PhysicalColumn } from '../model';
import type { CurrentContext, Resolution, ResolvedObject } from '../resolve';
import { qualify, resolveObject } from '../resolve';
import type { ProviderSnapshot } from '../snapshot';
import { executeAlter } from './execute-alter';
import { executeCreate } from './execute-create';
import { executeDrop } from './execute-drop';
import { executeShow } from './execute-show';
import { executeUse } from './execute-use';

/** What a catalog statement returns: a message, or rows to print as a table. */
export type CatalogResult =
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'rows'; readonly columns: readonly string[]; readonly rows: readonly (readonly (string | boolean | null)[])[] };

export interface SessionHooks {
  /** Types computed columns (the analyzer). */
  readonly typeOfComputed: TableFromDdlOptions['typeOfComputed'];
  /** The columns a query produces in a context (views, CREATE TABLE AS). */
  readonly queryColumns?: (query: Query, context: CurrentContext) => readonly PhysicalColumn[] | undefined;
}

function key(path: ObjectPath): string {
  return `${path.catalog}\u0000${path.database}\u0000${path.name}`;
}

export class CatalogSession {
  private current: CurrentContext;
  private readonly temporary = new Map<string, { path: ObjectPath; object: CatalogObject }>();

  constructor(
    readonly manager: CatalogManager,
    context: CurrentContext,
    readonly hooks: SessionHooks,
  ) {
    this.current = context;
  }

  get context(): CurrentContext {
    return this.current;
  }

  setContext(context: CurrentContext): void {
    this.current = context;
  }

  /** The catalogs with this session's temporary objects on top. */
  view(): ProviderSnapshot {
    return withTemporaryObjects(this.manager.view(), [...this.temporary.values()]);
  }

  resolveTable(parts: readonly string[]): Resolution<ResolvedObject> {
    return resolveObject(this.view(), parts, this.current);
  }

  /** The full path a written name means here; throws on more than three parts. */
  qualify(parts: readonly string[]): ObjectPath {
    const path = qualify(parts, this.current);
    if (!path) throw new Error(`A name has at most three parts (catalog.database.object): ${parts.join('.')}`);
    return path;
  }

  temporaryObject(path: ObjectPath): CatalogObject | undefined {
    return this.temporary.get(key(path))?.object;
  }

  putTemporary(path: ObjectPath, object: CatalogObject): void {
    this.temporary.set(key(path), { path, object });
  }

  dropTemporary(path: ObjectPath): boolean {
    return this.temporary.delete(key(path));
  }

  /** Runs a catalog statement; undefined when the statement is not one. Failures reject with CatalogError. */
  async execute(statement: Statement, text: string): Promise<CatalogResult | undefined> {
    switch (statement.kind) {
      case 'createTable':
      case 'createView':
      case 'createDatabase':
      case 'createCatalog':
      case 'createFunction':
        return executeCreate(this, statement, text);
      case 'drop':
        return executeDrop(this, statement);
      case 'alterTable':
      case 'alterView':
      case 'alterDatabase':
      case 'alterCatalog':
        return executeAlter(this, statement, text);
      case 'useCatalog':
      case 'useDatabase':
        return executeUse(this, statement);
      case 'show':
      case 'describe':
        return executeShow(this, statement);
      default:
        return undefined;
    }
  }
}
