import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceTables } from '../../../engine/language/workspace-tables';
import { WorkspaceCatalogProvider } from '../../../engine/catalog/providers/workspace';
import { CatalogManager } from '../../../engine/catalog/manager';
import { MemoryCatalogProvider } from '../../../engine/catalog/providers/memory';

function setup(): { tables: WorkspaceTables; provider: WorkspaceCatalogProvider; changes: () => number } {
  const catalog = new CatalogManager();
  catalog.register(new MemoryCatalogProvider('local', [{ info: { name: 'local', defaultDatabase: 'default' }, databases: [{ info: { name: 'default' } }] }]));
  const provider = new WorkspaceCatalogProvider();
  catalog.register(provider);
  let n = 0;
  provider.onDidChange(() => n++);
  return { tables: new WorkspaceTables(() => catalog, provider), provider, changes: () => n };
}

test('occurrences across files by path; a rename range is the last part of the name, quoted or not', () => {
  const { tables } = setup();
  tables.update('file:///a.sql', "CREATE TABLE `weird ``name`` t` (id INT) WITH ('connector' = 'datagen');\n");
  tables.update('file:///b.sql', 'SELECT id FROM `local`.`default`.`weird ``name`` t`;\nSELECT id FROM `weird ``name`` t` AS w;\n');
  const at = tables.at('file:///b.sql', { line: 0, character: 40 });
  assert.ok(at);
  assert.deepEqual(at.path, { catalog: 'local', database: 'default', name: 'weird `name` t' });
  assert.equal(at.occurrence.name, 'weird `name` t');
  const all = tables.occurrencesOf(at.path).map((o) => `${o.uri.slice(8)} ${o.nameRange.start.line}:${o.nameRange.start.character}-${o.nameRange.end.character} ${o.declaration ? 'decl' : 'use'}`);
  assert.deepEqual(all, ['a.sql 0:13-31 decl', 'b.sql 0:33-51 use', 'b.sql 1:15-33 use']);
  assert.deepEqual(tables.declarationsOf(at.path).map((d) => d.uri), ['file:///a.sql']);
  assert.ok(tables.isDeclared(at.path));
});

test('an edit that keeps the declarations does not change the catalog; one that changes them does; remove forgets the file', () => {
  const { tables, changes } = setup();
  tables.update('file:///a.sql', "CREATE TABLE t (id INT) WITH ('connector' = 'datagen');\n");
  assert.equal(changes(), 1);
  tables.update('file:///a.sql', "CREATE TABLE t (id INT) WITH ('connector' = 'datagen');\nSELECT id FROM t;\n");
  assert.equal(changes(), 1, 'a query added: same declarations');
  tables.update('file:///a.sql', "CREATE TABLE t (id BIGINT) WITH ('connector' = 'datagen');\nSELECT id FROM t;\n");
  assert.equal(changes(), 2);
  const path = { catalog: 'local', database: 'default', name: 't' };
  assert.equal(tables.occurrencesOf(path).length, 2);
  tables.remove('file:///a.sql');
  assert.equal(tables.occurrencesOf(path).length, 0);
  assert.ok(!tables.isDeclared(path));
});
