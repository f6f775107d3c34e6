import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../../engine/sql';
import { fileContexts, useEffectOf } from '../../../engine/catalog/file-context';
import { CatalogManager } from '../../../engine/catalog/manager';
import { createExamplesProvider } from '../../../engine/catalog/providers/examples';
import { MemoryCatalogProvider } from '../../../engine/catalog/providers/memory';

test('each statement of a real file gets its context: directive, then USE CATALOG / USE in order', () => {
  const m = new CatalogManager();
  m.register(createExamplesProvider());
  m.register(new MemoryCatalogProvider('local', [{ info: { name: 'local', defaultDatabase: 'default' }, databases: [{ info: { name: 'default' } }, { info: { name: 'staging' } }] }]));
  const text = [
    '-- tideline: catalog=examples database=nexmark pool=default',
    'SELECT * FROM bid;',
    'USE marketplace;',
    'SELECT * FROM clicks;',
    'USE CATALOG `local`;',
    'SELECT 1;',
    'USE examples.nexmark;',
    'SELECT * FROM person;',
  ].join('\n');
  const parsed = parseScript(text);
  assert.deepEqual(parsed.diagnostics, []);
  const { contexts, directive } = fileContexts(text, parsed.statements, { catalog: 'local', database: 'staging' }, (c) => m.defaultDatabaseOf(c));
  assert.equal(directive.values.pool, 'default');
  assert.deepEqual(contexts, [
    { catalog: 'examples', database: 'nexmark' },
    { catalog: 'examples', database: 'nexmark' },
    { catalog: 'examples', database: 'marketplace' },
    { catalog: 'examples', database: 'marketplace' },
    { catalog: 'local', database: 'default' },
    { catalog: 'local', database: 'default' },
    { catalog: 'examples', database: 'nexmark' },
  ]);
  // And names resolve in those contexts.
  assert.ok(m.resolveTable(['bid'], contexts[0]).ok);
  assert.ok(m.resolveTable(['clicks'], contexts[3]).ok);
  assert.ok(m.resolveTable(['person'], contexts[6]).ok);
});

test('useEffectOf ignores statements that are not USE, and broken statements', () => {
  const parsed = parseScript('SELECT 1;\nUSE MODULES core;\nUSE ;\n');
  for (const s of parsed.statements) assert.equal(useEffectOf(s.statement), undefined);
});
