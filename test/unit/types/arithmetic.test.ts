import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { T, type LogicalType } from '../../../engine/types/logical-type';
import {
  adjustPrecisionScale,
  arithmeticType,
  avgAggType,
  decimalDivide,
  decimalMod,
  decimalPlus,
  decimalRound,
  decimalTimes,
  sumAggType,
  type ArithmeticOp,
} from '../../../engine/types/arithmetic';
import { printType } from '../../../engine/types/print';

function op(o: ArithmeticOp, a: LogicalType, b: LogicalType): string {
  const r = arithmeticType(o, a, b);
  return 'error' in r ? `error: ${r.error}` : printType(r);
}

describe('decimal derivations (LogicalTypeMerging)', () => {
  test('plus', () => assert.equal(printType(decimalPlus(10, 2, 5, 4)), 'DECIMAL(13, 4) NOT NULL'));
  test('times', () => assert.equal(printType(decimalTimes(10, 2, 5, 4)), 'DECIMAL(16, 6) NOT NULL'));
  test('divide: scale max(6, s1 + p2 + 1)', () => {
    assert.equal(printType(decimalDivide(10, 2, 5, 4)), 'DECIMAL(20, 8) NOT NULL');
    assert.equal(printType(decimalDivide(5, 0, 1, 0)), 'DECIMAL(11, 6) NOT NULL');
  });
  test('mod', () => assert.equal(printType(decimalMod(10, 2, 5, 4)), 'DECIMAL(5, 4) NOT NULL'));
  test('overflow keeps the integral digits (Hive/Spark adjustment)', () => {
    assert.equal(printType(adjustPrecisionScale(39, 8)), 'DECIMAL(38, 7) NOT NULL');
    assert.equal(printType(adjustPrecisionScale(77, 40)), 'DECIMAL(38, 6) NOT NULL');
    assert.equal(printType(decimalTimes(38, 10, 38, 10)), 'DECIMAL(38, 6) NOT NULL');
  });
  test('round', () => {
    assert.equal(printType(decimalRound(10, 4, 2)), 'DECIMAL(9, 2) NOT NULL');
    assert.equal(printType(decimalRound(10, 2, 5)), 'DECIMAL(10, 2) NOT NULL');
    assert.equal(printType(decimalRound(10, 2, -1)), 'DECIMAL(9, 0) NOT NULL');
  });
  test('SUM and AVG', () => {
    assert.equal(printType(sumAggType(T.decimal(10, 2))), 'DECIMAL(38, 2)');
    assert.equal(printType(sumAggType(T.int(false))), 'INT NOT NULL');
    assert.equal(printType(avgAggType(T.int())), 'INT');
    assert.equal(printType(avgAggType(T.decimal(10, 2))), 'DECIMAL(38, 6)');
    assert.equal(printType(avgAggType(T.decimal(10, 8))), 'DECIMAL(38, 8)');
    assert.equal(printType(avgAggType(T.double())), 'DOUBLE');
  });
});

describe('arithmeticType', () => {
  test('integers stay integer; INT / INT is INT', () => {
    assert.equal(op('+', T.int(false), T.bigint(false)), 'BIGINT NOT NULL');
    assert.equal(op('/', T.int(), T.int()), 'INT');
    assert.equal(op('%', T.bigint(), T.smallint()), 'SMALLINT');
  });
  test('integers with decimals count as DECIMAL(p, 0)', () => {
    assert.equal(op('+', T.int(), T.decimal(5, 2)), 'DECIMAL(13, 2)');
    assert.equal(op('*', T.tinyint(), T.decimal(5, 2)), 'DECIMAL(9, 2)');
  });
  test('approximate wins', () => {
    assert.equal(op('*', T.int(), T.double()), 'DOUBLE');
    assert.equal(op('+', T.float(), T.int()), 'FLOAT');
    assert.equal(op('+', T.float(), T.decimal(5, 2)), 'DOUBLE');
  });
  test('temporal arithmetic', () => {
    assert.equal(op('+', T.timestamp(3, true, 'rowtime'), T.intervalDayTime()), 'TIMESTAMP(3)');
    assert.equal(op('-', T.date(false), T.intervalYearMonth(false)), 'DATE NOT NULL');
    assert.equal(op('+', T.intervalDayTime(), T.timestampLtz(3)), 'TIMESTAMP_LTZ(3)');
    assert.equal(op('*', T.intervalDayTime(), T.int()), 'INTERVAL DAY(2) TO SECOND(3)');
  });
  test('errors', () => {
    assert.equal(op('+', T.string(), T.int()), "error: cannot apply '+' to arguments of type STRING and INT");
    assert.match(op('-', T.intervalDayTime(), T.date()), /^error/);
    assert.match(op('+', T.timestamp(3), T.timestamp(3)), /^error/);
  });
});
