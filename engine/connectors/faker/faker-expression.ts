/**
 * Faker expressions (the flink-faker style): a template with `#{Provider.method 'arg',...}`
 * placeholders, e.g. `#{Name.fullName}`, `user-#{number.numberBetween '1','100'}`,
 * `#{date.past '15','SECONDS'}`. The supported vocabulary (FAKER_METHODS) is small and
 * documented; an unknown method is an option error naming the close matches. Templates are
 * parsed once into parts.
 */
import { didYouMeanSuffix } from '../../text/did-you-mean';
import { OptionError, parseDuration } from '../options';
import type { Rng } from '../random';
import * as F from './fake-values';

export type FakeValue = string | number;
type Method = (r: Rng, args: readonly string[], now: () => number) => FakeValue;

const UNIT_MS: Record<string, number> = {
  MILLISECONDS: 1, SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000,
};

function numArg(args: readonly string[], i: number, name: string): number {
  const n = Number(args[i]);
  if (args[i] === undefined || !Number.isFinite(n)) throw new OptionError(`faker: ${name} needs a number as argument ${i + 1}`);
  return n;
}

/** Every supported `Provider.method`, case-insensitive, with what it produces. */
export const FAKER_METHODS: Record<string, { readonly doc: string; readonly fn: Method }> = {
  'name.fullname': { doc: 'a full name: Jane Smith', fn: (r) => F.fullName(r) },
  'name.name': { doc: 'a full name', fn: (r) => F.fullName(r) },
  'name.firstname': { doc: 'a first name', fn: (r) => F.firstName(r) },
  'name.lastname': { doc: 'a last name', fn: (r) => F.lastName(r) },
  'name.username': { doc: 'a user name: jane.smith42', fn: (r) => F.username(r) },
  'internet.domainname': { doc: 'a domain name: northwind.io', fn: (r) => F.domainName(r) },
  'company.name': { doc: 'a company name: Walker Labs', fn: (r) => F.companyName(r) },
  'address.country': { doc: 'a country', fn: (r) => F.country(r) },
  'address.latitude': { doc: 'a latitude, 6 decimals', fn: (r) => F.coordinate(r, 90) },
  'address.longitude': { doc: 'a longitude, 6 decimals', fn: (r) => F.coordinate(r, 180) },
  'number.randomnumber': { doc: 'a non-negative integer below 1,000,000,000', fn: (r) => r.nextInt(1_000_000_000) },
  'date.birthday': {
    doc: "a birth date 'min' to 'max' years ago (default 18 to 65)",
    fn: (r, a, now) => {
      const min = a[0] === undefined ? 18 : numArg(a, 0, 'date.birthday');
      const max = a[1] === undefined ? 65 : numArg(a, 1, 'date.birthday');
      const year = 365.2425 * 86_400_000;
      return now() - Math.floor((min + r.nextDouble() * (max - min)) * year);
    },
  },
  'internet.emailaddress': { doc: 'an email address', fn: (r) => F.email(r) },
  'internet.url': { doc: 'a web URL', fn: (r) => F.url(r) },
  'internet.useragentany': { doc: 'a browser user agent', fn: (r) => F.userAgent(r) },
  'internet.uuid': { doc: 'a random UUID', fn: (r) => F.uuid(r) },
  'internet.ipv4address': { doc: 'an IPv4 address', fn: (r) => F.ipv4(r) },
  'address.city': { doc: 'a US city', fn: (r) => F.city(r) },
  'address.state': { doc: 'a US state code', fn: (r) => F.state(r) },
  'address.stateabbr': { doc: 'a US state code', fn: (r) => F.state(r) },
  'address.streetaddress': { doc: 'a street address: 512 Oak Ave', fn: (r) => F.streetAddress(r) },
  'address.fulladdress': { doc: 'street, city, state and zip', fn: (r) => F.fullAddress(r) },
  'address.zipcode': { doc: 'a 5-digit zip code', fn: (r) => F.zipCode(r) },
  'commerce.productname': { doc: 'a product name', fn: (r) => F.productName(r) },
  'commerce.department': { doc: 'a shop department', fn: (r) => F.category(r) },
  'commerce.brand': { doc: 'a brand', fn: (r) => F.brand(r) },
  'finance.creditcard': { doc: 'a credit card number', fn: (r) => F.creditCard(r) },
  'phonenumber.phonenumber': { doc: 'a phone number', fn: (r) => F.phone(r) },
  'lorem.word': { doc: 'a word', fn: (r) => F.word(r) },
  'lorem.sentence': { doc: 'a sentence', fn: (r) => F.sentence(r) },
  'number.numberbetween': {
    doc: "an integer in ['min', 'max')",
    fn: (r, a) => {
      const min = numArg(a, 0, 'number.numberBetween');
      const max = numArg(a, 1, 'number.numberBetween');
      return max <= min ? min : min + r.nextInt(max - min);
    },
  },
  'number.randomdouble': {
    doc: "a double with 'decimals' digits in ['min', 'max']",
    fn: (r, a) => {
      const d = numArg(a, 0, 'number.randomDouble');
      const min = numArg(a, 1, 'number.randomDouble');
      const max = numArg(a, 2, 'number.randomDouble');
      return Math.round((min + (max - min) * r.nextDouble()) * 10 ** d) / 10 ** d;
    },
  },
  'number.digits': { doc: "a string of 'n' digits", fn: (r, a) => Array.from({ length: numArg(a, 0, 'number.digits') }, () => r.nextInt(10)).join('') },
  'date.past': {
    doc: "a timestamp up to 'n' 'UNIT's (SECONDS, MINUTES, ...) before now",
    fn: (r, a, now) => now() - 1 - r.nextInt(Math.max(1, spanMs(a, 'date.past'))),
  },
  'date.future': {
    doc: "a timestamp up to 'n' 'UNIT's after now",
    fn: (r, a, now) => now() + 1 + r.nextInt(Math.max(1, spanMs(a, 'date.future'))),
  },
  'options.option': { doc: "one of the arguments, uniformly: #{Options.option 'a','b'}", fn: (r, a) => r.pick(a) },
  bothify: { doc: "the argument with each ? a letter and each # a digit", fn: (r, a) => bothify(r, a[0] ?? '') },
};

