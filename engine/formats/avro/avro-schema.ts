/**
 * Flink logical types <-> Avro schemas, as Flink's AvroSchemaConverter maps them: the row is
 * a record `record` in namespace `org.apache.flink.avro.generated` (nested rows are records
 * named `<parent>_<field>`), nullable types are unions ["null", T] with default null,
 * TINYINT/SMALLINT/INT -> int, BIGINT -> long, DECIMAL -> bytes with logicalType decimal,
 * DATE -> int date, TIME -> int time-millis, TIMESTAMP(<=3) -> long timestamp-millis,
 * TIMESTAMP(>3) -> long timestamp-micros, MAP/MULTISET -> map, ARRAY -> array.
 */
import { T, type LogicalType, type RowField } from '../../types/logical-type';

export const AVRO_NAMESPACE = 'org.apache.flink.avro.generated';

export type AvroSchema = string | AvroSchema[] | { [key: string]: unknown };

export class AvroSchemaError extends Error {}

/** The Avro schema of a row type (top level: record `record`, namespace org.apache.flink.avro.generated). */
export function toAvroSchema(type: LogicalType, name = 'record', namespace = AVRO_NAMESPACE): AvroSchema {
  return convert(type, name, namespace);
}

function convert(type: LogicalType, name: string, namespace?: string): AvroSchema {
  const plain = nonNull(type, name, namespace);
  return type.nullable ? ['null', plain] : plain;
}

function nonNull(type: LogicalType, name: string, namespace?: string): AvroSchema {
  switch (type.kind) {
    case 'NULL':
      return 'null';
    case 'BOOLEAN':
      return 'boolean';
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
      return 'int';
    case 'BIGINT':
      return 'long';
    case 'FLOAT':
      return 'float';
    case 'DOUBLE':
      return 'double';
    case 'CHAR':
    case 'VARCHAR':
      return 'string';
    case 'BINARY':
    case 'VARBINARY':
      return 'bytes';
    case 'DECIMAL':
      return { type: 'bytes', logicalType: 'decimal', precision: type.precision, scale: type.scale };
    case 'DATE':
      return { type: 'int', logicalType: 'date' };
    case 'TIME':
      return { type: 'int', logicalType: 'time-millis' };
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      if (type.precision <= 3) return { type: 'long', logicalType: 'timestamp-millis' };
      if (type.precision <= 6) return { type: 'long', logicalType: 'timestamp-micros' };
      throw new AvroSchemaError(`Avro does not support TIMESTAMP(${type.precision}); the maximum precision is 6`);
    case 'ARRAY':
      return { type: 'array', items: convert(type.element, name) };
    case 'MAP':
      return { type: 'map', values: convert(type.value, name) };
    case 'MULTISET':
      return { type: 'map', values: 'int' };
    case 'ROW': {
      const fields = type.fields.map((f) => {
        const schema = convert(f.type, `${name}_${f.name}`);
        return f.type.nullable ? { name: f.name, type: schema, default: null } : { name: f.name, type: schema };
      });
      return namespace === undefined ? { type: 'record', name, fields } : { type: 'record', name, namespace, fields };
    }
    default:
      throw new AvroSchemaError(`type ${type.kind} has no Avro mapping`);
  }
}

/** The Flink type of an Avro schema (Flink's AvroSchemaConverter.convertToDataType). */
export function fromAvroSchema(schema: AvroSchema): LogicalType {
  if (typeof schema === 'string') return primitive(schema, false);
  if (Array.isArray(schema)) {
    const nonNulls = schema.filter((s) => s !== 'null');
    const nullable = nonNulls.length < schema.length;
    if (nonNulls.length === 1) return withNull(fromAvroSchema(nonNulls[0]), nullable);
    if (nonNulls.length === 0) return T.null();
    throw new AvroSchemaError('Avro unions of several non-null types have no Flink mapping');
  }
  const s = schema as Record<string, unknown>;
  const logical = s.logicalType as string | undefined;
  switch (s.type) {
    case 'record': {
      const fields: RowField[] = (s.fields as { name: string; type: AvroSchema }[]).map((f) => ({ name: f.name, type: fromAvroSchema(f.type) }));
      return T.row(fields, false);
    }
    case 'enum':
      return T.string(false);
    case 'array':
      return T.array(fromAvroSchema(s.items as AvroSchema), false);
    case 'map':
      return T.map(T.string(false), fromAvroSchema(s.values as AvroSchema), false);
    case 'fixed':
      if (logical === 'decimal') return T.decimal(s.precision as number, (s.scale as number) ?? 0, false);
      return T.binary(s.size as number, false);
    case 'bytes':
      if (logical === 'decimal') return T.decimal(s.precision as number, (s.scale as number) ?? 0, false);
      return T.bytes(false);
    case 'int':
      if (logical === 'date') return T.date(false);
      if (logical === 'time-millis') return T.time(3, false);
      return T.int(false);
    case 'long':
      if (logical === 'timestamp-millis') return T.timestamp(3, false);
      if (logical === 'timestamp-micros') return T.timestamp(6, false);
      if (logical === 'local-timestamp-millis') return T.timestamp(3, false);
      if (logical === 'local-timestamp-micros') return T.timestamp(6, false);
      if (logical === 'time-micros') return T.time(6, false);
      return T.bigint(false);
    default:
      if (typeof s.type === 'string' || Array.isArray(s.type)) return fromAvroSchema(s.type as AvroSchema);
      throw new AvroSchemaError(`unknown Avro type ${JSON.stringify(s.type)}`);
  }
}

function primitive(name: string, nullable: boolean): LogicalType {
  switch (name) {
    case 'null':
      return T.null();
    case 'boolean':
      return T.boolean(nullable);
    case 'int':
      return T.int(nullable);
    case 'long':
      return T.bigint(nullable);
    case 'float':
      return T.float(nullable);
    case 'double':
      return T.double(nullable);
    case 'bytes':
      return T.bytes(nullable);
    case 'string':
      return T.string(nullable);
    default:
      throw new AvroSchemaError(`named Avro type '${name}' cannot be resolved here`);
  }
}

function withNull(t: LogicalType, nullable: boolean): LogicalType {
  return t.kind === 'NULL' ? t : ({ ...t, nullable } as LogicalType);
}
