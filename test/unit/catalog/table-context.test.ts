import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toTableContext } from '../../../engine/catalog/table-context';
import { computed, metadata, physical, table } from '../../../engine/catalog/build';
import { EXAMPLES_TABLES } from '../../../engine/catalog/providers/examples';
import { examplesConnector } from '../../../engine/connectors/examples/examples-connector';
import { T } from '../../../engine/types/logical-type';

test('physical columns in order, metadata by key, key and options; time attributes dropped', () => {
  const t = table({
    name: 'k',
    columns: [
      physical('id', T.bigint(false)),
      metadata('off', T.bigint(false), { key: 'offset', virtual: true }),
      computed('id2', T.bigint(false), 'id * 2'),
      physical('ts', T.timestamp(3)),
      metadata('partition', T.int(false)),
    ],
    watermark: { column: 'ts', expression: 'ts' },
    primaryKey: ['id'],
    options: { connector: 'kafka', topic: 'k' },
    provenance: { kind: 'memory' },
  });
  const path = { catalog: 'c', database: 'my db', name: 'k' };
  assert.deepEqual(toTableContext(path, t, { stateDir: '/s' }), {
    tableName: 'c.`my db`.k',
    columns: [
      { name: 'id', type: T.bigint(false) },
      { name: 'ts', type: T.timestamp(3) },
    ],
    metadata: [
      { key: 'offset', type: T.bigint(false) },
      { key: 'partition', type: T.int(false) },
    ],
    primaryKey: ['id'],
    options: { connector: 'kafka', topic: 'k' },
    stateDir: '/s',
  });
  assert.deepEqual(toTableContext(path, t, { metadataColumns: ['partition'] }).metadata, [{ key: 'partition', type: T.int(false) }]);
  assert.equal(toTableContext(path, t, { metadataColumns: [] }).metadata, undefined);
});

test('every examples table opens a source through the examples connector from its catalog entry', async () => {
  for (const [database, tables] of Object.entries(EXAMPLES_TABLES)) {
    for (const t of tables) {
      const ctx = toTableContext({ catalog: 'examples', database, name: t.name }, t);
      const source = examplesConnector.createSource!({ ...ctx, options: { ...ctx.options, 'time-mode': 'simulated', 'number-of-rows': '3', 'number-of-events': '50' } });
      const splits = await source.splits();
      assert.ok(splits.length >= 1, `${database}.${t.name} has splits`);
      const reader = await source.open(splits[0]);
      const batch = await reader.poll(10);
      assert.ok(batch.rows.length > 0, `${database}.${t.name} produces rows`);
      assert.equal(batch.rows[0].length, ctx.columns.length, `${database}.${t.name} rows match the catalog's columns`);
      await reader.close();
    }
  }
});
