/**
 * Runtime scalar functions by canonical upper-case name. The operators the compiler inlines
 * (arithmetic, comparison, logic, IS [NOT] NULL, CASE, COALESCE, IF, NULLIF, IN, BETWEEN,
 * CAST) are not here; everything else a compiled expression calls is.
 */
import { COLLECTION_FUNCTIONS } from './collection';
import { CONDITIONAL_FUNCTIONS } from './conditional';
import { ENCODING_FUNCTIONS } from './encoding';
import { HASHING_FUNCTIONS } from './hashing';
import { JSON_FUNCTIONS } from './json';
import { NUMERIC_FUNCTIONS } from './numeric';
import { RANDOM_FUNCTIONS } from './random';
import { REGEXP_FUNCTIONS } from './regexp';
import type { ScalarImpl } from './scalar';
import { STRING_FUNCTIONS } from './string';
import { TEMPORAL_FUNCTIONS } from './temporal';

const ALIASES: Record<string, string> = {
  SUBSTR: 'SUBSTRING',
  CHARACTER_LENGTH: 'CHAR_LENGTH',
  LENGTH: 'CHAR_LENGTH',
  CEILING: 'CEIL',
  POW: 'POWER',
  UCASE: 'UPPER',
  LCASE: 'LOWER',
  REGEXP_LIKE: 'REGEXP',
  NVL: 'IFNULL',
};

const TABLE = new Map<string, ScalarImpl>(
  Object.entries({
    ...NUMERIC_FUNCTIONS,
    ...STRING_FUNCTIONS,
    ...REGEXP_FUNCTIONS,
    ...ENCODING_FUNCTIONS,
    ...TEMPORAL_FUNCTIONS,
    ...COLLECTION_FUNCTIONS,
    ...CONDITIONAL_FUNCTIONS,
    ...HASHING_FUNCTIONS,
    ...JSON_FUNCTIONS,
    ...RANDOM_FUNCTIONS,
  }),
);

export function scalarFunction(name: string): ScalarImpl | undefined {
  const upper = name.toUpperCase();
  return TABLE.get(ALIASES[upper] ?? upper);
}

/** Every name the runtime implements (for checks against the type table's function list). */
export function scalarFunctionNames(): string[] {
  return [...TABLE.keys(), ...Object.keys(ALIASES)].sort();
}
