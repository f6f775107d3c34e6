import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { RowKind } from '../../../engine/runtime/changelog';
import { codec } from './format-helpers';
import { getFormat } from '../../../engine/formats/registry';
import { Options } from '../../../engine/connectors/options';

const TS = Date.UTC(2020, 11, 30, 12, 13, 14, 123);

describe('json format', () => {
  const cols = [
    { name: 'id', type: T.bigint() },
    { name: 'name', type: T.string() },
    { name: 'amount', type: T.decimal(10, 2) },
    { name: 'ts', type: T.timestamp(3) },
    { name: 'ltz', type: T.timestampLtz(3) },
    { name: 'd', type: T.date() },
    { name: 'tags', type: T.array(T.string()) },
    { name: 'attrs', type: T.map(T.string(), T.int()) },
    { name: 'addr', type: T.row([{ name: 'city', type: T.string() }, { name: 'zip', type: T.int() }]) },
    { name: 'bin', type: T.bytes() },
    { name: 'score', type: T.double() },
  ];
  const row = [1, 'Ann', 9.5, TS, TS, 18626, ['a', 'b'], new Map([['k', 1]]), ['Paris', 75001], new Uint8Array([1, 2, 255]), 1];

  test('round trip, with Flink SQL timestamp text and decimals with their scale', () => {
    const c = codec('json', cols);
    const text = c.encode(row) as string;
    assert.equal(
      text,
      '{"id":1,"name":"Ann","amount":9.50,"ts":"2020-12-30 12:13:14.123","ltz":"2020-12-30 12:13:14.123Z","d":"2020-12-30",' +
        '"tags":["a","b"],"attrs":{"k":1},"addr":{"city":"Paris","zip":75001},"bin":"AQL/","score":1.0}',
    );
    assert.deepEqual(c.decode(text).rows, [row]);
  });

  test('FLOAT as Float.toString, TIME in whole seconds', () => {
    const c = codec('json', [{ name: 'f', type: T.float() }, { name: 't', type: T.time(3) }]);
    assert.equal(c.encode([Math.fround(1.1), 3_723_004]), '{"f":1.1,"t":"01:02:03"}');
    assert.deepEqual(c.decode('{"f":1.1,"t":"01:02:03.004"}').rows, [[Math.fround(1.1), 3_723_000]]);
  });

  test('timestamps with the fraction Flink writes: none at whole seconds, trailing zeros dropped', () => {
    // Flink 2.2's json format (TimeFormats.SQL_TIMESTAMP_FORMAT, appendFraction(0, 9)) wrote exactly these for
    // TIMESTAMP(3) '12:00:00', TIMESTAMP(3) '12:00:00.500', TIMESTAMP(6) '12:00:00.120000', TO_TIMESTAMP_LTZ(0, 3).
    const at = Date.UTC(2024, 0, 1, 12, 0, 0);
    const c = codec('json', [
      { name: 'a', type: T.timestamp(3) },
      { name: 'b', type: T.timestamp(3) },
      { name: 'c', type: T.timestamp(6) },
      { name: 'd', type: T.timestampLtz(3) },
    ]);
    assert.equal(c.encode([at, at + 500, at + 120, 0]), '{"a":"2024-01-01 12:00:00","b":"2024-01-01 12:00:00.5","c":"2024-01-01 12:00:00.12","d":"1970-01-01 00:00:00Z"}');
  });

  test('ISO-8601 timestamps', () => {
    const c = codec('json', [{ name: 'ts', type: T.timestamp(3) }], { 'timestamp-format.standard': 'ISO-8601' });
    assert.equal(c.encode([TS]), '{"ts":"2020-12-30T12:13:14.123"}');
    assert.deepEqual(c.decode('{"ts":"2020-12-30T12:13:14.123"}').rows, [[TS]]);
    assert.throws(() => c.decode('{"ts":"2020-12-30 12:13:14.123"}'), /TIMESTAMP/);
  });

  test('lenient reads like Flink: numbers from strings, strings from any JSON; missing fields are NULL', () => {
    const c = codec('json', [{ name: 'n', type: T.int() }, { name: 's', type: T.string() }, { name: 'x', type: T.int() }]);
    assert.deepEqual(c.decode('{"n":"42","s":{"a":1}}').rows, [[42, '{"a":1}', null]]);
    const strict = codec('json', [{ name: 'x', type: T.int() }], { 'fail-on-missing-field': 'true' });
    assert.throws(() => strict.decode('{}'), /missing field 'x'/);
  });

  test('malformed JSON and wrong types are RecordDecodeErrors', () => {
    const c = codec('json', [{ name: 'n', type: T.int() }]);
    assert.throws(() => c.decode('{"n":'), /malformed JSON/);
    assert.throws(() => c.decode('{"n":"abc"}'), /cannot read 'abc' as INTEGER/);
    assert.throws(() => c.decode('{"n":1e12}'), /as INTEGER/);
    // Jackson's canConvertToInt: a fraction in range truncates, as in Flink
    assert.deepEqual(c.decode('{"n":1.5}').rows, [[1]]);
  });

  test("ignore-parse-errors: a bad field becomes NULL and is reported, as Flink's converters do", () => {
    const c = codec('json', [{ name: 'n', type: T.int() }, { name: 's', type: T.string() }, { name: 'd', type: T.decimal(4, 2) }], { 'ignore-parse-errors': 'true' });
    const problems: string[] = [];
    const rows: unknown[][] = [];
    getFormat('json')!.createDeserializer([{ name: 'n', type: T.int() }, { name: 's', type: T.string() }], new Options('t', { 'ignore-parse-errors': 'true' })).decode('{"n":"x","s":"ok"}', rows as never, [], problems);
    assert.deepEqual(rows, [[null, 'ok']]);
    assert.deepEqual(problems, ["column 'n' set to NULL: cannot read 'x' as INTEGER"]);
    assert.deepEqual(c.decode('{"n":1,"s":true,"d":123.456}').rows, [[1, 'true', null]], 'a decimal beyond its precision is NULL');
    assert.throws(() => c.decode('{"n":'), /malformed JSON/, 'a record that is not JSON is still an error (the reader skips it)');
  });

  test('encode options: ignore-null-fields and map-null-key', () => {
    const c = codec('json', [{ name: 'a', type: T.int() }, { name: 'm', type: T.map(T.string(), T.int()) }], {
      'encode.ignore-null-fields': 'true', 'map-null-key.mode': 'LITERAL', 'map-null-key.literal': 'N/A',
    });
    assert.equal(c.encode([null, new Map<string | null, number>([[null, 1]])]), '{"m":{"N/A":1}}');
    const failing = codec('json', [{ name: 'm', type: T.map(T.string(), T.int()) }]);
    assert.throws(() => failing.encode([new Map([[null, 1]])]), /NULL key/);
  });
});