function spanMs(args: readonly string[], name: string): number {
  const n = numArg(args, 0, name);
  const unit = (args[1] ?? 'DAYS').toUpperCase();
  const ms = UNIT_MS[unit] ?? parseDuration(`1 ${unit}`);
  if (ms === undefined) throw new OptionError(`faker: ${name}: unknown time unit '${args[1]}'`);
  return n * ms;
}

function bothify(r: Rng, pattern: string): string {
  let s = '';
  for (const c of pattern) s += c === '#' ? String(r.nextInt(10)) : c === '?' ? String.fromCharCode(97 + r.nextInt(26)) : c;
  return s;
}

type Part = string | { fn: Method; args: string[] };

export interface FakerExpression {
  /** A lone placeholder keeps its type (numbers and timestamps stay numbers). */
  (r: Rng): FakeValue;
}

/** Parses a template once; throws OptionError on unknown methods or unbalanced `#{`. */
export function compileFakerExpression(template: string, now: () => number): FakerExpression {
  const parts: Part[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('#{', i);
    if (open < 0) {
      parts.push(template.slice(i));
      break;
    }
    if (open > i) parts.push(template.slice(i, open));
    const close = template.indexOf('}', open);
    if (close < 0) throw new OptionError(`faker: unclosed '#{' in expression '${template}'`);
    const body = template.slice(open + 2, close).trim();
    const space = body.search(/\s/);
    const name = (space < 0 ? body : body.slice(0, space)).toLowerCase();
    const args = space < 0 ? [] : Array.from(body.slice(space).matchAll(/'([^']*)'/g), (m) => m[1]);
    const method = FAKER_METHODS[name];
    if (method === undefined) {
      const known = Object.keys(FAKER_METHODS);
      throw new OptionError(`faker: unknown expression '#{${body}}'${didYouMeanSuffix(name, known)}`);
    }
    parts.push({ fn: method.fn, args });
    i = close + 1;
  }
  if (parts.length === 1 && typeof parts[0] !== 'string') {
    const { fn, args } = parts[0];
    return (r) => fn(r, args, now);
  }
  return (r) => {
    let s = '';
    for (const p of parts) s += typeof p === 'string' ? p : String(p.fn(r, p.args, now));
    return s;
  };
}
