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

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

type Named = Record<string, unknown>;

/** The named types (records, enums, fixed) a schema defines, by full name (namespaces inherited). */
export function namedTypes(schema: AvroSchema, ns?: string, names = new Map<string, Named>()): Map<string, Named> {
  if (Array.isArray(schema)) {
    for (const s of schema) namedTypes(s, ns, names);
    return names;
  }
  if (typeof schema !== 'object' || schema === null) return names;
  const type = schema.type;
  if (type === 'record' || type === 'error' || type === 'enum' || type === 'fixed') {
    const space = namespaceOf(schema, ns);
    const name = String(schema.name);
    names.set(name.includes('.') ? name : space ? `${space}.${name}` : name, schema);
    if (type === 'record' || type === 'error') for (const f of (schema.fields as { type: AvroSchema }[]) ?? []) namedTypes(f.type, space, names);
  } else if (type === 'array') namedTypes(schema.items as AvroSchema, ns, names);
  else if (type === 'map') namedTypes(schema.values as AvroSchema, ns, names);
  else if (typeof type === 'object' && type !== null) namedTypes(type as AvroSchema, ns, names);
  return names;
}

/** The namespace names inside a named type live in. */
export function namespaceOf(s: Named, ns: string | undefined): string | undefined {
  const name = String(s.name ?? '');
  if (name.includes('.')) return name.slice(0, name.lastIndexOf('.'));
  return typeof s.namespace === 'string' ? s.namespace || undefined : ns;
}

/**
 * A schema with references resolved one level: a named type's name gives its definition,
 * `{type: X}` without a logical type gives X, `{type: 'int'}` gives 'int'.
 */
export function resolveSchema(s: AvroSchema, names: ReadonlyMap<string, Named>, ns: string | undefined): AvroSchema {
  if (typeof s === 'string') {
    if (PRIMITIVES.has(s)) return s;
    const found = names.get(s) ?? (ns ? names.get(`${ns}.${s}`) : undefined);
    if (!found) throw new AvroSchemaError(`unknown Avro type '${s}'`);
    return found;
  }
  if (Array.isArray(s) || s.logicalType !== undefined) return s;
  const t = s.type;
  if (typeof t === 'object' && t !== null) return resolveSchema(t as AvroSchema, names, ns);
  if (typeof t === 'string' && !['record', 'error', 'enum', 'fixed', 'array', 'map'].includes(t)) return resolveSchema(t, names, ns);
  return s;
}

/**
 * The field name of a union branch in the ROW an Avro union of several non-null types maps to
 * (as Confluent's Flink and Kafka Connect name them): the type name for primitives (`string`,
 * `long`, ... also under a logical type), the simple name of a record, enum or fixed, `array`,
 * `map`. The branch must be resolved (resolveSchema).
 */
export function unionBranchName(branch: AvroSchema): string {
  if (typeof branch === 'string') return branch;
  if (Array.isArray(branch)) throw new AvroSchemaError('an Avro union cannot directly contain a union');
  const t = branch.type;
  if (t === 'record' || t === 'error' || t === 'enum' || t === 'fixed') {
    const name = String(branch.name);
    return name.slice(name.lastIndexOf('.') + 1);
  }
  return typeof t === 'string' ? t : unionBranchName(t as AvroSchema);
}

/**
 * The Flink type of an Avro schema (Flink's AvroSchemaConverter.convertToDataType). A union
 * of several non-null types is a ROW with one nullable field per branch, named by
 * unionBranchName (Confluent Cloud's mapping), nullable when the union holds null.
 */
export function fromAvroSchema(schema: AvroSchema): LogicalType {
  return fromAvro(schema, namedTypes(schema), undefined, new Set());
}

function fromAvro(schema: AvroSchema, names: ReadonlyMap<string, Named>, ns: string | undefined, seen: Set<Named>): LogicalType {
  const resolved = resolveSchema(schema, names, ns);
  if (typeof resolved === 'string') return primitive(resolved, false);
  if (Array.isArray(resolved)) {
    const nonNulls = resolved.filter((s) => s !== 'null');
    const nullable = nonNulls.length < resolved.length;
    if (nonNulls.length === 1) return withNull(fromAvro(nonNulls[0], names, ns, seen), nullable);
    if (nonNulls.length === 0) return T.null();
    const fields: RowField[] = [];
    for (const b of nonNulls) {
      const name = unionBranchName(resolveSchema(b, names, ns));
      if (fields.some((f) => f.name === name)) throw new AvroSchemaError(`Avro union has two branches named '${name}'`);
      fields.push({ name, type: withNull(fromAvro(b, names, ns, seen), true) });
    }
    return T.row(fields, nullable);
  }
  const s = resolved as Record<string, unknown>;
  const logical = s.logicalType as string | undefined;
  switch (s.type) {
    case 'record':
    case 'error': {
      if (seen.has(s)) throw new AvroSchemaError(`recursive Avro record ${String(s.name)} has no Flink type`);
      seen.add(s);
      const space = namespaceOf(s, ns);
      const fields: RowField[] = (s.fields as { name: string; type: AvroSchema }[]).map((f) => ({ name: f.name, type: fromAvro(f.type, names, space, seen) }));
      seen.delete(s);
      return T.row(fields, false);
    }
    case 'enum':
      return T.string(false);
    case 'array':
      return T.array(fromAvro(s.items as AvroSchema, names, ns, seen), false);
    case 'map':
      return T.map(T.string(false), fromAvro(s.values as AvroSchema, names, ns, seen), false);
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
      if (typeof s.type === 'string' && PRIMITIVES.has(s.type)) return primitive(s.type, false);
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
