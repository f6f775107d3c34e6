/**
 * The Flink type of a JSON Schema, as Confluent Cloud maps `T-value` / `T-key` subjects of
 * schema type JSON to columns:
 *
 * - `object` with `properties` → ROW (fields in property order; a property not listed in
 *   `required` is nullable); `object` with only `additionalProperties` → MAP<STRING, …>;
 * - `string` → STRING (`format` date → DATE, time → TIME(3), date-time → TIMESTAMP_LTZ(3));
 *   `enum` / `const` → STRING; `integer` → BIGINT (`connect.type` int8/int16/int32 → TINYINT /
 *   SMALLINT / INT); `number` → DOUBLE (`connect.type` float32 → FLOAT); `boolean` → BOOLEAN;
 *   `array` → ARRAY;
 * - `["null", X]`, `oneOf`/`anyOf` [{type: null}, X] → nullable X; `$ref` to `#/definitions/…`
 *   or `#/$defs/…` is followed (a recursive reference is an error).
 *
 * Anything else is a JsonSchemaError naming the JSON path, so the topic shows as unavailable
 * with the reason.
 */
import { T, type LogicalType, type RowField } from '../../types/logical-type';

export class JsonSchemaError extends Error {}

type Schema = Record<string, unknown> | boolean;

function nullable(t: LogicalType, n: boolean): LogicalType {
  return { ...t, nullable: n } as LogicalType;
}

export function fromJsonSchema(root: unknown): LogicalType {
  if (typeof root !== 'object' || root === null) throw new JsonSchemaError('a JSON Schema must be an object');
  const resolving = new Set<string>();

  const ref = (path: string): Schema => {
    const m = /^#\/(definitions|\$defs)\/(.+)$/.exec(path);
    const defs = m ? ((root as Record<string, unknown>)[m[1]] as Record<string, unknown> | undefined) : undefined;
    const target = m && defs ? defs[decodeURIComponent(m[2]).replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    if (target === undefined) throw new JsonSchemaError(`$ref '${path}' does not name a local definition (#/definitions/… or #/$defs/…)`);
    return target as Schema;
  };

  const convert = (s: Schema, at: string): LogicalType => {
    if (s === true || s === false) return T.string();
    const r = s['$ref'];
    if (typeof r === 'string') {
      if (resolving.has(r)) throw new JsonSchemaError(`${at}: recursive $ref '${r}' has no Flink type`);
      resolving.add(r);
      try {
        return convert(ref(r), at);
      } finally {
        resolving.delete(r);
      }
    }
    const alternatives = (s['oneOf'] ?? s['anyOf']) as Schema[] | undefined;
    if (Array.isArray(alternatives)) {
      const isNull = (x: Schema) => typeof x === 'object' && x['type'] === 'null';
      const rest = alternatives.filter((x) => !isNull(x));
      if (rest.length === 1) return nullable(convert(rest[0], at), rest.length < alternatives.length);
      if (rest.length === 0) return T.null();
      throw new JsonSchemaError(`${at}: oneOf/anyOf of ${rest.length} non-null schemas has no Flink type`);
    }
    if (s['enum'] !== undefined || s['const'] !== undefined) return T.string(false);
    let type = s['type'];
    let isNullable = false;
    if (Array.isArray(type)) {
      const rest = type.filter((t) => t !== 'null');
      isNullable = rest.length < type.length;
      if (rest.length !== 1) throw new JsonSchemaError(`${at}: type ${JSON.stringify(type)} has no Flink type (one type, optionally with null)`);
      type = rest[0];
    }
    const connect = s['connect.type'];
    let t: LogicalType;
    switch (type) {
      case 'object': {
        const props = s['properties'] as Record<string, Schema> | undefined;
        if (props && typeof props === 'object') {
          const required = new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []);
          const fields: RowField[] = Object.entries(props).map(([name, p]) => {
            const ft = convert(p, `${at}.${name}`);
            return { name, type: required.has(name) ? ft : nullable(ft, true) };
          });
          t = T.row(fields, false);
        } else if (typeof s['additionalProperties'] === 'object' && s['additionalProperties'] !== null) {
          t = T.map(T.string(false), convert(s['additionalProperties'] as Schema, `${at}.*`), false);
        } else {
          t = T.map(T.string(false), T.string(), false);
        }
        break;
      }
      case 'array':
        if (s['items'] === undefined) throw new JsonSchemaError(`${at}: an array needs 'items' for a Flink type`);
        t = T.array(convert(s['items'] as Schema, `${at}[]`), false);
        break;
      case 'string':
        t = s['format'] === 'date' ? T.date(false) : s['format'] === 'time' ? T.time(3, false) : s['format'] === 'date-time' ? T.timestampLtz(3, false) : T.string(false);
        break;
      case 'integer':
        t = connect === 'int8' ? T.tinyint(false) : connect === 'int16' ? T.smallint(false) : connect === 'int32' ? T.int(false) : T.bigint(false);
        break;
      case 'number':
        t = connect === 'float32' ? T.float(false) : connect === 'int32' ? T.int(false) : connect === 'int64' ? T.bigint(false) : T.double(false);
        break;
      case 'boolean':
        t = T.boolean(false);
        break;
      case 'null':
        return T.null();
      default:
        throw new JsonSchemaError(`${at}: ${type === undefined ? "a schema without 'type'" : `type ${JSON.stringify(type)}`} has no Flink type`);
    }
    return isNullable ? nullable(t, true) : t;
  };

  return convert(root as Schema, '$');
}
