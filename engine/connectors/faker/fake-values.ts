/**
 * Realistic-looking values drawn from the vocabulary: each takes the row's Rng, so a seed makes
 * them repeatable. Shared by the faker connector's expressions and the marketplace examples.
 */
import type { Rng } from '../random';
import * as V from './vocabulary';

export function firstName(r: Rng): string {
  return r.pick(V.FIRST_NAMES);
}
export function lastName(r: Rng): string {
  return r.pick(V.LAST_NAMES);
}
export function fullName(r: Rng): string {
  return `${firstName(r)} ${lastName(r)}`;
}
/** An email address derived from a name: `jane.doe42@gmail.com`. */
export function emailFor(r: Rng, name: string): string {
  const [first, last = 'user'] = name.toLowerCase().split(' ');
  const sep = r.pick(['.', '_', '']);
  return `${first}${sep}${last}${r.nextInt(100)}@${r.pick(V.EMAIL_DOMAINS)}`;
}
export function email(r: Rng): string {
  return emailFor(r, fullName(r));
}
export function streetAddress(r: Rng): string {
  return `${r.between(1, 9999)} ${r.pick(V.STREET_NAMES)} ${r.pick(V.STREET_SUFFIXES)}`;
}
export function cityState(r: Rng): readonly [string, string] {
  return r.pick(V.CITIES);
}
export function city(r: Rng): string {
  return cityState(r)[0];
}
export function state(r: Rng): string {
  return r.pick(V.STATES);
}
export function zipCode(r: Rng): string {
  return String(r.between(10000, 99999));
}
/** `512 Oak Ave, Austin, TX 73301`. */
export function fullAddress(r: Rng): string {
  const [c, s] = cityState(r);
  return `${streetAddress(r)}, ${c}, ${s} ${zipCode(r)}`;
}
export function userAgent(r: Rng): string {
  return r.pick(V.USER_AGENTS);
}
export function url(r: Rng): string {
  return `https://${r.pick(V.URL_HOSTS)}${r.pick(V.URL_PATHS)}`;
}
export function uuid(r: Rng): string {
  const h = r.hex(32);
  const variant = '89ab'[r.nextInt(4)];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
export function ipv4(r: Rng): string {
  return `${r.between(1, 223)}.${r.nextInt(256)}.${r.nextInt(256)}.${r.between(1, 254)}`;
}
export function word(r: Rng): string {
  return r.pick(V.WORDS);
}
export function sentence(r: Rng, words = 6): string {
  const w: string[] = [];
  for (let i = 0; i < words; i++) w.push(word(r));
  const s = w.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}
export function productName(r: Rng): string {
  return `${r.pick(V.PRODUCT_ADJECTIVES)} ${r.pick(V.PRODUCT_NOUNS)}`;
}
export function brand(r: Rng): string {
  return r.pick(V.BRANDS);
}
export function category(r: Rng): string {
  return r.pick(V.CATEGORIES);
}
export function creditCard(r: Rng): string {
  let s = '4';
  for (let i = 1; i < 16; i++) s += (i % 4 === 0 ? ' ' : '') + r.nextInt(10);
  return s;
}
export function phone(r: Rng): string {
  return `(${r.between(201, 989)}) ${r.between(200, 999)}-${String(r.nextInt(10000)).padStart(4, '0')}`;
}
export function username(r: Rng): string {
  return `${firstName(r).toLowerCase()}${r.pick(['.', '_', ''])}${lastName(r).toLowerCase()}${r.nextInt(1000)}`;
}
export function domainName(r: Rng): string {
  return `${r.pick(V.DOMAIN_WORDS)}.${r.pick(V.TLDS)}`;
}
export function companyName(r: Rng): string {
  return `${lastName(r)} ${r.pick(V.COMPANY_SUFFIXES)}`;
}
export function country(r: Rng): string {
  return r.pick(V.COUNTRIES);
}
/** Degrees with 6 decimals, in [-max, max]. */
export function coordinate(r: Rng, max: number): number {
  return Math.round((r.nextDouble() * 2 - 1) * max * 1e6) / 1e6;
}
