/**
 * The shared world behind the marketplace tables: a fixed population of customers and
 * products whose identities (name, email, brand, base price) derive from the seed and the id
 * alone, so orders and clicks reference customers and products that the customers and products
 * tables do contain, with the same names and prices.
 */
import { mix32, Rng } from '../../random';
import * as F from '../../faker/fake-values';

export const CUSTOMER_COUNT = 1000;
export const PRODUCT_COUNT = 200;
/** Event time jitter of clicks and orders (below the 5 s watermark delay, so none is late). */
export const MAX_JITTER_MS = 3000;

export const SALT = { customers: 1, products: 2, orders: 3, clicks: 4, identity: 5, address: 6 } as const;

export interface Customer {
  readonly name: string;
  readonly email: string;
}

export interface Product {
  readonly name: string;
  readonly brand: string;
  readonly category: string;
  /** Base price in dollars, two decimals. */
  readonly price: number;
}

export function customerIdentity(seed: number, id: number): Customer {
  const r = new Rng(mix32(seed, SALT.identity, 0, id));
  const name = F.fullName(r);
  return { name, email: F.emailFor(r, name) };
}

/** Where customer `id` lives at `version` (customers move over time). */
export function customerAddress(seed: number, id: number, version: number): { address: string; state: string } {
  const r = new Rng(mix32(seed, SALT.address, id, version));
  const state = F.state(r);
  return { address: F.streetAddress(r), state };
}

export function productIdentity(seed: number, id: number): Product {
  const r = new Rng(mix32(seed, SALT.identity, 1, id));
  const brand = F.brand(r);
  return { name: `${brand} ${F.productName(r)}`, brand, category: F.category(r), price: r.between(499, 49999) / 100 };
}

/** A customer id skewed towards low ids (some customers buy and browse far more). */
export function skewedCustomer(r: Rng): number {
  const u = r.nextDouble();
  return 1 + Math.floor(u * u * CUSTOMER_COUNT);
}
