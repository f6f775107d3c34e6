/**
 * java.util.Random, bit for bit: the 48-bit linear congruential generator the Nexmark
 * generator draws from (seeded per event with the event id, as Beam's Nexmark does). The
 * 48-bit state is held as two 24-bit halves so every product stays exact in a double.
 */
const TWO_24 = 16777216;
const M_HI = 0x5de; // 0x5DEECE66D >> 24
const M_LO = 0xece66d; // 0x5DEECE66D & 0xFFFFFF

export class JavaRandom {
  private hi = 0;
  private lo = 0;

  constructor(seed = 0) {
    this.setSeed(seed);
  }

  /** `setSeed(seed)`: scrambles with the multiplier, keeps 48 bits. `seed` must be a safe integer. */
  setSeed(seed: number): void {
    // low 48 bits of seed, two's complement for negatives
    const s = ((seed % 281474976710656) + 281474976710656) % 281474976710656;
    const lo = s % TWO_24;
    const hi = Math.floor(s / TWO_24);
    this.lo = lo ^ M_LO;
    this.hi = hi ^ M_HI;
  }

  /** `next(bits)`: advances the LCG, returns the top `bits` (1..32) bits as a signed 32-bit int. */
  next(bits: number): number {
    const lo = this.lo;
    const low = lo * M_LO + 0xb;
    const carry = Math.floor(low / TWO_24);
    const mid = this.hi * M_LO + lo * M_HI + carry;
    const hi = mid - Math.floor(mid / TWO_24) * TWO_24;
    const newLo = low - carry * TWO_24;
    this.lo = newLo;
    this.hi = hi;
    if (bits <= 24) return hi >>> (24 - bits);
    return (hi * (1 << (bits - 24)) + (newLo >>> (48 - bits))) | 0;
  }

  nextInt(bound?: number): number {
    if (bound === undefined) return this.next(32);
    if (bound <= 0) throw new RangeError('bound must be positive');
    if ((bound & -bound) === bound) {
      return Math.floor((bound * this.next(31)) / 2147483648);
    }
    let bits: number;
    let val: number;
    do {
      bits = this.next(31);
      val = bits % bound;
    } while (bits - val + (bound - 1) > 2147483647);
    return val;
  }

  nextLong(): number {
    // (long) next(32) << 32 + next(32), as a double (exact only up to 2^53)
    return this.next(32) * 4294967296 + this.next(32);
  }

  nextDouble(): number {
    return (this.next(26) * 134217728 + this.next(27)) / 9007199254740992;
  }

  nextBoolean(): boolean {
    return this.next(1) !== 0;
  }
}