describe('debezium-json format', () => {
  const cols = [{ name: 'id', type: T.int() }, { name: 'name', type: T.string() }];
  test('c/r -> +I, u -> -U/+U, d -> -D', () => {
    const c = codec('debezium-json', cols);
    assert.deepEqual(c.decode('{"before":null,"after":{"id":1,"name":"a"},"op":"c"}'), { rows: [[1, 'a']], kinds: [RowKind.Insert] });
    assert.deepEqual(c.decode('{"before":null,"after":{"id":1,"name":"a"},"op":"r"}').kinds, [RowKind.Insert]);
    assert.deepEqual(c.decode('{"before":{"id":1,"name":"a"},"after":{"id":1,"name":"b"},"op":"u"}'), {
      rows: [[1, 'a'], [1, 'b']],
      kinds: [RowKind.UpdateBefore, RowKind.UpdateAfter],
    });
    assert.deepEqual(c.decode('{"before":{"id":1,"name":"b"},"after":null,"op":"d"}'), { rows: [[1, 'b']], kinds: [RowKind.Delete] });
    assert.throws(() => c.decode('{"before":null,"after":{"id":1},"op":"u"}'), /REPLICA IDENTITY FULL/);
    assert.throws(() => c.decode('{"op":"x"}'), /unknown Debezium op/);
  });
  test('schema-include reads the payload; writing follows Flink (c for +I/+U, d for -U/-D)', () => {
    const c = codec('debezium-json', cols, { 'schema-include': 'true' });
    assert.deepEqual(c.decode('{"schema":{},"payload":{"before":null,"after":{"id":2,"name":"x"},"op":"c"}}').rows, [[2, 'x']]);
    assert.equal(c.encode([1, 'a'], RowKind.Insert), '{"before":null,"after":{"id":1,"name":"a"},"op":"c"}');
    assert.equal(c.encode([1, 'a'], RowKind.UpdateBefore), '{"before":{"id":1,"name":"a"},"after":null,"op":"d"}');
    assert.equal(c.factory.changelogMode, 'all');
  });
});

describe('raw format', () => {
  test('a string column is the record text; numbers are fixed-width big-endian', () => {
    const s = codec('raw', [{ name: 'line', type: T.string() }]);
    assert.deepEqual(s.decode('hello, world').rows, [['hello, world']]);
    const n = codec('raw', [{ name: 'v', type: T.int() }]);
    const bytes = n.encode([258]) as Uint8Array;
    assert.deepEqual([...bytes], [0, 0, 1, 2]);
    assert.deepEqual(n.decode(bytes).rows, [[258]]);
    const le = codec('raw', [{ name: 'v', type: T.bigint() }], { endianness: 'little-endian' });
    assert.deepEqual([...(le.encode([1]) as Uint8Array)], [1, 0, 0, 0, 0, 0, 0, 0]);
    assert.throws(() => n.decode(new Uint8Array([1])), /expected 4 bytes/);
    assert.throws(() => codec('raw', [{ name: 'a', type: T.int() }, { name: 'b', type: T.int() }]), /exactly one physical column/);
  });
});
