import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../../engine/catalog/setup';
import { physical, table } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import { range } from '../../../engine/diagnostic';

test('openCatalogs: examples + local + workspace, DDL persisted, created objects hide declarations', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-setup-'));
  try {
    const { manager, workspace } = await openCatalogs({ stateDir: dir, workspace: true });
    assert.deepEqual(
      manager.catalogs().map((c) => c.info.name),
      ['examples', 'local'],
    );
    const here = { catalog: 'local', database: 'default' };
    const declared = table({ name: 'sink', columns: [physical('declared', T.int())], provenance: { kind: 'memory' } });
    workspace!.setFile('file:///w/ddl.sql', { objects: [{ path: { catalog: 'local', database: 'default', name: 'sink' }, object: declared, range: range(0, 0, 2, 1) }] });
    const before = manager.resolveTable(['sink'], here);
    assert.ok(before.ok);
    assert.equal(before.value.object.provenance.kind, 'workspace');
    // CREATE TABLE runs: routed to the local store, not to the workspace declarations.
    const created = table({ name: 'sink', columns: [physical('real', T.int())], provenance: { kind: 'memory' } });
    await manager.writerFor('local').createObject({ catalog: 'local', database: 'default', name: 'sink' }, created);
    const after = manager.resolveTable(['sink'], here);
    assert.ok(after.ok);
    assert.equal(after.value.object.provenance.kind, 'local');
    assert.equal(after.value.object.columns[0].name, 'real');
    // A second process on the same state dir sees the table.
    const again = await openCatalogs({ stateDir: dir });
    assert.ok(again.manager.resolveTable(['sink'], here).ok);
    assert.equal(again.workspace, undefined);
    assert.equal(manager.catalogCreator()?.id, 'local');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
