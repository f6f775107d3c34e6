/**
 * The JSON Schema Tideline registers for columns (CREATE TABLE with 'json-registry', and
 * INSERT INTO such a table), chosen so that json-schema-types.ts reads the same columns back:
 *
 * | Flink type                     | JSON Schema                                             |
 * |--------------------------------|---------------------------------------------------------|
 * | BOOLEAN                        | `boolean`                                               |
 * | TINYINT / SMALLINT / INT       | `integer` with `connect.type` int8 / int16 / int32      |
 * | BIGINT                         | `integer` (`connect.type` int64)                        |
 * | FLOAT / DOUBLE                 | `number` with `connect.type` float32 / float64          |
 * | DECIMAL                        | `number` (read back as DOUBLE)                          |
 * | CHAR / VARCHAR / STRING        | `string`                                                |
 * | DATE / TIME                    | `string` with `format` date / time                      |
 * | TIMESTAMP / TIMESTAMP_LTZ      | `string` with `format` date-time (read back as TIMESTAMP_LTZ) |
 * | ARRAY<T>                       | `array` of T                                            |
 * | MAP<STRING, V>, MULTISET<STRING> | `object` with `additionalProperties` V (INT for a multiset) |
 * | ROW<...>                       | `object` with `properties` (NOT NULL fields `required`) |
 *
 * A nullable type is `oneOf: [{type: null}, T]` (as Confluent Cloud writes it) and is left out
 * of `required`. BINARY / VARBINARY, maps with non-string keys, intervals and the rest have no
 * mapping here: a JsonSchemaError names the column.
 */
import type { ColumnSpec } from '../../connectors/api';
import type { LogicalType } from '../../types/logical-type';
import { JsonSchemaError } from './json-schema-types';

type Schema = Record<string, unknown>;

export function jsonSchemaFor(columns: readonly ColumnSpec[], title = 'Record'): Schema {
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...objectOf(columns.map((c) => ({ name: c.name, type: c.type })), '') };
}

function objectOf(fields: readonly { name: string; type: LogicalType }[], at: string): Schema {
  const properties: Record<string, Schema> = {};
  for (const f of fields) properties[f.name] = schemaOf(f.type, at ? `${at}.${f.name}` : f.name);
  const required = fields.filter((f) => !f.type.nullable).map((f) => f.name);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function schemaOf(t: LogicalType, at: string): Schema {
  const plain = nonNull(t, at);
  return t.nullable ? { oneOf: [{ type: 'null' }, plain] } : plain;
}

function nonNull(t: LogicalType, at: string): Schema {
  switch (t.kind) {
    case 'BOOLEAN':
      return { type: 'boolean' };
    case 'TINYINT':
      return { type: 'integer', 'connect.type': 'int8' };
    case 'SMALLINT':
      return { type: 'integer', 'connect.type': 'int16' };
    case 'INTEGER':
      return { type: 'integer', 'connect.type': 'int32' };
    case 'BIGINT':
      return { type: 'integer', 'connect.type': 'int64' };
    case 'FLOAT':
      return { type: 'number', 'connect.type': 'float32' };
    case 'DOUBLE':
      return { type: 'number', 'connect.type': 'float64' };
    case 'DECIMAL':
      return { type: 'number' };
    case 'CHAR':
    case 'VARCHAR':
      return { type: 'string' };
    case 'DATE':
      return { type: 'string', format: 'date' };
    case 'TIME':
      return { type: 'string', format: 'time' };
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return { type: 'string', format: 'date-time' };
    case 'ARRAY':
      return { type: 'array', items: schemaOf(t.element, `${at}[]`) };
    case 'MULTISET':
    case 'MAP': {
      const key = t.kind === 'MAP' ? t.key : t.element;
      if (key.kind !== 'VARCHAR' && key.kind !== 'CHAR') throw new JsonSchemaError(`column ${at}: a ${t.kind} with ${key.kind} keys has no JSON Schema mapping (keys must be strings)`);
      return { type: 'object', additionalProperties: t.kind === 'MAP' ? schemaOf(t.value, `${at}{}`) : { type: 'integer', 'connect.type': 'int32' } };
    }
    case 'ROW':
      return objectOf(t.fields, at);
    default:
      throw new JsonSchemaError(`column ${at}: type ${t.kind} has no JSON Schema mapping`);
  }
}
