import { test } from 'node:test';
import assert from 'node:assert/strict';
import { T } from '../../../engine/types/logical-type';
import { plainInteger, textParser } from '../../../engine/formats/text-values';
import { RecordDecodeError } from '../../../engine/formats/format';

test('plain integers are read by character codes; any other text is NaN (left to the general parser)', () => {
  assert.equal(plainInteger('0'), 0);
  assert.equal(plainInteger('42'), 42);
  assert.equal(plainInteger('-42'), -42);
  assert.equal(plainInteger('007'), 7);
  assert.equal(plainInteger('999999999999999'), 999999999999999);
  for (const t of ['', '-', '+5', ' 5', '5 ', '1e3', '1.0', '0x10', '1000000000000000', '12a'])
    assert.ok(Number.isNaN(plainInteger(t)), JSON.stringify(t));
});

test('integer parsers give the same values and failures with the plain path as Number() with Java-like checks', () => {
  const texts = ['0', '-0', '17', '-2147483648', '2147483647', '2147483648', '127', '128', '-129', ' 12 ', '+3', '9007199254740991', '99999999999999999999', '1.5', 'x', ''];
  for (const type of [T.tinyint(), T.int(), T.bigint()]) {
    const parse = textParser(type);
    const [lo, hi] = type.kind === 'TINYINT' ? [-128, 127] : type.kind === 'INTEGER' ? [-2147483648, 2147483647] : [-9223372036854775808, 9223372036854775807];
    for (const t of texts) {
      const s = t.trim();
      const n = Number(s);
      const ok = s !== '' && /^[+-]?\d+$/.test(s) && Number.isInteger(n) && n >= lo && n <= hi;
      if (ok) assert.equal(parse(t), n, `${type.kind} ${JSON.stringify(t)}`);
      else assert.throws(() => parse(t), RecordDecodeError, `${type.kind} ${JSON.stringify(t)}`);
    }
  }
});
