import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../../engine/sql';
import { declarationsFromFile } from '../../../engine/catalog/providers/workspace-ddl';
import { fileContexts } from '../../../engine/catalog/file-context';
import { WorkspaceCatalogProvider } from '../../../engine/catalog/providers/workspace';
import { createExamplesProvider } from '../../../engine/catalog/providers/examples';
import { MemoryCatalogProvider } from '../../../engine/catalog/providers/memory';
import { CatalogManager } from '../../../engine/catalog/manager';
import { physical } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import { range } from '../../../engine/diagnostic';
import type { CatalogTable } from '../../../engine/catalog/model';

test('a workspace file: DDL becomes declarations at the paths its context gives, queries see them', () => {
  const m = new CatalogManager();
  m.register(createExamplesProvider());
  m.register(new MemoryCatalogProvider('local', [{ info: { name: 'local', defaultDatabase: 'default' }, databases: [{ info: { name: 'default' } }] }]));
  const ws = new WorkspaceCatalogProvider();
  m.register(ws);
  const uri = 'file:///w/pipeline.sql';
  const text = [
    '-- tideline: catalog=local',
    'CREATE DATABASE reports;',
    'CREATE TABLE reports.big_orders (',
    '  order_id STRING,',
    '  total DECIMAL(10, 2),',
    '  PRIMARY KEY (order_id) NOT ENFORCED',
    ');',
    'USE reports;',
    'CREATE TABLE clicks_copy LIKE examples.marketplace.clicks;',
    'CREATE TEMPORARY TABLE scratch (a INT);',
    'CREATE VIEW totals AS SELECT order_id, total FROM big_orders;',
    'CREATE CATALOG lake WITH (\'type\' = \'generic_in_memory\');',
  ].join('\n');
  const parsed = parseScript(text);
  assert.deepEqual(parsed.diagnostics, []);
  const { contexts } = fileContexts(text, parsed.statements, {}, (c) => m.defaultDatabaseOf(c));
  const { declarations, problems } = declarationsFromFile(uri, text, parsed.statements, contexts, {
    typeOfComputed: () => undefined,
    queryColumns: () => [physical('order_id', T.string(false)), physical('total', T.decimal(10, 2))],
    resolveTable: (parts, ctx) => {
      const r = m.resolveTable(parts, ctx);
      return r.ok && r.value.object.kind === 'table' ? r.value.object : undefined;
    },
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(
    declarations.objects?.map((o) => `${o.path.catalog}.${o.path.database}.${o.path.name}`),
    ['local.reports.big_orders', 'local.reports.clicks_copy', 'local.reports.totals'],
  );
  assert.deepEqual(declarations.databases?.map((d) => `${d.catalog}.${d.info.name}`), ['local.reports']);
  assert.deepEqual(declarations.catalogs?.map((c) => c.info.name), ['lake']);
  ws.setFile(uri, declarations);

  const here = { catalog: 'local', database: 'reports' };
  const big = m.resolveTable(['big_orders'], here);
  assert.ok(big.ok);
  assert.deepEqual(big.value.object.provenance, { kind: 'workspace', uri, range: range(2, 13, 2, 31) });
  assert.equal((big.value.object as CatalogTable).changelog, 'upsert');
  const copy = m.resolveTable(['clicks_copy'], here);
  assert.ok(copy.ok);
  assert.deepEqual(
    copy.value.object.columns.map((c) => c.name),
    ['click_id', 'user_id', 'url', 'user_agent', 'view_time', 'ts'],
  );
  assert.equal((copy.value.object as CatalogTable).watermark?.delayMs, 5000);
  const totals = m.resolveTable(['totals'], here);
  assert.ok(totals.ok);
  assert.equal(totals.value.object.kind, 'view');
  assert.ok(!m.resolveTable(['scratch'], here).ok, 'temporary tables are not declarations');
  assert.ok(m.resolveCatalog('lake').ok);
});
