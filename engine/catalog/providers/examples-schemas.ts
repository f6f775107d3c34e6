/**
 * The built-in `examples` catalog. The schemas (columns, key, watermark, description) are the
 * connector's own (engine/connectors/examples/example-tables.ts), so the catalog always shows
 * exactly what the generators produce; this file adds what only the catalog needs: column
 * comments for hover and completion, the watermark as DDL text, the options that select the
 * stream, and the databases. Database `marketplace` is a small web shop (clicks, orders, and
 * the customers and products they refer to, as upsert tables keyed by id); database `nexmark`
 * holds the three streams of the Nexmark benchmark, as in its Flink SQL form.
 */
import { EXAMPLE_TABLES } from '../../connectors/examples/example-tables';
import type { ExampleTable } from '../../connectors/examples/example-table';
import { physical, table } from '../build';
import type { CatalogDefinition } from '../definitions';
import type { CatalogTable } from '../model';
import { watermarkExpression } from '../watermark';

export const EXAMPLES_CATALOG = 'examples';

const NEXMARK_EXTRA = 'Padding to reach the configured event size.';

/** Column comments by `database.table`, then column. */
const COLUMN_COMMENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'marketplace.clicks': {
    click_id: 'Unique id of the click.',
    user_id: 'The customer who clicked (customers.customer_id).',
    url: 'The page visited.',
    user_agent: 'The browser that sent the request.',
    view_time: 'Seconds spent on the page.',
    ts: 'When the click happened (event time).',
  },
  'marketplace.orders': {
    order_id: 'Unique id of the order.',
    customer_id: 'The customer who ordered (customers.customer_id).',
    product_id: 'The product ordered (products.product_id).',
    quantity: 'Number of items.',
    price: 'Unit price paid.',
    order_time: 'When the order was placed (event time).',
  },
  'marketplace.customers': {
    customer_id: 'Unique id of the customer.',
    name: 'Full name.',
    email: 'Email address.',
    address: 'Street address.',
    state: 'US state code.',
    updated_at: 'When this version of the profile was written (event time).',
  },
  'marketplace.products': {
    product_id: 'Unique id of the product.',
    name: 'Product name.',
    brand: 'Brand name.',
    category: 'Product category.',
    price: 'Current list price.',
    updated_at: 'When this version of the product was written (event time).',
  },
  'nexmark.person': {
    id: 'Person id.',
    name: 'Full name.',
    emailAddress: 'Email address.',
    creditCard: 'Credit card number.',
    city: 'City.',
    state: 'US state code.',
    dateTime: 'When the person registered (event time).',
    extra: NEXMARK_EXTRA,
  },
  'nexmark.auction': {
    id: 'Auction id.',
    itemName: 'Name of the item.',
    description: 'Description of the item.',
    initialBid: 'Starting price.',
    reserve: 'Lowest price the seller accepts.',
    dateTime: 'When the auction opened (event time).',
    expires: 'When the auction closes.',
    seller: 'The person selling (person.id).',
    category: 'Item category.',
    extra: NEXMARK_EXTRA,
  },
  'nexmark.bid': {
    auction: 'The auction bid on (auction.id).',
    bidder: 'The person bidding (person.id).',
    price: 'Bid amount.',
    channel: 'Where the bid came from (Google, Facebook, Baidu, Apple or another).',
    url: 'URL of the bid.',
    dateTime: 'When the bid was placed (event time).',
    extra: NEXMARK_EXTRA,
  },
};

function catalogTable(x: ExampleTable): { database: string; table: CatalogTable } {
  const dot = x.name.indexOf('.');
  const database = x.name.slice(0, dot);
  const comments = COLUMN_COMMENTS[x.name] ?? {};
  return {
    database,
    table: table({
      name: x.name.slice(dot + 1),
      comment: x.description,
      columns: x.columns.map((c) => physical(c.name, c.type, comments[c.name])),
      ...(x.primaryKey ? { primaryKey: x.primaryKey } : {}),
      watermark: { column: x.watermark.column, expression: watermarkExpression(x.watermark.column, x.watermark.delayMs) },
      options: { connector: 'examples', table: x.name },
      provenance: { kind: 'examples' },
    }),
  };
}

const BY_DATABASE = new Map<string, CatalogTable[]>();
for (const x of EXAMPLE_TABLES) {
  const { database, table: t } = catalogTable(x);
  const list = BY_DATABASE.get(database) ?? [];
  list.push(t);
  BY_DATABASE.set(database, list);
}

export const EXAMPLES_TABLES: Readonly<Record<string, readonly CatalogTable[]>> = Object.fromEntries(BY_DATABASE);

const DATABASE_COMMENTS: Readonly<Record<string, string>> = {
  marketplace: 'A web shop: clicks, orders, customers and products.',
  nexmark: 'The Nexmark benchmark streams: person, auction, bid.',
};

export const EXAMPLES_DEFINITION: CatalogDefinition = {
  info: {
    name: EXAMPLES_CATALOG,
    defaultDatabase: 'marketplace',
    comment: 'Built-in example streams, generated continuously: no setup needed.',
  },
  databases: [...BY_DATABASE].map(([name, objects]) => ({
    info: DATABASE_COMMENTS[name] ? { name, comment: DATABASE_COMMENTS[name] } : { name },
    objects,
  })),
};
