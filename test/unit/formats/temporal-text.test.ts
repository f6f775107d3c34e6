import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTimestamp, parseTimestampText, formatTime, parseDate } from '../../../engine/formats/temporal-text';
import { javaDouble, roundDecimal } from '../../../engine/formats/number-text';

test('timestamps in SQL and ISO form, fractions only as needed', () => {
  const t = Date.UTC(2020, 11, 30, 12, 13, 14, 120);
  assert.equal(formatTimestamp(t), '2020-12-30 12:13:14.12');
  assert.equal(formatTimestamp(t, 'iso', true), '2020-12-30T12:13:14.12Z');
  assert.equal(formatTimestamp(Date.UTC(2020, 0, 1)), '2020-01-01 00:00:00');
  assert.equal(formatTimestamp(-1), '1969-12-31 23:59:59.999');
  assert.equal(parseTimestampText('2020-12-30 12:13:14.123456', 'sql'), Date.UTC(2020, 11, 30, 12, 13, 14, 123));
  assert.equal(parseTimestampText('2020-12-30T12:13', 'sql'), undefined);
  assert.equal(parseTimestampText('2020-12-30'), Date.UTC(2020, 11, 30));
  assert.equal(parseDate('2021-02-30'), undefined);
  assert.equal(formatTime(3_723_004), '01:02:03.004');
});

test('numbers as Java prints them; decimals rounded HALF_UP', () => {
  assert.equal(javaDouble(1), '1.0');
  assert.equal(javaDouble(1.5e-4), '1.5E-4');
  assert.equal(javaDouble(12345678), '1.2345678E7');
  assert.equal(roundDecimal(1.005, 2), 1.01);
  assert.equal(roundDecimal(-2.5, 0), -3);
});

test('the fast path and the general parser agree', () => {
  const cases = ['2024-02-29 23:59:59.999', '2023-02-29 00:00:00', '1969-07-20 20:17:40', '2000-01-01 00:00:00.5', '0999-12-31 01:02:03', '2024-01-01 24:00:00', '2024-1-1 00:00:00'];
  for (const c of cases) {
    const viaDate = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(c);
    let expected: number | undefined;
    if (viaDate) {
      const [y, mo, d, h, mi, s] = viaDate.slice(1, 7).map(Number);
      const t = new Date(0);
      t.setUTCFullYear(y, mo - 1, d);
      t.setUTCHours(h, mi, s, Math.floor(Number(('0.' + (viaDate[7] ?? '0'))) * 1000));
      expected = t.getUTCDate() === d && h < 24 ? t.getTime() : undefined;
    }
    assert.equal(parseTimestampText(c, 'sql'), expected, c);
  }
  assert.equal(parseTimestampText('2024-01-01 00:00:00Z', 'sql', true), Date.UTC(2024, 0, 1));
  assert.equal(parseTimestampText('2024-01-01T00:00:00.250', 'iso'), Date.UTC(2024, 0, 1, 0, 0, 0, 250));
});
