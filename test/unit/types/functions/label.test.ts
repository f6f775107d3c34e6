import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupFunction } from '../../../../engine/types/functions/registry';
import { parameterLabels, signatureLabel, signatureLabels } from '../../../../engine/types/functions/label';
import type { FunctionDef } from '../../../../engine/types/functions/model';

function fn(name: string): FunctionDef {
  const f = lookupFunction(name);
  assert.ok(f, name);
  return f;
}

describe('signature labels', () => {
  test('functions', () => {
    assert.equal(signatureLabel(fn('SUBSTRING')), 'SUBSTRING(str STRING|BYTES, pos INT [, len INT]) -> STRING');
    assert.equal(signatureLabel(fn('CONCAT_WS')), 'CONCAT_WS(separator STRING, str STRING [, more STRING...]) -> STRING');
    assert.equal(signatureLabel(fn('PI')), 'PI() -> DOUBLE');
    assert.equal(signatureLabel(fn('RAND')), 'RAND([seed INT]) -> DOUBLE');
    assert.deepEqual(signatureLabels(fn('LOG')), ['LOG(value NUMERIC) -> DOUBLE', 'LOG(base NUMERIC, value NUMERIC) -> DOUBLE']);
  });
  test('special syntax and operators use the written form', () => {
    assert.equal(signatureLabel(fn('CAST')), 'CAST(value AS type) -> type');
    assert.equal(signatureLabel(fn('EXTRACT')), 'EXTRACT(unit FROM temporal) -> BIGINT');
    assert.equal(signatureLabel(fn('IS NULL')), 'value IS NULL -> BOOLEAN');
    assert.deepEqual(signatureLabels(fn('COUNT')), ['COUNT(*) -> BIGINT', 'COUNT([ALL | DISTINCT] value1 [, value2]*) -> BIGINT']);
  });
  test('table functions show named parameters', () => {
    assert.equal(
      signatureLabel(fn('TUMBLE')),
      'TUMBLE(DATA => TABLE, TIMECOL => DESCRIPTOR, SIZE => INTERVAL [, OFFSET => INTERVAL]) -> TABLE(input columns, window_start, window_end, window_time)',
    );
  });
  test('parameter labels for signature help', () => {
    assert.deepEqual(parameterLabels(fn('LPAD').signatures[0]), ['str STRING', 'len INT', 'pad STRING']);
  });
});
