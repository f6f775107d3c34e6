/** Value construction and value access (Flink docs: "Value Construction Functions", "Value Access Functions"). */

import { T, isIntegerNumeric, isCharacterString, withNullability, withoutTimeAttribute } from '../../logical-type';
import { supportsImplicitCast } from '../../casts';
import { printType } from '../../print';
import { didYouMeanSuffix } from '../../../text/did-you-mean';
import { define } from '../define';
import { type FunctionDef, type ReturnInference, isSymbolArg } from '../model';
import { commonOrError, typeAt, typedArgs } from '../strategies';

/** ROW(a, b): fields named EXPR$0, EXPR$1, ... as Flink names unnamed row fields. */
const row: ReturnInference = (args) =>
  T.row(
    typedArgs(args).map((t, i) => ({ name: `EXPR$${i}`, type: withoutTimeAttribute(t) })),
    false,
  );

const array: ReturnInference = (args) => {
  const c = commonOrError(typedArgs(args), { validator: true });
  return 'error' in c ? c : T.array(c, false);
};

const map: ReturnInference = (args) => {
  const types = typedArgs(args);
  if (types.length % 2 !== 0) return { error: 'expects key-value pairs (an even number of arguments)' };
  const k = commonOrError(types.filter((_, i) => i % 2 === 0), { validator: true });
  if ('error' in k) return { error: `keys: ${k.error}` };
  const v = commonOrError(types.filter((_, i) => i % 2 === 1), { validator: true });
  if ('error' in v) return { error: `values: ${v.error}` };
  return T.map(k, v, false);
};

/** row.field: the field's type, nullable when the row is. */
const fieldAccess: ReturnInference = (args) => {
  const r = typeAt(args, 0);
  const f = args[1];
  if (!f || !isSymbolArg(f)) return { error: 'the field must be a name' };
  if (r.kind !== 'ROW') return { error: `${printType(r)} has no fields` };
  const exact = r.fields.find((x) => x.name === f.value);
  const field = exact ?? r.fields.find((x) => x.name.toLowerCase() === f.value.toLowerCase());
  if (!field) {
    return { error: `${printType(r)} has no field '${f.value}'${didYouMeanSuffix(f.value, r.fields.map((x) => x.name))}` };
  }
  return withNullability(field.type, field.type.nullable || r.nullable);
};

/** array[index] (1-based INT) or map[key]: the element or value, always nullable. */
const item: ReturnInference = (args) => {
  const c = typeAt(args, 0);
  const k = typeAt(args, 1);
  if (c.kind === 'ARRAY') {
    if (!isIntegerNumeric(k) && k.kind !== 'NULL') return { error: `an array index must be an integer, not ${printType(k)}` };
    return withNullability(c.element, true);
  }
  if (c.kind === 'MAP') {
    if (k.kind !== 'NULL' && !supportsImplicitCast(withNullability(k, true), withNullability(c.key, true))) {
      return { error: `a key of type ${printType(k)} does not fit ${printType(c)}` };
    }
    return withNullability(c.value, true);
  }
  if (c.kind === 'ROW' && (isIntegerNumeric(k) || isCharacterString(k))) {
    return { error: 'fields of a ROW are accessed with row.field' };
  }
  return { error: `${printType(c)} cannot be indexed` };
};

export const CONSTRUCTION_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: 'ROW',
    kind: 'special-syntax',
    category: 'construction',
    sig: 'value ANY...',
    syntax: 'ROW(value1 [, value2]*)\n(value1, value2 [, value3]*)',
    returns: row,
    returnLabel: 'ROW',
    nullability: 'never',
    description: 'A row of the given values (fields EXPR$0, EXPR$1, ... unless aliased by a CAST).',
    example: "ROW(street, city, zip)",
  }),
  define({
    name: 'ARRAY',
    kind: 'special-syntax',
    category: 'construction',
    sig: 'value ANY...',
    syntax: 'ARRAY[value1 [, value2]*]',
    returns: array,
    returnLabel: 'ARRAY of the common type',
    nullability: 'never',
    description: 'An array of the given values, converted to their common type.',
    example: "ARRAY['red', 'green', 'blue']",
  }),
  define({
    name: 'MAP',
    kind: 'special-syntax',
    category: 'construction',
    sig: 'key ANY, value ANY [, more ANY...]',
    syntax: 'MAP[key1, value1 [, key2, value2]*]',
    returns: map,
    returnLabel: 'MAP',
    nullability: 'never',
    description: 'A map of the given key-value pairs.',
    example: "MAP['currency', 'EUR', 'country', 'DE']",
  }),
  define({
    name: '.',
    kind: 'operator',
    category: 'access',
    sig: 'row ROW, field SYMBOL',
    syntax: 'row.field',
    returns: fieldAccess,
    returnLabel: 'type of the field',
    nullability: 'inferred',
    description: 'A field of a ROW value by name.',
    example: 'customer.address.city',
  }),
  define({
    name: 'ITEM',
    aliases: ['[]'],
    kind: 'operator',
    category: 'access',
    sig: 'collection ARRAY|MAP|ROW, key ANY',
    syntax: 'array[index]\nmap[key]',
    returns: item,
    returnLabel: 'element or value type',
    nullability: 'inferred',
    description: 'The element at a 1-based array index, or the value of a map key; NULL when missing.',
    example: "headers['content-type']",
  }),
];
