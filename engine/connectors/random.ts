/**
 * A small, fast, seedable pseudo-random generator for the generator connectors (datagen,
 * faker, marketplace). Reseedable per row so a row's values depend only on (seed, split, row
 * index): runs repeat exactly with the same seed, and a reader resumes from a row count alone.
 */

/** One round of murmur3's body over a word (integers up to 2^53: the high part is folded in). */
function round(h: number, p: number): number {
  let k = Math.imul((p | 0) ^ Math.floor(p / 4294967296), 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Mixes up to four integers into one 32-bit hash (murmur3-style body and finalizer; no allocation). */
export function mix32(a: number, b = 0, c = 0, d = 0): number {
  let h = round(round(round(round(0x9e3779b9, a), b), c), d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A seed from text (`seed` option values may be any string). */
export function seedOf(text: string): number {
  const n = Number(text);
  if (text.trim() !== '' && Number.isSafeInteger(n)) return mix32(n);
  let h = 0;
  for (let i = 0; i < text.length; i++) h = mix32(h, text.charCodeAt(i));
  return h;
}

export class Rng {
  private s: number;
  constructor(seed = 0) {
    this.s = seed >>> 0;
  }
  reseed(seed: number): void {
    this.s = seed >>> 0;
  }
  /** A uniform 32-bit unsigned integer (mulberry32). */
  nextU32(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** Uniform in [0, 1) with 53 random bits. */
  nextDouble(): number {
    return ((this.nextU32() >>> 5) * 67108864 + (this.nextU32() >>> 6)) / 9007199254740992;
  }
  /** Uniform integer in [0, bound). */
  nextInt(bound: number): number {
    return bound <= 4294967296 ? Math.floor((this.nextU32() / 4294967296) * bound) : Math.floor(this.nextDouble() * bound);
  }
  /** Uniform integer in [min, max], inclusive. */
  between(min: number, max: number): number {
    return min + Math.floor(this.nextDouble() * (max - min + 1));
  }
  nextBoolean(): boolean {
    return (this.nextU32() & 1) === 1;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.nextInt(items.length)];
  }
  /** Lower-case hex digits, as Flink's datagen random strings are. */
  hex(length: number): string {
    if (scratch.length < length) scratch = Buffer.allocUnsafe(length * 2);
    const b = scratch;
    for (let i = 0; i < length; i += 8) {
      let x = this.nextU32();
      const end = Math.min(length, i + 8);
      for (let j = i; j < end; j++) {
        b[j] = HEX_DIGITS[x & 15];
        x >>>= 4;
      }
    }
    return b.toString('latin1', 0, length);
  }
}

const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
let scratch = Buffer.allocUnsafe(256);
