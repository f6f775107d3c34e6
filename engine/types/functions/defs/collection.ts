/** Collection functions (Flink docs: "Collection Functions"). */

import { type LogicalType, T, withNullability, withoutTimeAttribute } from '../../logical-type';
import { findCommonType } from '../../common-type';
import { printType } from '../../print';
import { define, type FunctionSpec } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { argument, typeAt, typedArgs } from '../strategies';

const coll = (spec: Omit<FunctionSpec, 'category'>): FunctionDef => define({ category: 'collection', ...spec });

function arrayArg(args: Parameters<ReturnInference>[0], i: number): Extract<LogicalType, { kind: 'ARRAY' }> | undefined {
  const t = typeAt(args, i);
  return t.kind === 'ARRAY' ? t : undefined;
}

/** ARRAY_APPEND/PREPEND/REMOVE/CONTAINS/POSITION: the element must fit the array's element type. */
function withElement(result: (arr: LogicalType, element: LogicalType) => LogicalType): ReturnInference {
  return (args) => {
    const arr = arrayArg(args, 0);
    const el = typeAt(args, 1);
    if (!arr) return T.null();
    const merged = findCommonType([arr.element, el]);
    if (!merged) return { error: `the element ${printType(el)} does not fit an array of ${printType(arr.element)}` };
    return result(T.array(merged, arr.nullable), merged);
  };
}

/** ARRAY_UNION/CONCAT/EXCEPT/INTERSECT: arrays with a common element type. */
const commonArrays: ReturnInference = (args) => {
  const arrays = typedArgs(args);
  const c = findCommonType(arrays);
  if (!c || (c.kind !== 'ARRAY' && c.kind !== 'NULL')) {
    return { error: `the arrays have no common element type: ${arrays.map(printType).join(', ')}` };
  }
  return c;
};

const elementOfArray: ReturnInference = (args) => withNullability(arrayArg(args, 0)?.element ?? T.null(), true);

const mapArg = (args: Parameters<ReturnInference>[0]): Extract<LogicalType, { kind: 'MAP' }> | undefined => {
  const t = typeAt(args, 0);
  return t.kind === 'MAP' ? t : undefined;
};

