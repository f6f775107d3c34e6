/**
 * The table of built-in functions and operators: one list assembled from the category files
 * in defs/, indexed case-insensitively by name and alias. This is the only place the table is
 * put together; the analyzer, completion, hover, signature help and the runtime all read it.
 */

import type { FunctionDef } from './model';
import { AGGREGATE_FUNCTIONS } from './defs/aggregate';
import { ARITHMETIC_FUNCTIONS } from './defs/arithmetic';
import { COLLECTION_FUNCTIONS } from './defs/collection';
import { COMPARISON_FUNCTIONS } from './defs/comparison';
import { CONDITIONAL_FUNCTIONS } from './defs/conditional';
import { CONSTRUCTION_FUNCTIONS } from './defs/construction';
import { CONVERSION_FUNCTIONS } from './defs/conversion';
import { HASHING_FUNCTIONS } from './defs/hashing';
import { JSON_FUNCTIONS } from './defs/json';
import { LOGICAL_FUNCTIONS } from './defs/logical';
import { MATH_FUNCTIONS } from './defs/math';
import { SESSION_FUNCTIONS } from './defs/session';
import { STRING_FUNCTIONS } from './defs/string';
import { TEMPORAL_FUNCTIONS } from './defs/temporal';
import { WINDOW_FUNCTIONS } from './defs/window';

const ALL: readonly FunctionDef[] = [
  ...COMPARISON_FUNCTIONS,
  ...LOGICAL_FUNCTIONS,
  ...ARITHMETIC_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...TEMPORAL_FUNCTIONS,
  ...CONDITIONAL_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...JSON_FUNCTIONS,
  ...CONSTRUCTION_FUNCTIONS,
  ...HASHING_FUNCTIONS,
  ...AGGREGATE_FUNCTIONS,
  ...WINDOW_FUNCTIONS,
  ...SESSION_FUNCTIONS,
];

const BY_NAME: ReadonlyMap<string, FunctionDef> = (() => {
  const m = new Map<string, FunctionDef>();
  for (const fn of ALL) {
    for (const key of [fn.name, ...fn.aliases]) {
      const k = normalize(key);
      if (m.has(k)) throw new Error(`duplicate built-in function name '${key}'`);
      m.set(k, fn);
    }
  }
  return m;
})();

function normalize(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** The entry for a name or alias, case-insensitive (`substring`, `Substring`, `is not null`). */
export function lookupFunction(name: string): FunctionDef | undefined {
  return BY_NAME.get(normalize(name));
}

/** Every entry, in table order. */
export function allFunctions(): readonly FunctionDef[] {
  return ALL;
}

/** Every name and alias (for did-you-mean and completion). */
export function allFunctionNames(): string[] {
  return ALL.flatMap((f) => [f.name, ...f.aliases]);
}
