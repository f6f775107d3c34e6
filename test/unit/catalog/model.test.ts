import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { watermarkDelayMs, watermarkExpression } from '../../../engine/catalog/watermark';
import { deriveChangelogKind } from '../../../engine/catalog/changelog-kind';
import { computed, metadata, physical, table } from '../../../engine/catalog/build';
import { findColumn, formatPath, quoteIdentifierIfNeeded, writableColumns } from '../../../engine/catalog/model';
import { MemoryCatalogProvider } from '../../../engine/catalog/providers/memory';
import { T } from '../../../engine/types/logical-type';

const mem = { kind: 'memory' } as const;

describe('watermark delay', () => {
  test('reads `col - INTERVAL n UNIT` in every common spelling', () => {
    assert.equal(watermarkDelayMs('ts', "ts - INTERVAL '5' SECOND"), 5000);
    assert.equal(watermarkDelayMs('ts', "ts-interval '5' seconds"), 5000);
    assert.equal(watermarkDelayMs('ts', "  ts - INTERVAL '0.5' SECOND  "), 500);
    assert.equal(watermarkDelayMs('ts', "ts - INTERVAL '2' MINUTE"), 120_000);
    assert.equal(watermarkDelayMs('ts', "ts - INTERVAL '1' HOUR"), 3_600_000);
    assert.equal(watermarkDelayMs('ts', "ts - INTERVAL '3' DAY"), 259_200_000);
    assert.equal(watermarkDelayMs('ts', "ts - INTERVAL '10' MILLISECOND"), 10);
    assert.equal(watermarkDelayMs('ts', "ts - INTERVAL '5' SECOND(3)"), 5000);
    assert.equal(watermarkDelayMs('dateTime', "`dateTime` - INTERVAL '4' SECOND"), 4000);
    assert.equal(watermarkDelayMs('a`b', "`a``b` - INTERVAL '1' SECOND"), 1000);
    assert.equal(watermarkDelayMs('ts', 'ts'), 0);
  });

  test('no delay when the expression is anything else', () => {
    assert.equal(watermarkDelayMs('ts', "other - INTERVAL '5' SECOND"), undefined);
    assert.equal(watermarkDelayMs('ts', "ts + INTERVAL '5' SECOND"), undefined);
    assert.equal(watermarkDelayMs('ts', "ts - INTERVAL '1' MONTH"), undefined);
    assert.equal(watermarkDelayMs('ts', "TO_TIMESTAMP_LTZ(ts, 3) - INTERVAL '5' SECOND"), undefined);
    assert.equal(watermarkDelayMs('TS', "ts - INTERVAL '5' SECOND"), undefined, 'names are case-sensitive');
  });

  test('watermarkExpression writes what watermarkDelayMs reads', () => {
    assert.equal(watermarkExpression('ts', 5000), "ts - INTERVAL '5' SECOND");
    assert.equal(watermarkExpression('my ts', 0), '`my ts`');
    assert.equal(watermarkDelayMs('my ts', watermarkExpression('my ts', 1500)), 1500);
  });
});

describe('changelog kind', () => {
  const pk = { columns: ['id'] };
  test('append-only without a key, upsert with one on upsert-capable connectors', () => {
    assert.equal(deriveChangelogKind({}, undefined), 'append-only');
    assert.equal(deriveChangelogKind({}, pk), 'upsert');
    assert.equal(deriveChangelogKind({ connector: 'examples' }, pk), 'upsert');
    assert.equal(deriveChangelogKind({ connector: 'upsert-kafka' }, pk), 'upsert');
    assert.equal(deriveChangelogKind({ connector: 'datagen' }, pk), 'append-only');
    assert.equal(deriveChangelogKind({ connector: 'filesystem' }, pk), 'append-only');
  });
  test('CDC formats produce a retract changelog', () => {
    assert.equal(deriveChangelogKind({ connector: 'kafka', format: 'debezium-json' }, undefined), 'retract');
    assert.equal(deriveChangelogKind({ connector: 'kafka', 'value.format': 'debezium-avro-confluent' }, pk), 'retract');
  });
});

describe('model helpers', () => {
  test('table() derives rowtime, delay, key and changelog; keeps everything declared', () => {
    const t = table({
      name: 'k',
      columns: [
        physical('id', T.bigint(false)),
        physical('ts', T.timestampLtz(3)),
        computed('id2', T.bigint(false), 'id * 2', 'doubled'),
        metadata('off', T.bigint(false), { key: 'offset', virtual: true }),
        metadata('headers', T.map(T.string(), T.bytes())),
      ],
      watermark: { column: 'ts', expression: "ts - INTERVAL '1' SECOND" },
      primaryKey: ['id'],
      provenance: mem,
    });
    assert.deepEqual(t.columns[1].type, T.timestampLtz(3, true, 'rowtime'));
    assert.deepEqual(t.watermark, { column: 'ts', expression: "ts - INTERVAL '1' SECOND", delayMs: 1000 });
    assert.deepEqual(t.primaryKey, { columns: ['id'] });
    assert.equal(t.changelog, 'upsert');
    assert.deepEqual(t.options, {});
    assert.equal(findColumn(t, 'id2')?.kind, 'computed');
    assert.equal(findColumn(t, 'ID2'), undefined);
    assert.deepEqual(
      writableColumns(t).map((c) => c.name),
      ['id', 'ts', 'headers'],
    );
  });

  test('paths print with backticks only where needed', () => {
    assert.equal(formatPath(['examples', 'marketplace', 'clicks']), 'examples.marketplace.clicks');
    assert.equal(formatPath({ catalog: 'my cat', database: 'd', name: 'a`b' }), '`my cat`.d.`a``b`');
    assert.equal(quoteIdentifierIfNeeded('_x1'), '_x1');
    assert.equal(quoteIdentifierIfNeeded('1x'), '`1x`');
  });
});

