import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isContextStatement, runContextAt, runContexts } from '../../../engine/catalog/run-context';
import { splitStatements } from '../../../engine/sql/split/split-statements';

const text = [
  '-- tideline: catalog=examples database=nexmark pool=reports',
  'SELECT * FROM bid;',
  "SET 'execution.runtime-mode' = 'batch';",
  "SET 'table.exec.state.ttl' = '1 h';",
  'USE marketplace;',
  'SELECT * FROM clicks;',
  "RESET 'execution.runtime-mode';",
  'USE CATALOG `local`;',
  'SELECT 1;',
  'USE examples.nexmark;',
  'SELECT * FROM person;',
  'RESET;',
  'SELECT 2;',
].join('\n');

test('a statement runs with the directive, then the USE and SET statements before it', () => {
  const slices = splitStatements(text);
  const at = (sql: string) => runContextAt(text, slices, slices.findIndex((s) => text.slice(s.start, s.end) === sql));
  assert.deepEqual(at('SELECT * FROM bid'), { catalog: 'examples', database: 'nexmark', pool: 'reports', settings: {} });
  assert.deepEqual(at('SELECT * FROM clicks'), {
    catalog: 'examples',
    database: 'marketplace',
    pool: 'reports',
    settings: { 'execution.runtime-mode': 'batch', 'table.exec.state.ttl': '1 h' },
  });
  // USE CATALOG leaves the database to the catalog's default, which only the engine knows.
  assert.deepEqual(at('SELECT 1'), { catalog: 'local', pool: 'reports', settings: { 'table.exec.state.ttl': '1 h' } });
  assert.deepEqual(at('SELECT * FROM person'), { catalog: 'examples', database: 'nexmark', pool: 'reports', settings: { 'table.exec.state.ttl': '1 h' } });
  assert.deepEqual(at('SELECT 2'), { catalog: 'examples', database: 'nexmark', pool: 'reports', settings: {} });
});

test('without a directive nothing is decided for the engine', () => {
  const t = 'SELECT 1;\nSELECT 2;';
  assert.deepEqual(runContextAt(t, splitStatements(t), 1), { settings: {} });
});

test('one pass over the file gives every statement the same context as asking for it alone; later SETs do not leak back', () => {
  const slices = splitStatements(text);
  const all = runContexts(text, slices);
  assert.equal(all.length, slices.length);
  all.forEach((c, i) => assert.deepEqual(c, runContextAt(text, slices, i)));
  assert.deepEqual(all[1].settings, {});
});

test('isContextStatement: USE, USE CATALOG, SET and RESET only change the context; other statements run', () => {
  for (const sql of ["SET 'table.dml-sync' = 'true'", 'RESET', "RESET 'a'", 'USE CATALOG examples', 'use marketplace', '  USE examples.marketplace']) {
    assert.equal(isContextStatement(sql), true, sql);
  }
  for (const sql of ['SELECT 1', 'SHOW TABLES', "INSERT INTO t SELECT 'SET'", 'USER_DEFINED', 'SETTINGS']) assert.equal(isContextStatement(sql), false, sql);
});
