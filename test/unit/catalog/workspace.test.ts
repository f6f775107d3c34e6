import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceCatalogProvider } from '../../../engine/catalog/providers/workspace';
import { MemoryCatalogProvider } from '../../../engine/catalog/providers/memory';
import { CatalogManager } from '../../../engine/catalog/manager';
import { physical, table } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import { range } from '../../../engine/diagnostic';

const mem = { kind: 'memory' } as const;
const decl = (name: string, col = 'id', database = 'default', catalog = 'local') => ({
  path: { catalog, database, name },
  object: table({ name, columns: [physical(col, T.bigint())], provenance: mem }),
  range: range(3, 0, 7, 1),
});
const HERE = { catalog: 'local', database: 'default' };

function setup() {
  const local = new MemoryCatalogProvider('local', [{ info: { name: 'local', defaultDatabase: 'default' }, databases: [{ info: { name: 'default' }, objects: [table({ name: 'created', columns: [physical('real', T.int())], provenance: mem })] }] }]);
  const ws = new WorkspaceCatalogProvider();
  const m = new CatalogManager();
  m.register(local);
  m.register(ws);
  return { local, ws, m };
}

describe('workspace declarations', () => {
  test('declared tables resolve with the file and range as provenance', () => {
    const { ws, m } = setup();
    ws.setFile('file:///w/ddl.sql', { objects: [decl('pending_orders')] });
    const r = m.resolveTable(['pending_orders'], HERE);
    assert.ok(r.ok);
    assert.deepEqual(r.value.object.provenance, { kind: 'workspace', uri: 'file:///w/ddl.sql', range: range(3, 0, 7, 1) });
  });

  test('a created table hides its declaration; declarations in new catalogs and databases appear', () => {
    const { ws, m } = setup();
    ws.setFile('file:///w/a.sql', {
      objects: [decl('created', 'declared_col'), decl('t', 'id', 'lake', 'lakehouse')],
      databases: [{ catalog: 'local', info: { name: 'reports', comment: 'from DDL' }, range: range(0, 0, 0, 10) }],
    });
    const created = m.resolveTable(['created'], HERE);
    assert.ok(created.ok);
    assert.equal(created.value.object.columns[0].name, 'real');
    assert.ok(m.resolveTable(['lakehouse', 'lake', 't'], HERE).ok);
    assert.equal(m.resolveDatabase(['reports'], HERE).ok, true);
    // DDL never goes to a catalog that is only declared.
    assert.throws(() => m.writerFor('lakehouse'), /does not exist \(it is only declared in workspace files\)/);
    assert.equal(m.writerFor('local').constructor.name, 'MemoryCatalogProvider');
  });

  test("a file's new declarations replace its old ones; removing the file removes them", () => {
    const { ws, m } = setup();
    ws.setFile('file:///w/a.sql', { objects: [decl('x')] });
    ws.setFile('file:///w/a.sql', { objects: [decl('y')] });
    assert.ok(!m.resolveTable(['x'], HERE).ok);
    assert.ok(m.resolveTable(['y'], HERE).ok);
    ws.removeFile('file:///w/a.sql');
    assert.ok(!m.resolveTable(['y'], HERE).ok);
  });

  test('the same name in two files: the first URI wins, all declarations are listed', () => {
    const { ws, m } = setup();
    ws.setFile('file:///w/b.sql', { objects: [decl('dup', 'from_b')] });
    ws.setFile('file:///w/a.sql', { objects: [decl('dup', 'from_a')] });
    const r = m.resolveTable(['dup'], HERE);
    assert.ok(r.ok);
    assert.equal(r.value.object.columns[0].name, 'from_a');
    assert.deepEqual(
      ws.declarationsOf({ catalog: 'local', database: 'default', name: 'dup' }).map((d) => d.uri),
      ['file:///w/a.sql', 'file:///w/b.sql'],
    );
  });

  test('changes fire events through the manager', () => {
    const { ws, m } = setup();
    let n = 0;
    m.onDidChange(() => n++);
    ws.setFile('file:///w/a.sql', { objects: [decl('x')] });
    ws.removeFile('file:///w/a.sql');
    ws.removeFile('file:///w/never.sql');
    assert.equal(n, 2);
  });
});
