/**
 * The JSON Schema and Protobuf schema Tideline registers for columns (json-schema-of.ts,
 * proto-schema-of.ts) read back, through the readers the catalog uses, as the same columns
 * (up to the documented widenings), and types without a mapping are errors naming the column.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { T, type LogicalType } from '../../../engine/types/logical-type';
import { printType } from '../../../engine/types/print';
import { jsonSchemaFor } from '../../../engine/formats/json-registry/json-schema-of';
import { fromJsonSchema } from '../../../engine/formats/json-registry/json-schema-types';
import { protoObjectWriter, protoSchemaFor } from '../../../engine/formats/proto-registry/proto-schema-of';
import { parseProtoSchema, protoMessageType, TO_OBJECT } from '../../../engine/formats/proto-registry/proto-schema-types';

const columns = [
  { name: 'id', type: T.bigint(false) },
  { name: 'small', type: T.smallint() },
  { name: 'ok', type: T.boolean(false) },
  { name: 'f', type: T.float() },
  { name: 'name', type: T.string() },
  { name: 'd', type: T.date() },
  { name: 'ts', type: T.timestampLtz(3) },
  { name: 'tags', type: T.array(T.string(false), false) },
  { name: 'scores', type: T.map(T.string(false), T.double(false), false) },
  { name: 'addr', type: T.row([{ name: 'city', type: T.string(false) }, { name: 'zip', type: T.int() }]) },
];
const fields = (t: LogicalType) => (t.kind === 'ROW' ? t.fields.map((f) => `${f.name} ${printType(f.type)}`) : []);

describe('schemas registered for columns', () => {
  test('JSON Schema: read back as the same columns (nullable as oneOf null, NOT NULL required)', () => {
    const schema = jsonSchemaFor(columns);
    assert.deepEqual((schema.properties as Record<string, unknown>).name, { oneOf: [{ type: 'null' }, { type: 'string' }] });
    assert.deepEqual(schema.required, ['id', 'ok', 'tags', 'scores']);
    assert.deepEqual(fields(fromJsonSchema(schema)), [
      'id BIGINT NOT NULL',
      'small SMALLINT',
      'ok BOOLEAN NOT NULL',
      'f FLOAT',
      'name STRING',
      'd DATE',
      'ts TIMESTAMP_LTZ(3)',
      'tags ARRAY<STRING NOT NULL> NOT NULL',
      'scores MAP<STRING NOT NULL, DOUBLE NOT NULL> NOT NULL',
      'addr ROW<`city` STRING NOT NULL, `zip` INT>',
    ]);
    assert.throws(() => jsonSchemaFor([{ name: 'm', type: T.map(T.int(false), T.string()) }]), /column m: a MAP with INTEGER keys/);
    assert.throws(() => jsonSchemaFor([{ name: 'b', type: T.bytes() }]), /column b: type VARBINARY has no JSON Schema mapping/);
  });

  test('Protobuf: message Row read back as the same columns; values encode and decode through protobufjs', () => {
    const text = protoSchemaFor(columns);
    assert.match(text, /^syntax = "proto3";\npackage org\.apache\.flink\.proto\.generated;\nimport "google\/protobuf\/timestamp\.proto";/);
    const proto = parseProtoSchema(text);
    const row = protoMessageType(proto.messages[0], proto.proto3);
    assert.deepEqual(fields(row.type), [
      'id BIGINT NOT NULL',
      'small INT',
      'ok BOOLEAN NOT NULL',
      'f FLOAT',
      'name STRING',
      'd INT',
      'ts TIMESTAMP_LTZ(3)',
      'tags ARRAY<STRING NOT NULL> NOT NULL',
      'scores MAP<STRING NOT NULL, DOUBLE NOT NULL> NOT NULL',
      'addr ROW<`city` STRING NOT NULL, `zip` INT>',
    ]);
    const type = proto.messages[0];
    const write = protoObjectWriter(columns);
    const values = [
      [7, 3, true, 1.5, 'x', 19000, 1_700_000_000_123, ['a'], new Map([['k', 2.5]]), ['Oslo', null]],
      [8, null, false, null, null, null, null, [], new Map(), null],
    ];
    for (const v of values) {
      const decoded = type.toObject(type.decode(type.encode(type.fromObject(write(v))).finish()), TO_OBJECT);
      assert.deepEqual(row.value(decoded), v);
    }
    assert.throws(() => protoSchemaFor([{ name: 'nested', type: T.array(T.array(T.int())) }]), /column nested: an ARRAY of ARRAY/);
    assert.throws(() => protoSchemaFor([{ name: 'bad-name', type: T.int() }]), /column bad-name: 'bad-name' is not a Protobuf field name/);
  });
});
