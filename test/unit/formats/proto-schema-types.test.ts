import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { messageAt, parseProtoSchema, protoMessageType, TO_OBJECT } from '../../../engine/formats/proto-registry/proto-schema-types';
import { messageIndexes } from '../../../engine/formats/proto-registry/proto-registry-format';
import { printType } from '../../../engine/types/print';

describe('Protobuf schemas to Flink types and values', () => {
  test('proto3: scalars NOT NULL, optional and messages nullable, repeated, map, enum, Timestamp, wrappers, 64-bit ints', () => {
    const s = parseProtoSchema(
      'syntax = "proto3"; package p; import "google/protobuf/timestamp.proto"; import "google/protobuf/wrappers.proto";\n' +
        'message M { int64 id = 1; optional string note = 2; repeated int32 n = 3; map<string, double> m = 4; E e = 5; google.protobuf.Timestamp at = 6; google.protobuf.StringValue w = 7; uint64 big = 8; N nested = 9; bytes b = 10;\n' +
        '  message N { float f = 1; } enum E { A = 0; B = 1; } }',
    );
    const m = protoMessageType(s.messages[0], s.proto3);
    assert.equal(
      printType(m.type),
      'ROW<`id` BIGINT NOT NULL, `note` STRING, `n` ARRAY<INT NOT NULL> NOT NULL, `m` MAP<STRING NOT NULL, DOUBLE NOT NULL> NOT NULL, `e` STRING NOT NULL, `at` TIMESTAMP_LTZ(3), `w` STRING, `big` BIGINT NOT NULL, `nested` ROW<`f` FLOAT NOT NULL>, `b` BYTES NOT NULL> NOT NULL',
    );
    const M = s.messages[0];
    const o = M.toObject(M.decode(M.encode(M.fromObject({ id: '9007199254740991', n: [1, 2], m: { x: 0.5 }, e: 'B', at: { seconds: 1, nanos: 5e6 }, w: { value: 'hi' }, nested: { f: 1.5 }, b: Buffer.from([7]) })).finish()), TO_OBJECT);
    assert.deepEqual(m.value(o), [9007199254740991, null, [1, 2], new Map([['x', 0.5]]), 'B', 1005, 'hi', 0, [1.5], new Uint8Array([7])]);
  });

  test('proto2: required NOT NULL, optional nullable; nested message indexes; errors name the field', () => {
    const s = parseProtoSchema('package q; message A { required int32 x = 1; optional string y = 2; message B { message C { optional bool z = 1; } } } message D { optional int32 d = 1; }');
    assert.equal(printType(protoMessageType(s.messages[0], s.proto3).type), 'ROW<`x` INT NOT NULL, `y` STRING> NOT NULL');
    assert.equal(messageAt(s, [1])?.name, 'D');
    assert.equal(messageAt(s, [0, 0, 0])?.name, 'C');
    assert.equal(messageAt(s, [5]), undefined);
    const r = parseProtoSchema('syntax = "proto3"; message R { R next = 1; }');
    assert.throws(() => protoMessageType(r.messages[0], r.proto3), /R\.next: recursive message R/);
    assert.throws(() => parseProtoSchema('syntax = "proto3"; message X { other.Y y = 1; }'), /schema references other than google\/protobuf/);
    assert.throws(() => parseProtoSchema('message {'), /not a valid \.proto schema/);
  });

  test('wire format message indexes: the single 0 byte, zigzag lists, truncation', () => {
    const header = [0, 0, 0, 0, 1];
    assert.deepEqual(messageIndexes(new Uint8Array([...header, 0, 8])), { indexes: [0], body: 6 });
    assert.deepEqual(messageIndexes(new Uint8Array([...header, 4, 2, 4, 9])), { indexes: [1, 2], body: 8 });
    assert.throws(() => messageIndexes(new Uint8Array([...header, 4, 2])), /ends inside its Protobuf message indexes/);
  });
});
