/** Encodings: TO_BASE64, FROM_BASE64, HEX, UNHEX, BIN, ASCII, CHR, URL_ENCODE, URL_DECODE, ENCODE, DECODE. */
import type { ScalarTable } from './scalar';

const utf8 = new TextEncoder();
const utf8d = new TextDecoder();

export const ENCODING_FUNCTIONS: ScalarTable = {
  TO_BASE64: { bind: () => (s: string | Uint8Array) => Buffer.from(typeof s === 'string' ? utf8.encode(s) : s).toString('base64') },
  FROM_BASE64: { bind: () => (s: string) => Buffer.from(s, 'base64').toString('utf8') },
  /** HEX of a number (two's complement for negatives) or of a string's UTF-8 bytes. */
  HEX: {
    bind: () => (v: number | string) =>
      typeof v === 'number' ? BigInt.asUintN(64, BigInt(Math.trunc(v))).toString(16).toUpperCase() : Buffer.from(utf8.encode(v)).toString('hex').toUpperCase(),
  },
  UNHEX: { bind: () => (s: string) => (/^([0-9a-fA-F]{2})*$/.test(s) ? Buffer.from(s, 'hex').toString('utf8') : null) },
  BIN: { bind: () => (n: number) => BigInt.asUintN(64, BigInt(Math.trunc(n))).toString(2) },
  ASCII: { bind: () => (s: string) => (s.length === 0 ? 0 : s.charCodeAt(0)) },
  CHR: { bind: () => (n: number) => (n < 0 ? '' : String.fromCharCode(n % 256)) },
  URL_ENCODE: { bind: () => (s: string) => encodeURIComponent(s).replace(/%20/g, '+') },
  URL_DECODE: {
    bind: () => (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return null;
      }
    },
  },
  ENCODE: { bind: () => (s: string, _charset: string) => utf8.encode(s) },
  DECODE: { bind: () => (b: Uint8Array, _charset: string) => utf8d.decode(b) },
};
