/**
 * The compiled Avro decoder (engine/formats/avro/avro-decoder.ts) against avsc: for many writer
 * schemas, random records written by avsc are decoded by both, avsc's objects converted with
 * fromAvro (the row mapping the decoder replaces), and the rows must be equal; writer ≠ reader
 * (evolution) against avsc's resolver; skipped columns; unions of several types; malformed input.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as avro from 'avsc';
import { compileAvroDecoder } from '../../../engine/formats/avro/avro-decoder';
import { fromAvroSchema, toAvroSchema, type AvroSchema } from '../../../engine/formats/avro/avro-schema';
import { fromAvro } from '../../../engine/formats/avro/avro-values';
import { T, type LogicalType } from '../../../engine/types/logical-type';
import type { ColumnSpec } from '../../../engine/connectors/api';

const columnsOf = (t: LogicalType): ColumnSpec[] => (t.kind === 'ROW' ? t.fields.map((f) => ({ name: f.name, type: f.type })) : []);
const rec = (fields: { name: string; type: unknown; default?: unknown }[], name = 'R', namespace?: string): AvroSchema => ({ type: 'record', name, ...(namespace ? { namespace } : {}), fields });

/** Random records of `writer` (avsc), decoded by avsc + fromAvro and by the compiled decoder. */
function compare(writer: AvroSchema, n = 150, columns = columnsOf(fromAvroSchema(writer))): void {
  const type = avro.Type.forSchema(writer as avro.Schema, { wrapUnions: 'auto' });
  const decode = compileAvroDecoder(writer, columns);
  const convert = fromAvro(T.row(columns, false));
  for (let i = 0; i < n; i++) {
    const buf = type.toBuffer(type.random());
    assert.deepStrictEqual(decode(buf, 0, buf.length), convert(type.fromBuffer(buf)), JSON.stringify(writer));
  }
}

