import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCatalog, decodeDatabase, decodeObject, encodeCatalog, encodeDatabase, encodeObject } from '../../../engine/catalog/json';
import { computed, metadata, physical, table, view } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';

const mem = { kind: 'memory' } as const;

const t = table({
  name: 'events',
  columns: [
    physical('id', T.bigint(false)),
    physical('payload', T.row([{ name: 'tags', type: T.array(T.string()) }, { name: 'attrs', type: T.map(T.string(), T.int()) }])),
    physical('ts', T.timestamp(3)),
    computed('day', T.date(), 'CAST(ts AS DATE)'),
    metadata('part', T.int(false), { key: 'partition', virtual: true }),
  ],
  watermark: { column: 'ts', expression: 'ts' },
  options: { 'b.opt': '2', 'a.opt': '1', connector: 'datagen' },
  provenance: mem,
});

describe('stable JSON form', () => {
  test('round-trips tables, views, databases and catalogs', () => {
    const prov = { kind: 'local', stateDir: '/s', file: '/s/x.json' } as const;
    assert.deepEqual(decodeObject(encodeObject(t), prov), { ...t, provenance: prov });
    const v = view({ name: 'v', columns: [physical('id', T.bigint(false))], query: 'SELECT id FROM events', comment: 'c', provenance: mem });
    assert.deepEqual(decodeObject(encodeObject(v), prov), { ...v, provenance: prov });
    const fn = { name: 'f', className: 'a.B', language: 'PYTHON' as const, resources: ['jar:x'], provenance: prov };
    assert.deepEqual(decodeDatabase(encodeDatabase({ name: 'd', properties: { k: 'v' } }, [fn]), prov), {
      info: { name: 'd', properties: { k: 'v' } },
      functions: [fn],
    });
    assert.deepEqual(decodeCatalog(encodeCatalog({ name: 'c', defaultDatabase: 'd' })), { name: 'c', defaultDatabase: 'd' });
  });

  test('is deterministic: key order does not depend on construction order; provenance is not stored', () => {
    const reordered = { ...t, options: { connector: 'datagen', 'a.opt': '1', 'b.opt': '2' } };
    assert.equal(encodeObject(reordered), encodeObject(t));
    const text = encodeObject(t);
    assert.ok(text.endsWith('}\n'));
    assert.ok(!text.includes('provenance'));
    const top = Object.keys(JSON.parse(text));
    assert.deepEqual(top.slice(0, 3), ['formatVersion', 'kind', 'name']);
    assert.match(text, /"kind": "physical",\n\s+"name": "id",/);
  });

  test('rejects wrong shapes with the field that is wrong', () => {
    const good = JSON.parse(encodeObject(t));
    const bad = (mutate: (o: any) => void) => {
      const o = structuredClone(good);
      mutate(o);
      return () => decodeObject(JSON.stringify(o), mem);
    };
    assert.throws(bad((o) => (o.formatVersion = 2)), /formatVersion: expected 1, found 2/);
    assert.throws(bad((o) => (o.kind = 'thing')), /\$\.kind: expected one of table, view/);
    assert.throws(bad((o) => (o.columns[1].type.fields[0].type.element = { kind: 'VARCHAR', nullable: true })), /columns\[1\]\.type\.fields\[0\]\.type\.element\.length: expected an integer/);
    assert.throws(bad((o) => (o.columns[4].virtual = 'yes')), /columns\[4\]\.virtual: expected true or false/);
    assert.throws(bad((o) => (o.options.connector = 3)), /options\.connector: expected a string/);
    assert.throws(bad((o) => delete o.options), /options: expected an object/);
    assert.throws(bad((o) => (o.watermark = { column: 'ts' })), /watermark\.expression: expected a string/);
    assert.throws(() => decodeObject('[1]', mem), /\$: expected an object/);
  });
});