describe('DDL rules (in-memory provider)', () => {
  const t = (name: string) => table({ name, columns: [physical('id', T.int())], provenance: mem });
  async function provider() {
    const p = new MemoryCatalogProvider('mem', [{ info: { name: 'c', defaultDatabase: 'd' }, databases: [{ info: { name: 'd' } }] }]);
    await p.createObject({ catalog: 'c', database: 'd', name: 't' }, t('t'));
    return p;
  }
  const P = (name: string) => ({ catalog: 'c', database: 'd', name });

  test('rename: to a free name only; the object takes the new name', async () => {
    const p = await provider();
    await p.createObject(P('u'), t('u'));
    await assert.rejects(p.renameObject(P('t'), 'u'), { code: 'object-exists' });
    await p.renameObject(P('t'), 'v');
    assert.equal((await p.lookup(P('v')))?.name, 'v');
    assert.equal(await p.lookup(P('t')), undefined);
    await assert.rejects(p.renameObject(P('nope'), 'w'), { code: 'object-not-found' });
  });

  test('views and tables: one namespace, kind-checked drops and alters', async () => {
    const p = await provider();
    const v = { kind: 'view' as const, name: 't', columns: [physical('id', T.int())], query: 'SELECT 1', changelog: 'append-only' as const, provenance: mem };
    await assert.rejects(p.createObject(P('t'), v), { code: 'object-exists', message: 'A table named c.d.t already exists.' });
    await assert.rejects(p.createObject(P('t'), v, { replace: true }), { code: 'object-exists' }, 'OR REPLACE does not turn a table into a view');
    await assert.rejects(p.alterObject(P('t'), v), { code: 'wrong-kind', message: 'c.d.t is a table; use ALTER TABLE.' });
    await p.createObject(P('v'), { ...v, name: 'v' });
    await assert.rejects(p.dropObject(P('v'), 'table'), { message: 'c.d.v is a view; use DROP VIEW.' });
    await p.dropObject(P('v'), 'view');
  });

  test('catalogs and databases: exists, not found, not empty, cascade', async () => {
    const p = await provider();
    await assert.rejects(p.createCatalog({ name: 'c', defaultDatabase: 'd' }), { code: 'catalog-exists' });
    await p.createCatalog({ name: 'c', defaultDatabase: 'd' }, { ignoreIfExists: true });
    await assert.rejects(p.dropCatalog('c'), { code: 'catalog-not-empty' });
    await assert.rejects(p.dropDatabase('c', 'x'), { code: 'database-not-found', message: 'Database c.x does not exist.' });
    await assert.rejects(p.dropDatabase('zz', 'x'), { code: 'catalog-not-found' });
    await p.dropDatabase('zz', 'x', { ifExists: true });
    await assert.rejects(p.createObject({ catalog: 'c', database: 'd', name: '' }, t('')), { code: 'invalid-name' });
    await p.dropCatalog('c', { cascade: true });
    assert.equal(p.snapshot().catalogs.size, 0);
  });

  test('functions: exists, replace, drop', async () => {
    const p = await provider();
    const f = { name: 'f', className: 'a.F', language: 'JAVA' as const, provenance: mem };
    await p.createFunction('c', 'd', f);
    await assert.rejects(p.createFunction('c', 'd', f), { code: 'function-exists' });
    await p.createFunction('c', 'd', { ...f, className: 'a.G' }, { replace: true });
    assert.equal(p.snapshot().catalogs.get('c')!.databases.get('d')!.functions.get('f')!.className, 'a.G');
    await p.dropFunction('c', 'd', 'f');
    await assert.rejects(p.dropFunction('c', 'd', 'f'), { code: 'function-not-found' });
  });

  test('snapshots are immutable: a held snapshot does not change under DDL', async () => {
    const p = await provider();
    const before = p.snapshot();
    await p.createObject(P('new'), t('new'));
    assert.equal(before.catalogs.get('c')!.databases.get('d')!.objects.has('new'), false);
    assert.equal(p.snapshot().catalogs.get('c')!.databases.get('d')!.objects.has('new'), true);
    assert.equal(p.snapshot(), p.snapshot(), 'unchanged snapshots are reused');
  });
});
