/** Hash functions (Flink docs: "Hash Functions"); all return lower-case hex strings. */

import { T } from '../../logical-type';
import { define } from '../define';
import type { FunctionDef } from '../model';

const hash = (name: string, bits: number): FunctionDef =>
  define({
    name,
    category: 'hashing',
    sig: 'str STRING|BYTES',
    returns: T.char(bits / 4),
    description: `The ${name === 'MD5' ? 'MD5' : `SHA-${bits === 160 ? 1 : bits}`} hash of the string as ${bits / 4} hex digits.`,
    example: `${name}(email)`,
  });

export const HASHING_FUNCTIONS: readonly FunctionDef[] = [
  hash('MD5', 128),
  hash('SHA1', 160),
  hash('SHA224', 224),
  hash('SHA256', 256),
  hash('SHA384', 384),
  hash('SHA512', 512),
  define({
    name: 'SHA2',
    category: 'hashing',
    sig: 'str STRING|BYTES, bits INT',
    returns: T.varchar(128),
    description: 'The SHA-2 hash with the given length (224, 256, 384 or 512) as hex digits.',
    example: 'SHA2(card_no, 256)',
  }),
];
