/** Hash functions: MD5, SHA1, SHA224/256/384/512 and SHA2(s, bits), as lower-case hex. */
import { createHash } from 'node:crypto';
import type { ScalarTable } from './scalar';

const hash = (algo: string) => ({ bind: () => (s: string | Uint8Array) => createHash(algo).update(s).digest('hex') });

export const HASHING_FUNCTIONS: ScalarTable = {
  MD5: hash('md5'),
  SHA1: hash('sha1'),
  SHA224: hash('sha224'),
  SHA256: hash('sha256'),
  SHA384: hash('sha384'),
  SHA512: hash('sha512'),
  SHA2: {
    bind: () => (s: string | Uint8Array, bits: number) => {
      if (![224, 256, 384, 512].includes(bits)) return null;
      return createHash(`sha${bits}`).update(s).digest('hex');
    },
  },
};
