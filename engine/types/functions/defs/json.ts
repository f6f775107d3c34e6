/** JSON functions (Flink docs: "JSON Functions"). */

import { T, isCharacterString } from '../../logical-type';
import { printType } from '../../print';
import { define } from '../define';
import type { FunctionDef, ReturnInference } from '../model';
import { typeAt, typedArgs } from '../strategies';

/** JSON_VALUE ... RETURNING type: the type (STRING by default); scalars only. */
const jsonValue: ReturnInference = (args) => {
  if (args.length < 3) return T.string();
  const t = typeAt(args, 2);
  if (t.kind === 'ARRAY' || t.kind === 'MAP' || t.kind === 'ROW' || t.kind === 'MULTISET') {
    return { error: `RETURNING ${printType(t)} is not a scalar type (use JSON_QUERY for arrays)` };
  }
  return t;
};

/** JSON_QUERY ... RETURNING STRING | ARRAY<STRING>. */
const jsonQuery: ReturnInference = (args) => {
  if (args.length < 3) return T.string();
  const t = typeAt(args, 2);
  if (isCharacterString(t) || (t.kind === 'ARRAY' && isCharacterString(t.element))) return t;
  return { error: `RETURNING must be STRING or ARRAY<STRING>, not ${printType(t)}` };
};

/** JSON_OBJECT(KEY k VALUE v, ...): keys are strings (the analyzer passes key and value types alternately). */
const jsonObject: ReturnInference = (args) => {
  const types = typedArgs(args);
  if (types.length % 2 !== 0) return { error: 'expects KEY ... VALUE ... pairs' };
  for (let i = 0; i < types.length; i += 2) {
    if (!isCharacterString(types[i])) return { error: `a key must be a string, not ${printType(types[i])}` };
  }
  return T.string(false);
};

export const JSON_FUNCTIONS: readonly FunctionDef[] = [
  define({
    name: 'IS JSON',
    kind: 'operator',
    category: 'json',
    sig: 'value STRING [, kind JSONTYPE]',
    syntax: 'str IS JSON [VALUE | SCALAR | ARRAY | OBJECT]',
    returns: T.boolean(false),
    nullability: 'never',
    description: 'TRUE when the string is valid JSON (optionally of the given kind); FALSE for NULL.',
    example: 'payload IS JSON OBJECT',
  }),
  define({
    name: 'JSON_EXISTS',
    category: 'json',
    sig: 'json STRING, path STRING',
    syntax: 'JSON_EXISTS(json, path [{TRUE | FALSE | UNKNOWN | ERROR} ON ERROR])',
    returns: T.boolean(),
    description: 'TRUE when the JSON path selects something in the document.',
    example: "JSON_EXISTS(payload, '$.customer.email')",
  }),
  define({
    name: 'JSON_STRING',
    category: 'json',
    sig: 'value ANY',
    returns: T.string(),
    description: 'The value serialized as a JSON string.',
    example: 'JSON_STRING(ROW(id, name))',
  }),
  define({
    name: 'JSON_VALUE',
    category: 'json',
    sig: 'json STRING, path STRING [, returning TYPE]',
    syntax:
      'JSON_VALUE(json, path [RETURNING type] [{NULL | ERROR | DEFAULT expr} ON EMPTY] [{NULL | ERROR | DEFAULT expr} ON ERROR])',
    returns: jsonValue,
    returnLabel: 'STRING or the RETURNING type',
    nullability: 'always',
    description: 'The scalar at the JSON path, as STRING or the RETURNING type; NULL when absent.',
    example: "JSON_VALUE(payload, '$.amount' RETURNING DOUBLE)",
  }),
  define({
    name: 'JSON_QUERY',
    category: 'json',
    sig: 'json STRING, path STRING [, returning TYPE]',
    syntax:
      'JSON_QUERY(json, path [RETURNING type] [{WITHOUT | WITH CONDITIONAL | WITH UNCONDITIONAL} [ARRAY] WRAPPER] [... ON EMPTY] [... ON ERROR])',
    returns: jsonQuery,
    returnLabel: 'STRING or ARRAY<STRING>',
    nullability: 'always',
    description: 'The JSON object or array at the JSON path, as JSON text.',
    example: "JSON_QUERY(payload, '$.items')",
  }),
  define({
    name: 'JSON_OBJECT',
    category: 'json',
    sig: '[entry ANY...]',
    syntax: 'JSON_OBJECT([[KEY] key VALUE value]* [{NULL | ABSENT} ON NULL])',
    returns: jsonObject,
    returnLabel: 'STRING NOT NULL',
    nullability: 'inferred',
    description: 'A JSON object text built from key-value pairs.',
    example: "JSON_OBJECT(KEY 'id' VALUE order_id, KEY 'total' VALUE total)",
  }),
  define({
    name: 'JSON_ARRAY',
    category: 'json',
    sig: '[value ANY...]',
    syntax: 'JSON_ARRAY([value]* [{NULL | ABSENT} ON NULL])',
    returns: T.string(false),
    nullability: 'never',
    description: 'A JSON array text of the values.',
    example: 'JSON_ARRAY(lat, lon)',
  }),
  define({
    name: 'PARSE_JSON',
    category: 'json',
    sig: 'json STRING [, allowDuplicateKeys BOOLEAN]',
    returns: { kind: 'VARIANT', nullable: true },
    description: 'Parses JSON text into a VARIANT value; fails the job on invalid JSON.',
    example: 'PARSE_JSON(payload)',
  }),
  define({
    name: 'TRY_PARSE_JSON',
    category: 'json',
    sig: 'json STRING [, allowDuplicateKeys BOOLEAN]',
    returns: { kind: 'VARIANT', nullable: true },
    nullability: 'always',
    description: 'Like PARSE_JSON, but invalid JSON gives NULL instead of failing.',
    example: 'TRY_PARSE_JSON(raw_body)',
  }),
  define({
    name: 'JSON_OBJECTAGG',
    kind: 'aggregate',
    category: 'json',
    sig: 'key STRING, value ANY',
    syntax: 'JSON_OBJECTAGG([KEY] key VALUE value [{NULL | ABSENT} ON NULL])',
    returns: (args) => (isCharacterString(typeAt(args, 0)) ? T.varchar(2000, false) : { error: 'the key must be a string' }),
    returnLabel: 'VARCHAR(2000) NOT NULL',
    nullability: 'never',
    description: 'Aggregates key-value pairs of a group into one JSON object text.',
    example: 'JSON_OBJECTAGG(KEY product VALUE qty)',
  }),
  define({
    name: 'JSON_ARRAYAGG',
    kind: 'aggregate',
    category: 'json',
    sig: 'value ANY',
    syntax: 'JSON_ARRAYAGG(value [{NULL | ABSENT} ON NULL])',
    returns: T.varchar(2000, false),
    nullability: 'never',
    description: 'Aggregates the values of a group into one JSON array text.',
    example: 'JSON_ARRAYAGG(sku)',
  }),
];

