/**
 * Writing rows with a registered schema that holds Avro unions of several types
 * (avro-union-writer.ts): what avsc reads back, and the compiled decoder's rows, equal what was
 * written; a union value with more than one field set, or none without null, is an error naming
 * the column.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as avro from 'avsc';
import { fitsSchema, hasMultiUnion, unionWriter } from '../../../engine/formats/avro/avro-union-writer';
import { compileAvroDecoder } from '../../../engine/formats/avro/avro-decoder';
import { fromAvroSchema, type AvroSchema } from '../../../engine/formats/avro/avro-schema';
import type { Value } from '../../../engine/types/values';

const schema: AvroSchema = {
  type: 'record',
  name: 'Event',
  namespace: 'com.shop',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'v', type: ['null', 'string', 'long', { type: 'long', logicalType: 'timestamp-micros' }].slice(0, 3) },
    { name: 'list', type: { type: 'array', items: ['int', 'string'] } },
    { name: 'by', type: { type: 'map', values: ['null', 'double', { type: 'record', name: 'Point', fields: [{ name: 'x', type: 'int' }] }] } },
    { name: 'when', type: ['null', { type: 'long', logicalType: 'timestamp-micros' }] },
    { name: 'price', type: { type: 'bytes', logicalType: 'decimal', precision: 9, scale: 2 } },
  ],
};

describe('Avro union writer', () => {
  const rowType = fromAvroSchema(schema);
  const columns = rowType.kind === 'ROW' ? rowType.fields.map((f) => ({ name: f.name, type: f.type })) : [];

  test('rows round-trip through avsc and the compiled decoder', () => {
    assert.ok(hasMultiUnion(schema));
    assert.ok(fitsSchema(schema, rowType));
    const write = unionWriter(schema, rowType);
    const decode = compileAvroDecoder(schema, columns);
    const rows: Value[][] = [
      [1, ['a', null], [[3, null], [null, 'x']], new Map<Value, Value>([['p', [null, [4]]], ['q', [2.5, null]], ['n', null]]), 1_700_000_000_123, 12.34],
      [2, null, [], new Map(), null, -0.5],
      [3, [null, -9], [[null, '']], new Map<Value, Value>([['z', null]]), 0, 0],
    ];
    for (const row of rows) {
      const buf = write(row);
      assert.deepStrictEqual(decode(buf, 0, buf.length), row);
      // Plain Avro for any reader: avsc decodes the same bytes with the schema.
      const plain = avro.Type.forSchema(schema as avro.Schema, { wrapUnions: true }).fromBuffer(buf) as { id: number; when: { long: number } | null };
      assert.equal(plain.id, row[0]);
      if (row[4] !== null) assert.equal(plain.when?.long, (row[4] as number) * 1000);
    }
  });

  test('a union value sets exactly one field; none only when the union holds null', () => {
    const write = unionWriter(schema, rowType);
    assert.throws(() => write([1, ['a', 2], [], new Map(), null, 0]), /column v: an Avro union value sets exactly one of its fields \(string, long\); string and long are both set/);
    assert.throws(() => write([1, null, [[null, null]], new Map(), null, 0]), /column list\[\]: an Avro union without null needs one of its fields \(int, string\) set/);
    assert.throws(() => write([1, null, [], new Map<Value, Value>([['k', [1.5, [2]]]]), null, 0]), /column by\{\}: .*double and Point are both set/);
  });

  test('columns that do not match the schema do not fit it', () => {
    assert.ok(!fitsSchema(schema, fromAvroSchema({ type: 'record', name: 'R', fields: [{ name: 'id', type: 'string' }] })));
    assert.ok(!hasMultiUnion({ type: 'record', name: 'R', fields: [{ name: 'a', type: ['null', 'string'] }] }));
  });
});
