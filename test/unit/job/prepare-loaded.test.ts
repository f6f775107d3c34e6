/** The tables a submission waits for: those it reads and writes, as written, once each. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referencedTables } from '../../../engine/job/prepare-loaded';

test('referencedTables: the INSERT target, then FROM and JOIN tables and subqueries, each once', () => {
  assert.deepEqual(referencedTables('INSERT INTO kafka.prod.out SELECT a.x FROM a JOIN prod.b ON a.x = b.x WHERE a.x IN (SELECT x FROM c) UNION ALL SELECT x FROM a'), [
    ['kafka', 'prod', 'out'],
    ['a'],
    ['prod', 'b'],
    ['c'],
  ]);
  assert.deepEqual(referencedTables('SELECT 1'), []);
});
