import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  type LiteralType,
  binaryLiteralType,
  booleanLiteralType,
  intervalLiteralType,
  numericLiteralType,
  stringLiteralType,
  temporalLiteralType,
} from '../../../engine/types/literals';
import { printType } from '../../../engine/types/print';

const show = (t: LiteralType): string => ('error' in t ? `error: ${t.error}` : printType(t));

describe('literal types', () => {
  test('integers widen with their magnitude', () => {
    assert.equal(show(numericLiteralType('42', 'integer')), 'INT NOT NULL');
    assert.equal(show(numericLiteralType('2147483647', 'integer')), 'INT NOT NULL');
    assert.equal(show(numericLiteralType('2147483648', 'integer')), 'BIGINT NOT NULL');
    assert.equal(show(numericLiteralType('9223372036854775808', 'integer')), 'DECIMAL(19, 0) NOT NULL');
    assert.match(show(numericLiteralType('1'.repeat(39), 'integer')), /more than 38 digits/);
  });
  test('decimals keep the digits written', () => {
    assert.equal(show(numericLiteralType('4.20', 'decimal')), 'DECIMAL(3, 2) NOT NULL');
    assert.equal(show(numericLiteralType('0.05', 'decimal')), 'DECIMAL(3, 2) NOT NULL');
    assert.equal(show(numericLiteralType('.5', 'decimal')), 'DECIMAL(1, 1) NOT NULL');
    assert.equal(show(numericLiteralType('12.', 'decimal')), 'INT NOT NULL');
  });
  test('approximate numbers are DOUBLE', () => {
    assert.equal(show(numericLiteralType('4.2E1', 'approximate')), 'DOUBLE NOT NULL');
    assert.match(show(numericLiteralType('1E400', 'approximate')), /out of range/);
  });
  test('strings, binaries, booleans', () => {
    assert.equal(printType(stringLiteralType('abc')), 'CHAR(3) NOT NULL');
    assert.equal(printType(stringLiteralType('')), 'CHAR(0) NOT NULL');
    assert.equal(show(binaryLiteralType('0AFF')), 'BINARY(2) NOT NULL');
    assert.match(show(binaryLiteralType('0AF')), /even number of hex digits/);
    assert.equal(printType(booleanLiteralType(true)), 'BOOLEAN NOT NULL');
    assert.equal(printType(booleanLiteralType(null)), 'BOOLEAN');
  });
  test('intervals resolve to INTERVAL SECOND(3) or INTERVAL MONTH (checked against Flink 2.2)', () => {
    assert.equal(printType(intervalLiteralType('DAY')), 'INTERVAL SECOND(3) NOT NULL');
    assert.equal(printType(intervalLiteralType('minute')), 'INTERVAL SECOND(3) NOT NULL');
    assert.equal(printType(intervalLiteralType('YEAR')), 'INTERVAL MONTH NOT NULL');
  });
  test('temporal literals are validated and take their precision from the fraction', () => {
    assert.equal(show(temporalLiteralType('DATE', '2024-02-29')), 'DATE NOT NULL');
    assert.equal(show(temporalLiteralType('DATE', '2023-02-29')), "error: '2023-02-29' is not a valid DATE literal");
    assert.equal(show(temporalLiteralType('TIME', '12:00:00.5')), 'TIME(1) NOT NULL');
    assert.match(show(temporalLiteralType('TIME', '25:00:00')), /not a valid TIME/);
    assert.equal(show(temporalLiteralType('TIMESTAMP', '2024-01-01 00:00:00')), 'TIMESTAMP(0) NOT NULL');
    assert.equal(show(temporalLiteralType('TIMESTAMP', '2024-01-01 10:11:12.123')), 'TIMESTAMP(3) NOT NULL');
    assert.equal(show(temporalLiteralType('TIMESTAMP_LTZ', '2024-01-01 10:11:12.123456')), 'TIMESTAMP_LTZ(6) NOT NULL');
    assert.match(show(temporalLiteralType('TIMESTAMP', '2024-13-01 00:00:00')), /not a valid TIMESTAMP/);
  });
});
