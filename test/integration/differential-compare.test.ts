/** The differential suite's own logic, without Flink: value forms, materialization, differences. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { materialize } from '../differential/changelog';
import { compareResults } from '../differential/compare';
import { testbedValue } from '../differential/testbed-values';


const row = (k: string, n: number) => ({ k, n });

describe('differential comparison', () => {
  test('Tideline values in the testbed text forms', () => {
    assert.equal(testbedValue(1.5, { kind: 'DECIMAL', nullable: true, precision: 6, scale: 3 }), '1.500');
    assert.equal(testbedValue(Date.UTC(2024, 0, 2, 3, 4, 5, 500), { kind: 'TIMESTAMP', nullable: true, precision: 3 }), '2024-01-02 03:04:05.500');
    assert.equal(testbedValue(19782, { kind: 'DATE', nullable: true }), '2024-02-29');
    assert.equal(testbedValue(43_201_000, { kind: 'TIME', nullable: true, precision: 0 }), '12:00:01.000');
    assert.equal(testbedValue(new Uint8Array([0x61, 0x62]), { kind: 'VARBINARY', nullable: true, length: 10 }), '6162');
    assert.equal(testbedValue(null, { kind: 'INTEGER', nullable: true }), null);
  });

  test('a changelog materializes as a multiset; retractions remove one equal row', () => {
    const m = materialize([
      { op: '+I', row: row('a', 1) },
      { op: '+I', row: row('a', 1) },
      { op: '-U', row: row('a', 1) },
      { op: '+U', row: row('a', 2) },
      { op: '-D', row: row('b', 9) },
    ]);
    assert.deepEqual(m.rows, ['["a",1]', '["a",2]']);
    assert.deepEqual(m.unmatchedRetractions, ['-D["b",9]']);
  });

  test('by upsert key, a +U replaces the row with the same key', () => {
    const m = materialize([{ op: '+I', row: row('a', 1) }, { op: '+U', row: row('a', 2) }, { op: '+I', row: row('b', 1) }, { op: '-D', row: row('b', 1) }], ['k']);
    assert.deepEqual(m.rows, ['["a",2]']);
  });

  test('differences: rows, changelog order (exact only), columns, errors', () => {
    const flink = { columns: ['k', 'n'], changes: [{ op: '+I', row: row('a', 1) }, { op: '+I', row: row('b', 2) }] };
    const swapped = { columns: ['k', 'n'], changes: [{ op: '+I', row: row('b', 2) }, { op: '+I', row: row('a', 1) }] };
    const id = (s: string) => s;
    assert.equal(compareResults(flink, swapped, { compare: 'final' }, id), undefined);
    assert.deepEqual(compareResults(flink, swapped, { compare: 'exact' }, id), { kind: 'changelog', flink: ['+I["a",1]', '+I["b",2]'], tideline: ['+I["b",2]', '+I["a",1]'] });
    assert.deepEqual(compareResults(flink, { columns: ['k', 'n'], changes: [{ op: '+I', row: row('a', 1) }] }, { compare: 'final' }, id), { kind: 'rows', onlyFlink: ['["b",2]'], onlyTideline: [] });
    assert.deepEqual(compareResults(flink, { columns: ['k', 'x'], changes: [] }, { compare: 'final' }, id), { kind: 'columns', flink: ['k', 'n'], tideline: ['k', 'x'] });
    assert.deepEqual(compareResults(flink, { error: 'x.sql:1: boom /data/dir' }, { compare: 'final' }, (s) => s.replace('/data/dir', '${DATA}')), { kind: 'tideline-error', error: 'x.sql:1: boom ${DATA}' });
    assert.deepEqual(compareResults({ error: 'Flink: a\nCaused by: b' }, flink, { compare: 'final' }, id), { kind: 'flink-error', error: 'Caused by: b' });
  });
});
