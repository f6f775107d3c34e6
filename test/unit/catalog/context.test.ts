import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyUse, checkDirective, contextAt, initialContext } from '../../../engine/catalog/context';
import type { PositionedUse } from '../../../engine/catalog/context';
import { parseDirective } from '../../../engine/catalog/directive';
import { CatalogManager } from '../../../engine/catalog/manager';
import { createExamplesProvider } from '../../../engine/catalog/providers/examples';
import { MemoryCatalogProvider } from '../../../engine/catalog/providers/memory';
import { pos, range } from '../../../engine/diagnostic';

function manager(): CatalogManager {
  const m = new CatalogManager();
  m.register(createExamplesProvider());
  m.register(
    new MemoryCatalogProvider('local', [
      { info: { name: 'local', defaultDatabase: 'default' }, databases: [{ info: { name: 'default' } }, { info: { name: 'staging' } }] },
    ]),
  );
  return m;
}
const dflt = (m: CatalogManager) => (c: string) => m.defaultDatabaseOf(c);

describe('current catalog and database', () => {
  test('built-in default is local.default', () => {
    assert.deepEqual(initialContext({}, {}, dflt(manager())), { catalog: 'local', database: 'default' });
  });

  test('settings apply when the directive is silent', () => {
    assert.deepEqual(initialContext({}, { catalog: 'examples', database: 'nexmark' }, dflt(manager())), {
      catalog: 'examples',
      database: 'nexmark',
    });
    assert.deepEqual(initialContext({}, { catalog: 'examples' }, dflt(manager())), { catalog: 'examples', database: 'marketplace' });
  });

  test('the directive wins over settings; a directive catalog brings its own default database', () => {
    const m = manager();
    assert.deepEqual(
      initialContext({ catalog: 'examples', database: 'nexmark' }, { catalog: 'local', database: 'staging' }, dflt(m)),
      { catalog: 'examples', database: 'nexmark' },
    );
    assert.deepEqual(initialContext({ catalog: 'examples' }, { catalog: 'local', database: 'staging' }, dflt(m)), {
      catalog: 'examples',
      database: 'marketplace',
    });
    // Same catalog as the settings: the settings' database still applies.
    assert.deepEqual(initialContext({ catalog: 'local' }, { catalog: 'local', database: 'staging' }, dflt(m)), {
      catalog: 'local',
      database: 'staging',
    });
    assert.deepEqual(initialContext({ database: 'staging' }, { database: 'x' }, dflt(m)), { catalog: 'local', database: 'staging' });
  });

  test('USE CATALOG switches to its default database; USE d and USE c.d switch the database', () => {
    const m = manager();
    const start = { catalog: 'local', database: 'staging' };
    assert.deepEqual(applyUse(start, { kind: 'use-catalog', catalog: 'examples' }, dflt(m)), { catalog: 'examples', database: 'marketplace' });
    assert.deepEqual(applyUse(start, { kind: 'use-catalog', catalog: 'unknown' }, dflt(m)), { catalog: 'unknown', database: 'default' });
    assert.deepEqual(applyUse(start, { kind: 'use-database', database: 'default' }, dflt(m)), { catalog: 'local', database: 'default' });
    assert.deepEqual(applyUse(start, { kind: 'use-database', catalog: 'examples', database: 'nexmark' }, dflt(m)), {
      catalog: 'examples',
      database: 'nexmark',
    });
  });

  test('contextAt folds the USE statements that end before the position, in text order', () => {
    const m = manager();
    const uses: PositionedUse[] = [
      { effect: { kind: 'use-database', database: 'nexmark' }, end: pos(5, 10) },
      { effect: { kind: 'use-catalog', catalog: 'examples' }, end: pos(2, 20) },
      { effect: { kind: 'use-database', catalog: 'local', database: 'staging' }, end: pos(9, 0) },
    ];
    const start = { catalog: 'local', database: 'default' };
    assert.deepEqual(contextAt(start, uses, pos(0, 0), dflt(m)), start);
    assert.deepEqual(contextAt(start, uses, pos(3, 0), dflt(m)), { catalog: 'examples', database: 'marketplace' });
    assert.deepEqual(contextAt(start, uses, pos(5, 10), dflt(m)), { catalog: 'examples', database: 'nexmark' });
    assert.deepEqual(contextAt(start, uses, pos(20, 0), dflt(m)), { catalog: 'local', database: 'staging' });
  });

  test('the whole path: directive text -> context -> resolution', () => {
    const m = manager();
    const d = parseDirective('-- tideline: catalog=examples database=nexmark\nSELECT * FROM bid;');
    const ctx = initialContext(d.values, {}, dflt(m));
    const r = m.resolveTable(['bid'], ctx);
    assert.ok(r.ok);
    assert.deepEqual(r.value.path, { catalog: 'examples', database: 'nexmark', name: 'bid' });
  });

  test('checkDirective: unknown catalog or database names, with did-you-mean fixes on the value', () => {
    const m = manager();
    const bad = parseDirective('-- tideline: catalog=exampels database=x');
    const [c] = checkDirective(bad, m);
    assert.equal(c.code, 'directive/unknown-catalog');
    assert.deepEqual(c.range, range(0, 21, 0, 29));
    assert.equal(c.message, "Catalog 'exampels' does not exist, did you mean 'examples'?");
    assert.deepEqual(c.fixes, [{ title: "Change to 'examples'", range: range(0, 21, 0, 29), newText: 'examples' }]);
    const db = checkDirective(parseDirective('-- tideline: catalog=examples database=nexmrk'), m);
    assert.equal(db.length, 1);
    assert.equal(db[0].code, 'directive/unknown-database');
    assert.deepEqual(db[0].fixes?.map((f) => f.newText), ['nexmark']);
    assert.deepEqual(checkDirective(parseDirective('-- tideline: catalog=examples database=nexmark pool=x'), m), []);
    // A database checked against the settings' catalog when the directive names none.
    assert.equal(checkDirective(parseDirective('-- tideline: database=nexmark'), m, { catalog: 'examples' }).length, 0);
    assert.equal(checkDirective(parseDirective('-- tideline: database=nexmark'), m).length, 1);
  });
});
