/** Every table of the built-in `examples` catalog, by `database.table` name. */
import type { ExampleTable } from './example-table';
import { clicks, customers, orders, products } from './marketplace/marketplace-tables';
import { auction, bid, person } from './nexmark/nexmark-tables';

export const EXAMPLE_TABLES: readonly ExampleTable[] = [clicks, orders, customers, products, person, auction, bid];

export function exampleTable(name: string): ExampleTable | undefined {
  const key = name.toLowerCase();
  return EXAMPLE_TABLES.find((t) => t.name.toLowerCase() === key);
}
