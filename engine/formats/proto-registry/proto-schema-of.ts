/**
 * The Protobuf schema Tideline registers for columns (CREATE TABLE with 'proto-registry', and
 * INSERT INTO such a table), chosen so that proto-schema-types.ts reads the same columns back:
 * a proto3 file, package `org.apache.flink.proto.generated`, whose first message `Row` has one
 * field per column, numbered in column order.
 *
 * | Flink type                     | Protobuf                                                 |
 * |--------------------------------|----------------------------------------------------------|
 * | BOOLEAN                        | `bool`                                                   |
 * | TINYINT / SMALLINT / INT       | `int32` (read back as INT)                               |
 * | BIGINT                         | `int64`                                                  |
 * | FLOAT / DOUBLE                 | `float` / `double`                                       |
 * | DECIMAL                        | `double` (read back as DOUBLE)                           |
 * | CHAR / VARCHAR / STRING        | `string`                                                 |
 * | BINARY / VARBINARY / BYTES     | `bytes`                                                  |
 * | DATE / TIME                    | `int32`: days since the epoch / milliseconds of the day  |
 * | TIMESTAMP / TIMESTAMP_LTZ      | `google.protobuf.Timestamp` (read back as TIMESTAMP_LTZ(3)) |
 * | ARRAY<T>                       | `repeated T` (T not an array or map; NULL elements refused) |
 * | MAP<K, V>, MULTISET<K>         | `map<K, V>` / `map<K, int32>` (K a string or integer type) |
 * | ROW<...>                       | a nested message `<Parent>_<field>`                      |
 *
 * Nullable scalars are `optional` (NOT NULL ones plain proto3 fields); messages are always
 * nullable when read, repeated and map fields never. Anything else is a ProtoSchemaError naming
 * the column.
 */
import type { ColumnSpec } from '../../connectors/api';
import type { LogicalType } from '../../types/logical-type';
import type { Value } from '../../types/values';
import { ProtoSchemaError } from './proto-schema-types';

export const PROTO_PACKAGE = 'org.apache.flink.proto.generated';

const SCALAR: Partial<Record<LogicalType['kind'], string>> = {
  BOOLEAN: 'bool',
  TINYINT: 'int32',
  SMALLINT: 'int32',
  INTEGER: 'int32',
  BIGINT: 'int64',
  FLOAT: 'float',
  DOUBLE: 'double',
  DECIMAL: 'double',
  CHAR: 'string',
  VARCHAR: 'string',
  BINARY: 'bytes',
  VARBINARY: 'bytes',
  DATE: 'int32',
  TIME: 'int32',
};

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The .proto text for these columns (message `Row`). */
export function protoSchemaFor(columns: readonly ColumnSpec[]): string {
  let timestamps = false;
  const message = (name: string, fields: readonly { name: string; type: LogicalType }[], indent: string, at: string): string => {
    const nested: string[] = [];
    const elementType = (t: LogicalType, field: string, path: string): string => {
      const scalar = SCALAR[t.kind];
      if (scalar) return scalar;
      if (t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') {
        timestamps = true;
        return 'google.protobuf.Timestamp';
      }
      if (t.kind === 'ROW') {
        const nestedName = `${name}_${field}`;
        nested.push(message(nestedName, t.fields, `${indent}  `, path));
        return nestedName;
      }
      throw new ProtoSchemaError(`column ${path}: type ${t.kind} has no Protobuf mapping here`);
    };
    const lines = fields.map((f, i) => {
      const path = at ? `${at}.${f.name}` : f.name;
      if (!IDENT.test(f.name)) throw new ProtoSchemaError(`column ${path}: '${f.name}' is not a Protobuf field name`);
      const t = f.type;
      let decl: string;
      if (t.kind === 'ARRAY') {
        if (t.element.kind === 'ARRAY' || t.element.kind === 'MAP' || t.element.kind === 'MULTISET') throw new ProtoSchemaError(`column ${path}: an ARRAY of ${t.element.kind} has no Protobuf mapping`);
        decl = `repeated ${elementType(t.element, f.name, `${path}[]`)}`;
      } else if (t.kind === 'MAP' || t.kind === 'MULTISET') {
        const key = t.kind === 'MAP' ? t.key : t.element;
        const k = SCALAR[key.kind];
        if (!k || !['string', 'int32', 'int64', 'bool'].includes(k)) throw new ProtoSchemaError(`column ${path}: a ${t.kind} with ${key.kind} keys has no Protobuf mapping`);
        const v = t.kind === 'MAP' ? t.value : undefined;
        if (v && (v.kind === 'ARRAY' || v.kind === 'MAP' || v.kind === 'MULTISET')) throw new ProtoSchemaError(`column ${path}: a MAP of ${v.kind} has no Protobuf mapping`);
        decl = `map<${k}, ${v ? elementType(v, f.name, `${path}{}`) : 'int32'}>`;
      } else {
        const type = elementType(t, f.name, path);
        decl = t.nullable && SCALAR[t.kind] ? `optional ${type}` : type;
      }
      return `${indent}  ${decl} ${f.name} = ${i + 1};`;
    });
    return `${indent}message ${name} {\n${[...nested, ...lines].join('\n')}\n${indent}}`;
  };
  const body = message('Row', columns, '', '');
  return `syntax = "proto3";\npackage ${PROTO_PACKAGE};\n${timestamps ? 'import "google/protobuf/timestamp.proto";\n' : ''}\n${body}\n`;
}

type Convert = (v: Value) => unknown;

/** Row values (engine/types/values.ts) as the plain object protobufjs' `fromObject` takes for message `Row`. */
export function protoObjectWriter(columns: readonly ColumnSpec[]): (row: readonly Value[]) => Record<string, unknown> {
  const row = rowWriter(columns.map((c) => ({ name: c.name, type: c.type })), '');
  return (r) => row(r as Value[]) as Record<string, unknown>;
}

function rowWriter(fields: readonly { name: string; type: LogicalType }[], at: string): Convert {
  const fs = fields.map((f) => ({ name: f.name, convert: valueWriter(f.type, at ? `${at}.${f.name}` : f.name) }));
  return (v) => {
    const r = v as Value[];
    const o: Record<string, unknown> = {};
    for (let i = 0; i < fs.length; i++) if (r[i] !== null) o[fs[i].name] = fs[i].convert(r[i]);
    return o;
  };
}

function valueWriter(t: LogicalType, path: string): Convert {
  switch (t.kind) {
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return (v) => {
        const ms = v as number;
        const seconds = Math.floor(ms / 1000);
        return { seconds, nanos: (ms - seconds * 1000) * 1_000_000 };
      };
    case 'ROW':
      return rowWriter(t.fields, path);
    case 'ARRAY': {
      const e = valueWriter(t.element, `${path}[]`);
      return (v) =>
        (v as Value[]).map((x) => {
          if (x === null) throw new Error(`column ${path}: a Protobuf repeated field cannot hold NULL`);
          return e(x);
        });
    }
    case 'MAP':
    case 'MULTISET': {
      const val = t.kind === 'MAP' ? valueWriter(t.value, `${path}{}`) : (x: Value) => x;
      return (v) => {
        const o: Record<string, unknown> = {};
        for (const [k, x] of v as Map<Value, Value>) {
          if (k === null || x === null) throw new Error(`column ${path}: a Protobuf map cannot hold NULL keys or values`);
          o[String(k)] = val(x);
        }
        return o;
      };
    }
    default:
      return (v) => v;
  }
}
