/** Catalogs written down as nested data: how built-in and test catalogs are declared. */
import type { CatalogFunction, CatalogInfo, CatalogObject, DatabaseInfo } from './model';
import type { CatalogState } from './catalog-state';

export interface DatabaseDefinition {
  readonly info: DatabaseInfo;
  readonly objects?: readonly CatalogObject[];
  readonly functions?: readonly CatalogFunction[];
}

export interface CatalogDefinition {
  readonly info: CatalogInfo;
  readonly databases: readonly DatabaseDefinition[];
}

/** Adds the definitions to a state (replacing catalogs of the same name). */
export function loadDefinitions(state: CatalogState, definitions: readonly CatalogDefinition[]): void {
  for (const c of definitions) {
    state.createCatalog(c.info, { replace: true });
    for (const d of c.databases) {
      state.createDatabase(c.info.name, d.info, { ignoreIfExists: true });
      for (const o of d.objects ?? []) {
        state.createObject({ catalog: c.info.name, database: d.info.name, name: o.name }, o, { replace: true });
      }
      for (const f of d.functions ?? []) state.createFunction(c.info.name, d.info.name, f, { replace: true });
    }
  }
}
