/**
 * The Nexmark generator's value helpers, as the original: LongGenerator.nextLong,
 * PriceGenerator.nextPrice (round(10^(6u) * 100)), StringsGenerator.nextString /
 * nextExactString / nextExtra, the bid URL shape, Integer.reverse.
 */
import type { JavaRandom } from './java-random';

const MIN_STRING_LENGTH = 3;

export function nextLong(random: JavaRandom, n: number): number {
  return n < 2147483647 ? random.nextInt(n) : Math.abs(random.nextLong() % n);
}

export function nextPrice(random: JavaRandom): number {
  return Math.round(Math.pow(10.0, random.nextDouble() * 6.0) * 100.0);
}

/** Scratch bytes of the string being built (strings are made once, not char by char). */
let scratch = Buffer.allocUnsafe(256);

/** Buffer's own latin1 decoding, without toString's argument and encoding checks (a call per string). */
const latin1 = (b: Buffer, end: number): string => (b as Buffer & { latin1Slice(start: number, end: number): string }).latin1Slice(0, end);

function room(n: number): Buffer {
  if (scratch.length < n) scratch = Buffer.allocUnsafe(n * 2);
  return scratch;
}

export function nextString(random: JavaRandom, maxLength: number, special = ' '): string {
  const len = MIN_STRING_LENGTH + random.nextInt(maxLength - MIN_STRING_LENGTH);
  const sp = special.charCodeAt(0);
  const b = room(len);
  for (let i = 0; i < len; i++) b[i] = random.nextInt(13) === 0 ? sp : 97 + random.nextInt(26);
  const s = latin1(b, len);
  return special === ' ' ? s.trim() : s;
}

export function nextExactString(random: JavaRandom, length: number): string {
  const b = room(length);
  let rnd = 0;
  let n = 0;
  for (let i = 0; i < length; i++) {
    if (n === 0) {
      rnd = random.nextInt();
      n = 6;
    }
    b[i] = 97 + (rnd % 26);
    rnd = (rnd / 26) | 0;
    n--;
  }
  return latin1(b, length);
}

export function nextExtra(random: JavaRandom, currentSize: number, desiredAverageSize: number): string {
  if (currentSize > desiredAverageSize) return '';
  desiredAverageSize -= currentSize;
  const delta = Math.floor(desiredAverageSize * 0.2 + 0.5);
  const minSize = desiredAverageSize - delta;
  const desiredSize = minSize + (delta === 0 ? 0 : random.nextInt(2 * delta));
  return nextExactString(random, desiredSize);
}

export function baseUrl(random: JavaRandom): string {
  return `https://www.nexmark.com/${nextString(random, 5, '_')}/${nextString(random, 5, '_')}/${nextString(random, 5, '_')}/item.htm?query=1`;
}

/** Integer.reverse: the 32 bits in reverse order, as a signed int. */
export function reverseBits(i: number): number {
  let r = 0;
  for (let b = 0; b < 32; b++) {
    r = (r << 1) | (i & 1);
    i >>>= 1;
  }
  return r | 0;
}
