import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { T, type LogicalType } from '../../../engine/types/logical-type';
import { findCommonType, findCommonTypeOrNull } from '../../../engine/types/common-type';
import { printType } from '../../../engine/types/print';

function common(...types: LogicalType[]): string | undefined {
  const t = findCommonType(types);
  return t && printType(t);
}

describe('findCommonType (LogicalTypeMerging)', () => {
  test('Flink javadoc example: [INT, BIGINT, DECIMAL(2, 2)] -> DECIMAL(21, 2)', () =>
    assert.equal(common(T.int(), T.bigint(), T.decimal(2, 2)), 'DECIMAL(21, 2)'));
  test('integer widening', () => assert.equal(common(T.tinyint(false), T.int(false)), 'INT NOT NULL'));
  test('exact and approximate -> approximate; DECIMAL forces DOUBLE', () => {
    assert.equal(common(T.int(), T.float()), 'FLOAT');
    assert.equal(common(T.float(), T.decimal(10, 2)), 'DOUBLE');
    assert.equal(common(T.bigint(), T.double()), 'DOUBLE');
  });
  test('decimal whole digits and scale', () => assert.equal(common(T.decimal(10, 2), T.decimal(5, 4)), 'DECIMAL(12, 4)'));
  test('decimal capped at 38 digits, scale gives way', () => assert.equal(common(T.decimal(38, 0), T.decimal(10, 5)), 'DECIMAL(38, 0)'));
  test('strings: variable stays variable, differing CHARs become VARCHAR', () => {
    assert.equal(common(T.char(2), T.char(3)), 'VARCHAR(3)');
    assert.equal(common(T.char(3), T.char(3)), 'CHAR(3)');
    assert.equal(common(T.varchar(5), T.char(10)), 'VARCHAR(10)');
    assert.equal(common(T.string(), T.char(1)), 'STRING');
    assert.equal(common(T.binary(2), T.varbinary(8)), 'VARBINARY(8)');
  });
  test('nullability: nullable if any input is nullable; NULL literal merges in', () => {
    assert.equal(common(T.int(false), T.int(false)), 'INT NOT NULL');
    assert.equal(common(T.int(false), T.null()), 'INT');
    assert.equal(common(T.null(), T.null()), undefined);
    assert.equal(findCommonTypeOrNull([T.null(), T.null()])?.kind, 'NULL');
  });
  test('timestamps generalize to TIMESTAMP_LTZ with the larger precision', () => {
    assert.equal(common(T.timestamp(3), T.timestampLtz(6)), 'TIMESTAMP_LTZ(6)');
    assert.equal(common(T.timestamp(3), T.timestamp(9)), 'TIMESTAMP(9)');
    assert.equal(common(T.timestamp(3, true, 'rowtime'), T.timestamp(3)), 'TIMESTAMP(3)');
  });
  test('time and date', () => {
    assert.equal(common(T.time(0), T.time(3)), 'TIME(3)');
    assert.equal(common(T.date(), T.date(false)), 'DATE');
    assert.equal(common(T.date(), T.time()), undefined);
  });
  test('intervals widen their resolution', () => {
    const hour: LogicalType = { kind: 'INTERVAL_DAY_TIME', nullable: true, resolution: 'HOUR', dayPrecision: 2, fractionalPrecision: 6 };
    const minuteToSecond: LogicalType = { kind: 'INTERVAL_DAY_TIME', nullable: true, resolution: 'MINUTE_TO_SECOND', dayPrecision: 2, fractionalPrecision: 3 };
    assert.equal(common(hour, minuteToSecond), 'INTERVAL HOUR TO SECOND(6)');
  });
  test('incompatible families have no common type', () => {
    assert.equal(common(T.int(), T.string()), undefined);
    assert.equal(common(T.boolean(), T.int()), undefined);
    assert.equal(common(T.bytes(), T.string()), undefined);
    assert.equal(common(T.array(T.int()), T.int()), undefined);
  });
  test('constructed types merge element-wise', () => {
    assert.equal(common(T.array(T.int()), T.array(T.bigint())), 'ARRAY<BIGINT>');
    assert.equal(common(T.map(T.string(), T.int()), T.map(T.char(3), T.double())), 'MAP<STRING, DOUBLE>');
    assert.equal(
      common(T.row([{ name: 'a', type: T.int() }]), T.row([{ name: 'b', type: T.decimal(5, 2) }])),
      'ROW<`a` DECIMAL(12, 2)>',
    );
    assert.equal(common(T.array(T.int()), T.array(T.string())), undefined);
  });
  test('booleans', () => assert.equal(common(T.boolean(false), T.boolean()), 'BOOLEAN'));
});

// Each case checked against Flink 2.2: UNION ALL of the two types (validator) and COALESCE (Flink's inference).
describe('findCommonType: the SQL validator (UNION, CASE, ARRAY[...]) versus function inference', () => {
  const union = (...types: LogicalType[]): string | undefined => {
    const t = findCommonType(types, { validator: true });
    return t && printType(t);
  };
  test('TIMESTAMP with TIMESTAMP_LTZ', () => {
    assert.equal(union(T.timestamp(3), T.timestampLtz(3)), 'TIMESTAMP(3)');
    assert.equal(common(T.timestamp(3), T.timestampLtz(3)), 'TIMESTAMP_LTZ(3)');
  });
  test('DATE with TIMESTAMP, TIME with TIMESTAMP', () => {
    assert.equal(union(T.date(), T.timestamp(3)), undefined);
    assert.equal(common(T.date(), T.timestamp(3)), 'DATE');
    assert.equal(union(T.time(0), T.timestamp(3)), undefined);
    assert.equal(common(T.time(0), T.timestamp(3)), 'TIME(0)');
  });
  test('the rest agrees', () => {
    assert.equal(union(T.char(3), T.varchar(10)), 'VARCHAR(10)');
    assert.equal(union(T.char(3), T.char(5)), 'VARCHAR(5)');
    assert.equal(union(T.char(3), T.char(3)), 'CHAR(3)');
    assert.equal(union(T.int(), T.decimal(10, 2)), 'DECIMAL(12, 2)');
    assert.equal(union(T.bigint(), T.decimal(10, 2)), 'DECIMAL(21, 2)');
    assert.equal(union(T.float(), T.decimal(10, 2)), 'DOUBLE');
    assert.equal(union(T.int(), T.float()), 'FLOAT');
    assert.equal(union(T.array(T.int()), T.array(T.bigint())), 'ARRAY<BIGINT>');
    assert.equal(union(T.string(), T.int()), undefined);
    assert.equal(union(T.bytes(), T.string()), undefined);
    assert.equal(union(T.boolean(), T.boolean()), 'BOOLEAN');
  });
});
