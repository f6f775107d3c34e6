/**
 * The built-in `examples` catalog: the schemas of the generated streams. Database
 * `marketplace` is a small web shop (clicks, orders, and the customers and products they
 * refer to, as upsert tables keyed by id); database `nexmark` holds the three streams of the
 * Nexmark benchmark, as in its Flink SQL form. The generators live in engine/connectors
 * (connector `examples`, option `table` = `<database>.<table>`).
 */
import { T } from '../../types/logical-type';
import { physical, table } from '../build';
import type { CatalogDefinition } from '../definitions';
import type { CatalogTable } from '../model';

export const EXAMPLES_CATALOG = 'examples';

const provenance = { kind: 'examples' } as const;

function options(database: string, name: string): Record<string, string> {
  return { connector: 'examples', table: `${database}.${name}` };
}

const clicks = table({
  name: 'clicks',
  comment: 'Page views on the marketplace web site, one row per click.',
  columns: [
    physical('click_id', T.string(false), 'Unique id of the click.'),
    physical('user_id', T.bigint(false), 'The customer who clicked (customers.customer_id).'),
    physical('url', T.string(), 'The page visited.'),
    physical('user_agent', T.string(), 'The browser that sent the request.'),
    physical('view_time', T.int(), 'Seconds spent on the page.'),
    physical('ts', T.timestamp(3, false), 'When the click happened (event time).'),
  ],
  watermark: { column: 'ts', expression: "ts - INTERVAL '5' SECOND" },
  options: options('marketplace', 'clicks'),
  provenance,
});

const orders = table({
  name: 'orders',
  comment: 'Orders placed on the marketplace, one row per order.',
  columns: [
    physical('order_id', T.string(false), 'Unique id of the order.'),
    physical('customer_id', T.bigint(false), 'The customer who ordered (customers.customer_id).'),
    physical('product_id', T.bigint(false), 'The product ordered (products.product_id).'),
    physical('quantity', T.int(), 'Number of items.'),
    physical('price', T.decimal(10, 2), 'Unit price paid.'),
    physical('order_time', T.timestamp(3, false), 'When the order was placed (event time).'),
  ],
  watermark: { column: 'order_time', expression: "order_time - INTERVAL '5' SECOND" },
  options: options('marketplace', 'orders'),
  provenance,
});

const customers = table({
  name: 'customers',
  comment: 'Customer profiles, updated in place: an upsert table keyed by customer_id.',
  columns: [
    physical('customer_id', T.bigint(false), 'Unique id of the customer.'),
    physical('name', T.string(), 'Full name.'),
    physical('email', T.string(), 'Email address.'),
    physical('address', T.string(), 'Street address.'),
    physical('state', T.string(), 'US state code.'),
    physical('updated_at', T.timestamp(3, false), 'When this version of the profile was written (event time).'),
  ],
  primaryKey: ['customer_id'],
  watermark: { column: 'updated_at', expression: "updated_at - INTERVAL '5' SECOND" },
  options: options('marketplace', 'customers'),
  provenance,
});

const products = table({
  name: 'products',
  comment: 'The product catalog, updated in place: an upsert table keyed by product_id.',
  columns: [
    physical('product_id', T.bigint(false), 'Unique id of the product.'),
    physical('name', T.string(), 'Product name.'),
    physical('brand', T.string(), 'Brand name.'),
    physical('category', T.string(), 'Product category.'),
    physical('price', T.decimal(10, 2), 'Current list price.'),
    physical('updated_at', T.timestamp(3, false), 'When this version of the product was written (event time).'),
  ],
  primaryKey: ['product_id'],
  watermark: { column: 'updated_at', expression: "updated_at - INTERVAL '5' SECOND" },
  options: options('marketplace', 'products'),
  provenance,
});

const NEXMARK_WATERMARK = { column: 'dateTime', expression: "`dateTime` - INTERVAL '4' SECOND" };

const person = table({
  name: 'person',
  comment: 'Nexmark: people registering to buy or sell items (about 2% of events).',
  columns: [
    physical('id', T.bigint(), 'Person id.'),
    physical('name', T.string(), 'Full name.'),
    physical('emailAddress', T.string(), 'Email address.'),
    physical('creditCard', T.string(), 'Credit card number.'),
    physical('city', T.string(), 'City.'),
    physical('state', T.string(), 'US state code.'),
    physical('dateTime', T.timestamp(3), 'When the person registered (event time).'),
    physical('extra', T.string(), 'Padding to reach the configured event size.'),
  ],
  watermark: NEXMARK_WATERMARK,
  options: options('nexmark', 'person'),
  provenance,
});

const auction = table({
  name: 'auction',
  comment: 'Nexmark: items put up for auction (about 6% of events).',
  columns: [
    physical('id', T.bigint(), 'Auction id.'),
    physical('itemName', T.string(), 'Name of the item.'),
    physical('description', T.string(), 'Description of the item.'),
    physical('initialBid', T.bigint(), 'Starting price.'),
    physical('reserve', T.bigint(), 'Lowest price the seller accepts.'),
    physical('dateTime', T.timestamp(3), 'When the auction opened (event time).'),
    physical('expires', T.timestamp(3), 'When the auction closes.'),
    physical('seller', T.bigint(), 'The person selling (person.id).'),
    physical('category', T.bigint(), 'Item category.'),
    physical('extra', T.string(), 'Padding to reach the configured event size.'),
  ],
  watermark: NEXMARK_WATERMARK,
  options: options('nexmark', 'auction'),
  provenance,
});

const bid = table({
  name: 'bid',
  comment: 'Nexmark: bids on auctions (about 92% of events).',
  columns: [
    physical('auction', T.bigint(), 'The auction bid on (auction.id).'),
    physical('bidder', T.bigint(), 'The person bidding (person.id).'),
    physical('price', T.bigint(), 'Bid amount.'),
    physical('channel', T.string(), 'Where the bid came from (Google, Facebook, Baidu, Apple or another).'),
    physical('url', T.string(), 'URL of the bid.'),
    physical('dateTime', T.timestamp(3), 'When the bid was placed (event time).'),
    physical('extra', T.string(), 'Padding to reach the configured event size.'),
  ],
  watermark: NEXMARK_WATERMARK,
  options: options('nexmark', 'bid'),
  provenance,
});

export const EXAMPLES_TABLES: Readonly<Record<string, readonly CatalogTable[]>> = {
  marketplace: [clicks, orders, customers, products],
  nexmark: [person, auction, bid],
};

export const EXAMPLES_DEFINITION: CatalogDefinition = {
  info: {
    name: EXAMPLES_CATALOG,
    defaultDatabase: 'marketplace',
    comment: 'Built-in example streams, generated continuously: no setup needed.',
  },
  databases: [
    {
      info: { name: 'marketplace', comment: 'A web shop: clicks, orders, customers and products.' },
      objects: EXAMPLES_TABLES['marketplace'],
    },
    {
      info: { name: 'nexmark', comment: 'The Nexmark benchmark streams: person, auction, bid.' },
      objects: EXAMPLES_TABLES['nexmark'],
    },
  ],
};
