import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { fromAvroSchema, toAvroSchema } from '../../../engine/formats/avro/avro-schema';
import { decimalBytes, unscaled } from '../../../engine/formats/avro/avro-values';
import { avroTypeFor } from '../../../engine/formats/avro/avro-format';
import { codec } from './format-helpers';

describe('avro schema (Flink AvroSchemaConverter)', () => {
  test('record in org.apache.flink.avro.generated with nullable unions and logical types', () => {
    const rowType = T.row(
      [
        { name: 'id', type: T.bigint(false) },
        { name: 'name', type: T.string() },
        { name: 'price', type: T.decimal(10, 2) },
        { name: 'ts', type: T.timestamp(3, false) },
        { name: 'd', type: T.date() },
        { name: 'addr', type: T.row([{ name: 'city', type: T.string() }]) },
        { name: 'tags', type: T.array(T.string(false)) },
      ],
      false,
    );
    assert.deepEqual(toAvroSchema(rowType), {
      type: 'record',
      name: 'record',
      namespace: 'org.apache.flink.avro.generated',
      fields: [
        { name: 'id', type: 'long' },
        { name: 'name', type: ['null', 'string'], default: null },
        { name: 'price', type: ['null', { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 }], default: null },
        { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
        { name: 'd', type: ['null', { type: 'int', logicalType: 'date' }], default: null },
        { name: 'addr', type: ['null', { type: 'record', name: 'record_addr', fields: [{ name: 'city', type: ['null', 'string'], default: null }] }], default: null },
        { name: 'tags', type: ['null', { type: 'array', items: 'string' }], default: null },
      ],
    });
    const back = fromAvroSchema(toAvroSchema(rowType));
    assert.equal(back.kind, 'ROW');
    if (back.kind === 'ROW') {
      assert.deepEqual(back.fields.map((f) => `${f.name}:${f.type.kind}${f.type.nullable ? '' : '!'}`), [
        'id:BIGINT!', 'name:VARCHAR', 'price:DECIMAL', 'ts:TIMESTAMP!', 'd:DATE', 'addr:ROW', 'tags:ARRAY',
      ]);
    }
  });

  test('decimal bytes are minimal two\'s complement, as Java BigInteger writes them', () => {
    assert.deepEqual([...decimalBytes(1234n)], [0x04, 0xd2]);
    assert.deepEqual([...decimalBytes(-1n)], [0xff]);
    assert.deepEqual([...decimalBytes(128n)], [0x00, 0x80]);
    assert.equal(unscaled(decimalBytes(-987654321n)), -987654321n);
  });
});

describe('avro format', () => {
  const cols = [
    { name: 'id', type: T.bigint(false) },
    { name: 'name', type: T.string() },
    { name: 'price', type: T.decimal(10, 2) },
    { name: 'ts', type: T.timestamp(3) },
    { name: 'micros', type: T.timestamp(6) },
    { name: 'm', type: T.map(T.string(), T.double()) },
    { name: 'b', type: T.bytes() },
  ];
  test('round trip through avsc binary', () => {
    const c = codec('avro', cols);
    const row = [42, 'x', -12.34, 1700000000123, 1700000000456, new Map([['a', 1.5]]), new Uint8Array([9, 8])];
    const bytes = c.encode(row) as Uint8Array;
    assert.deepEqual(c.decode(bytes).rows, [row]);
    assert.deepEqual(c.decode(c.encode([1, null, null, null, null, null, null]) as Uint8Array).rows, [[1, null, null, null, null, null, null]]);
    // the bytes are plain Avro: avsc reads them with the schema alone
    const plain = avroTypeFor(cols).fromBuffer(Buffer.from(bytes)) as { micros: number };
    assert.equal(plain.micros, 1700000000456000);
  });
  test('malformed records are RecordDecodeErrors', () => {
    const c = codec('avro', cols);
    assert.throws(() => c.decode(new Uint8Array([0xff, 0xff, 0xff])), /malformed Avro record/);
  });
});
