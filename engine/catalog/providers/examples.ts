/** The built-in `examples` catalog as a provider: in memory, always ready, read-only. */
import { MemoryCatalogProvider } from './memory';
import { EXAMPLES_CATALOG, EXAMPLES_DEFINITION } from './examples-schemas';

export { EXAMPLES_CATALOG, EXAMPLES_TABLES } from './examples-schemas';

export function createExamplesProvider(): MemoryCatalogProvider {
  return new MemoryCatalogProvider(EXAMPLES_CATALOG, [EXAMPLES_DEFINITION], { readOnly: true });
}