describe('compiled Avro decoder', () => {
  test('primitives and logical types, as avsc reads them', () => {
    compare(
      rec([
        { name: 'b', type: 'boolean' },
        { name: 'i', type: 'int' },
        { name: 'l', type: 'long' },
        { name: 'f', type: 'float' },
        { name: 'd', type: 'double' },
        { name: 's', type: 'string' },
        { name: 'y', type: 'bytes' },
        { name: 'n', type: 'null' },
        { name: 'date', type: { type: 'int', logicalType: 'date' } },
        { name: 'tm', type: { type: 'int', logicalType: 'time-millis' } },
        { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
        { name: 'tus', type: { type: 'long', logicalType: 'timestamp-micros' } },
        { name: 'lts', type: { type: 'long', logicalType: 'local-timestamp-millis' } },
        { name: 'ltus', type: { type: 'long', logicalType: 'local-timestamp-micros' } },
        { name: 'uuid', type: { type: 'string', logicalType: 'uuid' } },
        { name: 'dec', type: { type: 'bytes', logicalType: 'decimal', precision: 12, scale: 2 } },
        { name: 'fdec', type: { type: 'fixed', name: 'F', size: 9, logicalType: 'decimal', precision: 20, scale: 3 } },
      ]),
    );
  });

  test('nullable unions, enums, fixed, maps, arrays, nested records, named references', () => {
    compare(
      rec([
        { name: 'ns', type: ['null', 'string'] },
        { name: 'sn', type: ['string', 'null'] },
        { name: 'nl', type: ['null', 'long'] },
        { name: 'e', type: { type: 'enum', name: 'Suit', symbols: ['HEARTS', 'SPADES', 'CLUBS'] } },
        { name: 'e2', type: 'Suit' },
        { name: 'fx', type: { type: 'fixed', name: 'Md5', size: 16 } },
        { name: 'm', type: { type: 'map', values: 'int' } },
        { name: 'mn', type: { type: 'map', values: ['null', 'double'] } },
        { name: 'a', type: { type: 'array', items: 'string' } },
        { name: 'aa', type: { type: 'array', items: { type: 'array', items: ['null', 'long'] } } },
        { name: 'addr', type: ['null', rec([{ name: 'city', type: 'string' }, { name: 'zip', type: ['null', 'int'] }, { name: 'geo', type: rec([{ name: 'lat', type: 'double' }], 'Geo') }], 'Address')] },
        { name: 'addr2', type: ['null', 'Address'] },
        { name: 'items', type: { type: 'array', items: rec([{ name: 'sku', type: 'string' }, { name: 'qty', type: 'int' }, { name: 'tags', type: { type: 'map', values: 'string' } }], 'Item') } },
        { name: 'ts', type: ['null', { type: 'long', logicalType: 'timestamp-micros' }] },
        { name: 'dec', type: ['null', { type: 'bytes', logicalType: 'decimal', precision: 30, scale: 4 }] },
        { name: 'y', type: ['null', 'bytes'] },
      ]),
    );
  });

  test('namespaced names resolve as avsc resolves them', () => {
    compare({
      type: 'record',
      name: 'Outer',
      namespace: 'com.example',
      fields: [
        { name: 'in', type: { type: 'record', name: 'Inner', fields: [{ name: 'x', type: 'int' }] } },
        { name: 'in2', type: 'com.example.Inner' },
        { name: 'in3', type: 'Inner' },
        { name: 'other', type: { type: 'record', name: 'org.other.Thing', fields: [{ name: 'k', type: { type: 'enum', name: 'Kind', symbols: ['A', 'B'] } }, { name: 'k2', type: 'Kind' }] } },
      ],
    });
  });

  test('schemas Flink derives from columns (every type Tideline writes)', () => {
    const row = T.row(
      [
        { name: 'id', type: T.bigint(false) },
        { name: 'name', type: T.string() },
        { name: 'price', type: T.decimal(10, 2) },
        { name: 'ts', type: T.timestamp(3) },
        { name: 'us', type: T.timestamp(6) },
        { name: 'ltz', type: T.timestampLtz(3) },
        { name: 'd', type: T.date() },
        { name: 't', type: T.time(0) },
        { name: 'small', type: T.smallint() },
        { name: 'f', type: T.float() },
        { name: 'ok', type: T.boolean() },
        { name: 'bin', type: T.bytes() },
        { name: 'tags', type: T.array(T.string()) },
        { name: 'scores', type: T.map(T.string(false), T.double()) },
        { name: 'counts', type: T.map(T.int(false), T.bigint()) },
        { name: 'nested', type: T.row([{ name: 'a', type: T.int() }, { name: 'b', type: T.array(T.row([{ name: 'c', type: T.string() }])) }]) },
      ],
      false,
    );
    const writer = toAvroSchema(row);
    const columns = columnsOf(row);
    // Keys of a MAP<INT, ...> column are written as text and parsed back as the key type.
    const type = avro.Type.forSchema(writer as avro.Schema, { wrapUnions: 'auto' });
    const decode = compileAvroDecoder(writer, columns);
    const convert = fromAvro(row);
    for (let i = 0; i < 150; i++) {
      const v = type.random() as unknown as { counts: Record<string, number> | null };
      if (v.counts) v.counts = Object.fromEntries(Object.entries(v.counts).map(([, x], j) => [String(j * 7 - 3), x]));
      const buf = type.toBuffer(v);
      assert.deepStrictEqual(decode(buf, 0, buf.length), convert(type.fromBuffer(buf)));
    }
  });

  test('writer ≠ reader: fields added, removed, reordered, promoted (as avsc resolves them)', () => {
    const reader = T.row(
      [
        { name: 'id', type: T.bigint(false) },
        { name: 'qty', type: T.bigint() },
        { name: 'price', type: T.double() },
        { name: 'added', type: T.string() },
        { name: 'city', type: T.row([{ name: 'name', type: T.string() }, { name: 'pop', type: T.bigint() }]) },
      ],
      false,
    );
    const writer = rec([
      { name: 'price', type: 'float' },
      { name: 'dropped', type: { type: 'array', items: { type: 'map', values: rec([{ name: 'z', type: ['null', 'string', 'long'] }], 'Z') } } },
      { name: 'qty', type: 'int' },
      { name: 'id', type: 'long' },
      { name: 'city', type: rec([{ name: 'x', type: 'double' }, { name: 'pop', type: 'int' }, { name: 'name', type: 'string' }], 'record_city') },
      { name: 'gone', type: { type: 'fixed', name: 'G', size: 3 } },
    ], 'record', 'org.apache.flink.avro.generated');
    const writerType = avro.Type.forSchema(writer as avro.Schema, { wrapUnions: 'auto' });
    const readerType = avro.Type.forSchema(toAvroSchema(reader) as avro.Schema, { wrapUnions: 'auto' });
    const resolver = readerType.createResolver(writerType);
    const decode = compileAvroDecoder(writer, columnsOf(reader));
    const convert = fromAvro(reader);
    for (let i = 0; i < 200; i++) {
      const buf = writerType.toBuffer(writerType.random());
      assert.deepStrictEqual(decode(buf, 0, buf.length), convert(readerType.fromBuffer(buf, resolver)));
    }
  });

  test('only the read columns are built; the others stay NULL and their fields are skipped', () => {
    const writer = rec([
      { name: 'a', type: 'long' },
      { name: 'b', type: ['null', 'string'] },
      { name: 'c', type: { type: 'map', values: { type: 'array', items: 'bytes' } } },
      { name: 'd', type: 'double' },
      { name: 'e', type: rec([{ name: 'x', type: 'float' }, { name: 'y', type: { type: 'enum', name: 'E', symbols: ['P', 'Q'] } }], 'In') },
    ]);
    const columns = columnsOf(fromAvroSchema(writer));
    const type = avro.Type.forSchema(writer as avro.Schema, { wrapUnions: 'auto' });
    const convert = fromAvro(T.row(columns, false));
    for (const read of [[0], [3], [1, 4], [2], []]) {
      const decode = compileAvroDecoder(writer, columns, read);
      for (let i = 0; i < 50; i++) {
        const buf = type.toBuffer(type.random());
        const full = convert(type.fromBuffer(buf)) as unknown[];
        assert.deepStrictEqual(decode(buf, 0, buf.length), full.map((v, j) => (read.includes(j) ? v : null)));
      }
    }
  });

  test('a union of several non-null types is a ROW with one field per branch, named by type', () => {
    const writer = rec([
      { name: 'v', type: ['null', 'string', 'long', { type: 'long', logicalType: 'timestamp-millis' }].slice(0, 3) },
      { name: 'ev', type: [rec([{ name: 'item', type: 'string' }], 'com.shop.Purchase'), rec([{ name: 'url', type: 'string' }], 'com.shop.Pageview')] },
    ]);
    const t = fromAvroSchema(writer);
    assert.deepEqual(
      t.kind === 'ROW' && t.fields.map((f) => [f.name, f.type.kind === 'ROW' ? f.type.fields.map((x) => `${x.name}:${x.type.kind}${x.type.nullable ? '' : '!'}`) : f.type.kind, f.type.nullable]),
      [
        ['v', ['string:VARCHAR', 'long:BIGINT'], true],
        ['ev', ['Purchase:ROW', 'Pageview:ROW'], false],
      ],
    );
    const type = avro.Type.forSchema(writer as avro.Schema, { wrapUnions: true });
    const decode = compileAvroDecoder(writer, columnsOf(t));
    const cases: [unknown, unknown][] = [
      [{ v: null, ev: { 'com.shop.Purchase': { item: 'book' } } }, [null, [['book'], null]]],
      [{ v: { string: 'x' }, ev: { 'com.shop.Pageview': { url: '/a' } } }, [['x', null], [null, ['/a']]]],
      [{ v: { long: -5 }, ev: { 'com.shop.Pageview': { url: '' } } }, [[null, -5], [null, ['']]]],
    ];
    for (const [value, row] of cases) {
      const buf = type.toBuffer(value);
      assert.deepStrictEqual(decode(buf, 0, buf.length), row);
    }
    // A top-level union of records: one column per record.
    const top: AvroSchema = [rec([{ name: 'item', type: 'string' }], 'Purchase'), rec([{ name: 'url', type: 'string' }], 'Pageview')];
    const topType = fromAvroSchema(top);
    assert.deepEqual(columnsOf(topType).map((c) => c.name), ['Purchase', 'Pageview']);
    const buf = avro.Type.forSchema(top as avro.Schema, { wrapUnions: true }).toBuffer({ Pageview: { url: '/b' } });
    assert.deepStrictEqual(compileAvroDecoder(top, columnsOf(topType))(buf, 0, buf.length), [null, ['/b']]);
  });

  test('time-micros reads as milliseconds of the day; strings of any length and script', () => {
    const writer = rec([{ name: 't', type: { type: 'long', logicalType: 'time-micros' } }, { name: 's', type: 'string' }]);
    const type = avro.Type.forSchema(writer as avro.Schema);
    const decode = compileAvroDecoder(writer, columnsOf(fromAvroSchema(writer)));
    for (const s of ['', 'a', 'ascii only text that is longer than twenty-four', 'grüße', '日本語のテキスト', '😀 emoji', 'x'.repeat(1000)]) {
      const buf = type.toBuffer({ t: 45_296_789_123, s });
      assert.deepStrictEqual(decode(buf, 0, buf.length), [45_296_789, s]);
    }
  });

  test('malformed bodies throw: truncated, trailing bytes, bad union or enum index', () => {
    const writer = rec([{ name: 's', type: 'string' }, { name: 'u', type: ['null', 'long'] }, { name: 'e', type: { type: 'enum', name: 'E', symbols: ['A'] } }]);
    const decode = compileAvroDecoder(writer, columnsOf(fromAvroSchema(writer)));
    const good = avro.Type.forSchema(writer as avro.Schema).toBuffer({ s: 'hello', u: 3, e: 'A' });
    assert.deepStrictEqual(decode(good, 0, good.length), ['hello', 3, 'A']);
    assert.throws(() => decode(good, 0, good.length - 1), /truncated/);
    const trailing = Buffer.concat([good, Buffer.from([0])]);
    assert.throws(() => decode(trailing, 0, trailing.length), /trailing/);
    assert.throws(() => decode(Buffer.from([2, 0x61, 4, 0]), 0, 4), /union branch/);
    assert.throws(() => decode(Buffer.from([2, 0x61, 0, 2]), 0, 4), /enum index/);
    assert.throws(() => decode(Buffer.from([0xff, 0xff, 0xff]), 0, 3), /truncated/);
    // Decoding starts where asked (after the Confluent header) and stops at `end`.
    const framed = Buffer.concat([Buffer.from([0, 0, 0, 0, 7]), good]);
    assert.deepStrictEqual(decode(framed, 5, framed.length), ['hello', 3, 'A']);
  });
});