export const COLLECTION_FUNCTIONS: readonly FunctionDef[] = [
  coll({ name: 'CARDINALITY', sig: 'collection ARRAY|MAP|MULTISET', returns: T.int(), description: 'The number of elements of an array, map or multiset.', example: 'CARDINALITY(line_items)' }),
  coll({
    name: 'ELEMENT',
    sig: 'array ARRAY',
    returns: elementOfArray,
    returnLabel: 'element type',
    nullability: 'inferred',
    description: 'The only element of a one-element array; NULL when empty; an error when longer.',
    example: 'ELEMENT(ARRAY[42])',
  }),
  coll({
    name: 'ARRAY_APPEND',
    sig: 'array ARRAY, element ANY',
    returns: withElement((a) => a),
    returnLabel: 'ARRAY',
    nullability: 'inferred',
    description: 'The array with the element added at the end.',
    example: "ARRAY_APPEND(tags, 'new')",
  }),
  coll({
    name: 'ARRAY_PREPEND',
    sig: 'array ARRAY, element ANY',
    returns: withElement((a) => a),
    returnLabel: 'ARRAY',
    nullability: 'inferred',
    description: 'The array with the element added at the front.',
    example: 'ARRAY_PREPEND(path, root_id)',
  }),
  coll({
    name: 'ARRAY_CONTAINS',
    sig: 'array ARRAY, element ANY',
    returns: withElement(() => T.boolean()),
    returnLabel: 'BOOLEAN',
    description: 'TRUE when the array holds the element.',
    example: "ARRAY_CONTAINS(roles, 'admin')",
  }),
  coll({
    name: 'ARRAY_POSITION',
    sig: 'array ARRAY, element ANY',
    returns: withElement(() => T.int()),
    returnLabel: 'INT',
    description: 'The 1-based position of the first occurrence of the element; 0 if absent.',
    example: "ARRAY_POSITION(steps, 'checkout')",
  }),
  coll({
    name: 'ARRAY_REMOVE',
    sig: 'array ARRAY, element ANY',
    returns: withElement((a) => a),
    returnLabel: 'ARRAY',
    nullability: 'inferred',
    description: 'The array without any occurrence of the element.',
    example: 'ARRAY_REMOVE(ids, 0)',
  }),
  coll({ name: 'ARRAY_DISTINCT', sig: 'array ARRAY', returns: argument(0), returnLabel: 'same as array', description: 'The array without duplicates, first occurrences kept in order.', example: 'ARRAY_DISTINCT(visited_pages)' }),
  coll({ name: 'ARRAY_REVERSE', sig: 'array ARRAY', returns: argument(0), returnLabel: 'same as array', description: 'The array in reverse order.', example: 'ARRAY_REVERSE(history)' }),
  coll({
    name: 'ARRAY_SLICE',
    sig: 'array ARRAY, start INT [, end INT]',
    returns: argument(0),
    returnLabel: 'same as array',
    description: 'The elements from start to end (1-based, inclusive; negative counts from the end).',
    example: 'ARRAY_SLICE(events, 1, 3)',
  }),
  coll({
    name: 'ARRAY_SORT',
    sig: 'array ARRAY [, ascending BOOLEAN [, nullsFirst BOOLEAN]]',
    returns: argument(0),
    returnLabel: 'same as array',
    description: 'The array sorted (ascending, NULLs first by default).',
    example: 'ARRAY_SORT(scores, FALSE)',
  }),
  coll({ name: 'ARRAY_UNION', sig: 'array1 ARRAY, array2 ARRAY', returns: commonArrays, returnLabel: 'ARRAY', description: 'The distinct elements of both arrays.', example: 'ARRAY_UNION(a.tags, b.tags)' }),
  coll({ name: 'ARRAY_CONCAT', sig: 'array ARRAY...', returns: commonArrays, returnLabel: 'ARRAY', description: 'The arrays joined one after the other.', example: 'ARRAY_CONCAT(morning, evening)' }),
  coll({ name: 'ARRAY_EXCEPT', sig: 'array1 ARRAY, array2 ARRAY', returns: commonArrays, returnLabel: 'ARRAY', description: 'The elements of array1 not in array2.', example: 'ARRAY_EXCEPT(all_ids, seen_ids)' }),
  coll({ name: 'ARRAY_INTERSECT', sig: 'array1 ARRAY, array2 ARRAY', returns: commonArrays, returnLabel: 'ARRAY', description: 'The elements in both arrays.', example: 'ARRAY_INTERSECT(wanted, stocked)' }),
  coll({ name: 'ARRAY_MAX', sig: 'array ARRAY', returns: elementOfArray, returnLabel: 'element type', nullability: 'always', description: 'The greatest element; NULL for an empty array.', example: 'ARRAY_MAX(readings)' }),
  coll({ name: 'ARRAY_MIN', sig: 'array ARRAY', returns: elementOfArray, returnLabel: 'element type', nullability: 'always', description: 'The smallest element; NULL for an empty array.', example: 'ARRAY_MIN(readings)' }),
  coll({
    name: 'ARRAY_JOIN',
    sig: 'array ARRAY, delimiter STRING [, nullReplacement STRING]',
    returns: (args) => {
      const arr = arrayArg(args, 0);
      if (arr && arr.element.kind !== 'CHAR' && arr.element.kind !== 'VARCHAR' && arr.element.kind !== 'NULL') {
        return { error: `the array must hold strings, but holds ${printType(arr.element)}` };
      }
      return T.string();
    },
    returnLabel: 'STRING',
    description: 'The string elements joined with the delimiter (NULL elements skipped or replaced).',
    example: "ARRAY_JOIN(tags, ', ')",
  }),
  coll({
    name: 'MAP_KEYS',
    sig: 'map MAP',
    returns: (args) => T.array(mapArg(args)?.key ?? T.null()),
    returnLabel: 'ARRAY of the key type',
    description: 'The keys of the map as an ARRAY.',
    example: 'MAP_KEYS(attributes)',
  }),
  coll({
    name: 'MAP_VALUES',
    sig: 'map MAP',
    returns: (args) => T.array(mapArg(args)?.value ?? T.null()),
    returnLabel: 'ARRAY of the value type',
    description: 'The values of the map as an ARRAY.',
    example: 'MAP_VALUES(attributes)',
  }),
  coll({
    name: 'MAP_ENTRIES',
    sig: 'map MAP',
    returns: (args) => {
      const m = mapArg(args);
      return T.array(T.row([{ name: 'key', type: m?.key ?? T.null() }, { name: 'value', type: m?.value ?? T.null() }]));
    },
    returnLabel: 'ARRAY<ROW<key, value>>',
    description: 'The entries of the map as an ARRAY of ROW(key, value).',
    example: 'MAP_ENTRIES(headers)',
  }),
  coll({
    name: 'MAP_FROM_ARRAYS',
    sig: 'keys ARRAY, values ARRAY',
    returns: (args) => {
      const k = arrayArg(args, 0);
      const v = arrayArg(args, 1);
      return T.map(withoutTimeAttribute(k?.element ?? T.null()), withoutTimeAttribute(v?.element ?? T.null()));
    },
    returnLabel: 'MAP',
    description: 'A MAP pairing the keys array with the values array (same lengths).',
    example: "MAP_FROM_ARRAYS(ARRAY['a', 'b'], ARRAY[1, 2])",
  }),
  coll({
    name: 'MAP_UNION',
    sig: 'map MAP...',
    returns: (args) => {
      const maps = typedArgs(args);
      const c = findCommonType(maps);
      if (!c || c.kind !== 'MAP') return { error: `the maps have no common type: ${maps.map(printType).join(', ')}` };
      return c;
    },
    returnLabel: 'MAP',
    description: 'All maps merged; for a key in several maps the last one wins.',
    example: 'MAP_UNION(defaults, overrides)',
  }),
];

