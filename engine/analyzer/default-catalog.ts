/**
 * The catalog checks use when the caller has none: the built-in `examples` catalog and an
 * empty in-memory `local`.`default` (what a fresh state directory holds), created once.
 */
import { CatalogManager } from '../catalog/manager';
import { createExamplesProvider } from '../catalog/providers/examples';
import { MemoryCatalogProvider } from '../catalog/providers/memory';
import { DEFAULT_CATALOG, DEFAULT_DATABASE } from '../catalog/context';

let manager: CatalogManager | undefined;

export function defaultCatalog(): CatalogManager {
  if (!manager) {
    manager = new CatalogManager();
    manager.register(createExamplesProvider());
    manager.register(
      new MemoryCatalogProvider('default-local', [
        { info: { name: DEFAULT_CATALOG, defaultDatabase: DEFAULT_DATABASE }, databases: [{ info: { name: DEFAULT_DATABASE } }] },
      ]),
    );
  }
  return manager;
}
