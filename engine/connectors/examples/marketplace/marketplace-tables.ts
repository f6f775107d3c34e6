/**
 * The four marketplace tables: clicks and orders (append-only streams at their rate, event
 * time with up to 3 s of jitter) and customers and products (upsert changelogs: the whole
 * population first as +I at the base time, then +U updates of existing keys at the rate).
 */
import { RowKind, type Row } from '../../../runtime/changelog';
import { T } from '../../../types/logical-type';
import { mix32, Rng } from '../../random';
import * as F from '../../faker/fake-values';
import type { ExampleStream, ExampleTable, StreamConfig } from '../example-table';
import {
  CUSTOMER_COUNT,
  customerAddress,
  customerIdentity,
  MAX_JITTER_MS,
  PRODUCT_COUNT,
  productIdentity,
  SALT,
  skewedCustomer,
} from './marketplace-world';

const ts3 = (nullable: boolean) => T.timestamp(3, nullable);

/** Index n at rate r: n / r seconds after the base. */
function steady(c: StreamConfig): (n: number) => number {
  return (n) => c.baseTime + Math.floor((n * 1000) / c.rate);
}

/** Snapshot of `count` keys at the base time, then updates at the rate. */
function snapshotThenUpdates(c: StreamConfig, count: number): (n: number) => number {
  return (n) => (n < count ? c.baseTime : c.baseTime + Math.floor(((n - count + 1) * 1000) / c.rate));
}

/** The key row n is about: key n + 1 in the snapshot, then a random existing key (drawn from `r`, reseeded for row n). */
function updatedKey(c: StreamConfig, r: Rng, salt: number, count: number, n: number): number {
  if (n < count) return n + 1;
  r.reseed(mix32(c.seed, salt, n));
  return r.between(1, count);
}

export const clicks: ExampleTable = {
  name: 'marketplace.clicks',
  description: 'Page views on the marketplace web shop, by customer.',
  columns: [
    { name: 'click_id', type: T.string(false) },
    { name: 'user_id', type: T.bigint(false) },
    { name: 'url', type: T.string() },
    { name: 'user_agent', type: T.string() },
    { name: 'view_time', type: T.int() },
    { name: 'ts', type: ts3(false) },
  ],
  watermark: { column: 'ts', delayMs: 5000 },
  changelogMode: 'insert-only',
  defaultRate: 50,
  rateUnit: 'rows',
  stream(c): ExampleStream {
    const timeOf = steady(c);
    const r = new Rng();
    return {
      timeOf,
      row(n) {
        r.reseed(mix32(c.seed, SALT.clicks, n));
        const page = r.nextInt(3) === 0 ? F.url(r) : `https://shop.example.com/products/${r.between(1, PRODUCT_COUNT)}`;
        const row: Row = [F.uuid(r), skewedCustomer(r), page, F.userAgent(r), r.between(1, 300), timeOf(n) - r.nextInt(MAX_JITTER_MS)];
        return { row, kind: RowKind.Insert };
      },
    };
  },
};

export const orders: ExampleTable = {
  name: 'marketplace.orders',
  description: 'Orders placed by customers for products.',
  columns: [
    { name: 'order_id', type: T.string(false) },
    { name: 'customer_id', type: T.bigint(false) },
    { name: 'product_id', type: T.bigint(false) },
    { name: 'quantity', type: T.int() },
    { name: 'price', type: T.decimal(10, 2) },
    { name: 'order_time', type: ts3(false) },
  ],
  watermark: { column: 'order_time', delayMs: 5000 },
  changelogMode: 'insert-only',
  defaultRate: 10,
  rateUnit: 'rows',
  stream(c): ExampleStream {
    const timeOf = steady(c);
    const r = new Rng();
    return {
      timeOf,
      row(n) {
        r.reseed(mix32(c.seed, SALT.orders, n));
        const product = r.between(1, PRODUCT_COUNT);
        const quantity = 1 + Math.floor(r.nextDouble() ** 3 * 5);
        const price = productIdentity(c.seed, product).price; // the unit price
        const row: Row = [F.uuid(r), skewedCustomer(r), product, quantity, price, timeOf(n) - r.nextInt(MAX_JITTER_MS)];
        return { row, kind: RowKind.Insert };
      },
    };
  },
};

export const customers: ExampleTable = {
  name: 'marketplace.customers',
  description: 'Customers of the marketplace; addresses change over time (an upsert changelog).',
  columns: [
    { name: 'customer_id', type: T.bigint(false) },
    { name: 'name', type: T.string() },
    { name: 'email', type: T.string() },
    { name: 'address', type: T.string() },
    { name: 'state', type: T.string() },
    { name: 'updated_at', type: ts3(false) },
  ],
  primaryKey: ['customer_id'],
  watermark: { column: 'updated_at', delayMs: 5000 },
  changelogMode: 'upsert',
  defaultRate: 1,
  rateUnit: 'rows',
  stream(c): ExampleStream {
    const timeOf = snapshotThenUpdates(c, CUSTOMER_COUNT);
    const r = new Rng();
    return {
      timeOf,
      row(n) {
        const id = updatedKey(c, r, SALT.customers, CUSTOMER_COUNT, n);
        const version = n < CUSTOMER_COUNT ? 0 : n;
        const who = customerIdentity(c.seed, id);
        const where = customerAddress(c.seed, id, version);
        const row: Row = [id, who.name, who.email, where.address, where.state, timeOf(n)];
        return { row, kind: version === 0 ? RowKind.Insert : RowKind.UpdateAfter };
      },
    };
  },
};

export const products: ExampleTable = {
  name: 'marketplace.products',
  description: 'The product catalog; prices change over time (an upsert changelog).',
  columns: [
    { name: 'product_id', type: T.bigint(false) },
    { name: 'name', type: T.string() },
    { name: 'brand', type: T.string() },
    { name: 'category', type: T.string() },
    { name: 'price', type: T.decimal(10, 2) },
    { name: 'updated_at', type: ts3(false) },
  ],
  primaryKey: ['product_id'],
  watermark: { column: 'updated_at', delayMs: 5000 },
  changelogMode: 'upsert',
  defaultRate: 0.5,
  rateUnit: 'rows',
  stream(c): ExampleStream {
    const timeOf = snapshotThenUpdates(c, PRODUCT_COUNT);
    const r = new Rng();
    return {
      timeOf,
      row(n) {
        const id = updatedKey(c, r, SALT.products, PRODUCT_COUNT, n);
        const factor = n < PRODUCT_COUNT ? 1 : 0.8 + 0.4 * r.nextDouble();
        const p = productIdentity(c.seed, id);
        const row: Row = [id, p.name, p.brand, p.category, Math.round(p.price * factor * 100) / 100, timeOf(n)];
        return { row, kind: n < PRODUCT_COUNT ? RowKind.Insert : RowKind.UpdateAfter };
      },
    };
  },
};
