import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { KeyValueCodec } from '../../../engine/connectors/key-value-codec';
import { RowKind, type Row } from '../../../engine/runtime/changelog';
import { T } from '../../../engine/types/logical-type';
import { table } from './source-helpers';

const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));
const cols = [{ name: 'k_id', type: T.bigint(false) }, { name: 'name', type: T.string() }, { name: 'n', type: T.int() }];

describe('key/value record layout (Kafka connector options)', () => {
  test('value.fields-include EXCEPT_KEY with key.fields-prefix: the key carries the key, the value the rest', () => {
    const codec = new KeyValueCodec(table(cols, { 'key.fields': 'k_id', 'key.fields-prefix': 'k_', 'value.fields-include': 'EXCEPT_KEY' }));
    const rec = codec.encoder().encode([7, 'x', 1], RowKind.Insert)!;
    assert.equal(text(rec.key), '{"id":7}');
    assert.equal(text(rec.value), '{"name":"x","n":1}');
    const rows: Row[] = [];
    const kinds: RowKind[] = [];
    codec.decoder().decode(rec, rows, kinds);
    assert.deepEqual(rows, [[7, 'x', 1]]);
    assert.equal(codec.changelogMode, 'insert-only');
  });

  test('upsert: -U is not written, -D is a tombstone, reads give +I then +U then -D', () => {
    const codec = new KeyValueCodec(table(cols, { 'value.format': 'csv' }, { primaryKey: ['k_id'] }));
    const enc = codec.encoder();
    assert.equal(enc.encode([1, 'a', 1], RowKind.UpdateBefore), null);
    const records = [enc.encode([1, 'a', 1], RowKind.Insert)!, enc.encode([1, 'b', 2], RowKind.UpdateAfter)!, enc.encode([1, 'b', 2], RowKind.Delete)!];
    assert.equal(text(records[0].value), '1,a,1');
    assert.equal(records[2].value, null);
    const dec = codec.decoder();
    const rows: Row[] = [];
    const kinds: RowKind[] = [];
    for (const r of records) dec.decode(r, rows, kinds);
    assert.deepEqual(rows, [[1, 'a', 1], [1, 'b', 2], [1, null, null]]);
    assert.deepEqual(kinds, [RowKind.Insert, RowKind.UpdateAfter, RowKind.Delete]);
    assert.equal(codec.changelogMode, 'upsert');
  });

  test('option mistakes are named', () => {
    assert.throws(() => new KeyValueCodec(table(cols, { 'key.fields': 'nope' })), /no column 'nope'/);
    assert.throws(() => new KeyValueCodec(table(cols, { 'value.fields-include': 'EXCEPT_KEY' })), /needs key fields/);
    assert.throws(() => new KeyValueCodec(table(cols, { 'key.fields': 'k_id', 'key.fields-prefix': 'k_' })), /EXCEPT_KEY/);
    assert.throws(() => new KeyValueCodec(table(cols, { 'value.format': 'xml' })), /'value.format' = 'xml' is invalid/);
  });
});
