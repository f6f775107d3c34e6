import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { T, type LogicalType } from '../../../engine/types/logical-type';
import { printSqlType, printType, typeEquals, typeEqualsIgnoringNullability, typeHash, typeKey } from '../../../engine/types/print';

describe('printType (Flink summary strings)', () => {
  const cases: [LogicalType, string][] = [
    [T.int(false), 'INT NOT NULL'],
    [T.int(), 'INT'],
    [T.string(), 'STRING'],
    [T.varchar(10), 'VARCHAR(10)'],
    [T.char(3, false), 'CHAR(3) NOT NULL'],
    [T.bytes(), 'BYTES'],
    [T.varbinary(4), 'VARBINARY(4)'],
    [T.decimal(10, 2), 'DECIMAL(10, 2)'],
    [T.time(0), 'TIME(0)'],
    [T.timestamp(3, true, 'rowtime'), 'TIMESTAMP(3) *ROWTIME*'],
    [T.timestampLtz(3, false, 'proctime'), 'TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*'],
    [T.timestampLtz(6), 'TIMESTAMP_LTZ(6)'],
    [T.row([{ name: 'a', type: T.int() }, { name: 'b', type: T.string() }]), 'ROW<`a` INT, `b` STRING>'],
    [T.row([{ name: 'we`ird', type: T.int(false) }], false), 'ROW<`we``ird` INT NOT NULL> NOT NULL'],
    [T.array(T.int()), 'ARRAY<INT>'],
    [T.multiset(T.string()), 'MULTISET<STRING>'],
    [T.map(T.string(), T.int()), 'MAP<STRING, INT>'],
    [T.intervalDayTime(), 'INTERVAL DAY(2) TO SECOND(3)'],
    [T.intervalYearMonth(), 'INTERVAL YEAR(2) TO MONTH'],
    [{ kind: 'INTERVAL_DAY_TIME', nullable: true, resolution: 'MINUTE', dayPrecision: 2, fractionalPrecision: 6 }, 'INTERVAL MINUTE'],
    [{ kind: 'INTERVAL_DAY_TIME', nullable: true, resolution: 'SECOND', dayPrecision: 2, fractionalPrecision: 3 }, 'INTERVAL SECOND(3)'],
    [{ kind: 'INTERVAL_YEAR_MONTH', nullable: true, resolution: 'MONTH', yearPrecision: 2 }, 'INTERVAL MONTH'],
    [T.null(), 'NULL'],
  ];
  for (const [t, s] of cases) test(s, () => assert.equal(printType(t), s));

  test('serializable form spells out TIMESTAMP_LTZ and drops time-attribute markers', () => {
    assert.equal(printSqlType(T.timestampLtz(3, true, 'proctime')), 'TIMESTAMP(3) WITH LOCAL TIME ZONE');
    assert.equal(printSqlType(T.timestamp(3, false, 'rowtime')), 'TIMESTAMP(3) NOT NULL');
  });
});

describe('type equality and hashing', () => {
  test('structurally equal types are equal and hash alike', () => {
    const a = T.row([{ name: 'x', type: T.array(T.decimal(5, 2)) }]);
    const b = T.row([{ name: 'x', type: T.array(T.decimal(5, 2)), description: 'doc' }]);
    assert.ok(typeEquals(a, b));
    assert.equal(typeHash(a), typeHash(b));
  });
  test('nullability, parameters, names and time attributes make a difference', () => {
    assert.ok(!typeEquals(T.int(), T.int(false)));
    assert.ok(typeEquals(T.int(), T.int(false), { ignoreNullability: true }));
    assert.ok(typeEquals(T.array(T.int(false)), T.array(T.int()), { ignoreNullability: true }));
    assert.ok(!typeEquals(T.decimal(5, 2), T.decimal(5, 3)));
    assert.ok(!typeEquals(T.row([{ name: 'a', type: T.int() }]), T.row([{ name: 'b', type: T.int() }])));
    assert.ok(!typeEquals(T.timestamp(3), T.timestamp(3, true, 'rowtime')));
    assert.notEqual(typeKey(T.string()), typeKey(T.varchar(5)));
    assert.ok(typeEqualsIgnoringNullability(T.array(T.int(false), false), T.array(T.int(false))));
    assert.ok(!typeEqualsIgnoringNullability(T.array(T.int(false)), T.array(T.int())));
    assert.ok(!typeEquals(T.map(T.string(), T.int()), T.map(T.string(), T.bigint())));
    assert.ok(!typeEquals(T.intervalDayTime(), T.intervalYearMonth()));
  });
});
