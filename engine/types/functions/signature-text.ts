/**
 * Signatures are written as text in the table, the way a reader would write them:
 *
 *   'str STRING, pos INT [, len INT]'      optional trailing parameters in brackets
 *   'value ANY...'                         one or more
 *   'str STRING [, more STRING...]'        zero or more
 *   'ts TIMESTAMP|STRING, fmt STRING'      any of several families
 *
 * and parsed once, when the table loads (a malformed signature fails every test at once).
 */

import type { ArgFamily, Param, Signature } from './model';

const FAMILY_WORDS: Readonly<Record<string, ArgFamily>> = {
  ANY: 'ANY',
  STRING: 'STRING',
  BINARY: 'BINARY',
  BYTES: 'BINARY',
  BOOLEAN: 'BOOLEAN',
  NUMERIC: 'NUMERIC',
  INT: 'INT',
  EXACT: 'EXACT',
  APPROX: 'APPROX',
  DATE: 'DATE',
  TIME: 'TIME',
  TIMESTAMP: 'TIMESTAMP',
  INTERVAL: 'INTERVAL',
  ARRAY: 'ARRAY',
  MAP: 'MAP',
  MULTISET: 'MULTISET',
  ROW: 'ROW',
  COMPARABLE: 'COMPARABLE',
  TYPE: 'TYPE',
  SYMBOL: 'SYMBOL',
  DESCRIPTOR: 'DESCRIPTOR',
  TABLE: 'TABLE',
};

/** Keyword sets, written as families: `unit UNIT`, `flag TRIMFLAG`, `kind JSONTYPE`. */
export const SYMBOL_SETS: Readonly<Record<string, readonly string[]>> = {
  UNIT: [
    'MILLENNIUM', 'CENTURY', 'DECADE', 'YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY', 'DOY', 'DOW', 'ISODOW', 'ISOYEAR',
    'EPOCH', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND',
  ],
  TRIMFLAG: ['BOTH', 'LEADING', 'TRAILING'],
  JSONTYPE: ['VALUE', 'SCALAR', 'ARRAY', 'OBJECT'],
};

export function parseSignature(text: string, named = false): Signature {
  const params: Param[] = [];
  let depth = 0;
  const re = /\s*(\[|\]|,|[A-Za-z_][A-Za-z0-9_]*\s+[A-Z|]+(?:\.\.\.)?)/y;
  let pos = 0;
  const trimmed = text.trim();
  while (pos < trimmed.length) {
    re.lastIndex = pos;
    const m = re.exec(trimmed);
    if (!m) throw new Error(`bad signature '${text}' at ${pos}`);
    pos = re.lastIndex;
    const tok = m[1];
    if (tok === '[') depth++;
    else if (tok === ']') depth--;
    else if (tok !== ',') {
      const [name, familyText] = tok.split(/\s+/);
      const variadic = familyText.endsWith('...');
      const words = familyText.replace(/\.\.\.$/, '').split('|');
      const symbols = words.flatMap((w) => SYMBOL_SETS[w] ?? []);
      const families = words
        .map((w) => (SYMBOL_SETS[w] ? 'SYMBOL' : w))
        .map((w) => {
          const f = FAMILY_WORDS[w];
          if (!f) throw new Error(`unknown family '${w}' in signature '${text}'`);
          return f;
        });
      if (params.length > 0 && params[params.length - 1].variadic) {
        throw new Error(`only the last parameter may be variadic in '${text}'`);
      }
      if (depth === 0 && params.some((p) => p.optional)) {
        throw new Error(`a required parameter follows an optional one in '${text}'`);
      }
      params.push(
        symbols.length > 0
          ? { name, families, optional: depth > 0, variadic, named, symbols }
          : { name, families, optional: depth > 0, variadic, named },
      );
    }
    if (depth < 0) throw new Error(`unbalanced brackets in '${text}'`);
  }
  if (depth !== 0) throw new Error(`unbalanced brackets in '${text}'`);
  return params;
}
