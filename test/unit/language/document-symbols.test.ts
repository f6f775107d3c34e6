import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageDocument, documentSymbols, WorkspaceSymbolIndex, fuzzyMatch } from '../../../engine/language';

const SCRIPT = `CREATE TABLE orders (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY VIEW v AS SELECT * FROM orders;
INSERT INTO sink
WITH recent AS (SELECT * FROM clicks), top AS (WITH inner_q AS (SELECT 1) SELECT * FROM inner_q)
SELECT * FROM recent;
SELECT a FROM \`my cat\`.db.clicks c JOIN orders o ON c.id = o.id;
USE CATALOG examples;
SET 'parallelism.default' = '2';
SELECT * FORM broken
`;

describe('document symbols', () => {
  const doc = createLanguageDocument(SCRIPT);
  const symbols = documentSymbols(doc);

  test('one per statement, named by kind and object', () => {
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind]),
      [
        ['CREATE TABLE orders', 'table'],
        ['CREATE VIEW v', 'view'],
        ['INSERT INTO sink', 'insert'],
        ['SELECT … FROM my cat.db.clicks', 'query'],
        ['USE CATALOG examples', 'catalog'],
        ["SET 'parallelism.default'", 'statement'],
        ['SELECT * FORM broken', 'statement'],
      ],
    );
  });

  test('CTEs are nested children, with their own CTEs', () => {
    const insert = symbols[2];
    assert.deepEqual(insert.children.map((c) => c.name), ['WITH recent', 'WITH top']);
    assert.deepEqual(insert.children[1].children.map((c) => c.name), ['WITH inner_q']);
    assert.deepEqual(insert.children[0].selectionRange, { start: { line: 3, character: 5 }, end: { line: 3, character: 11 } });
  });

  test('ranges: the statement, and the object name as selection', () => {
    assert.deepEqual(symbols[2].range, { start: { line: 2, character: 0 }, end: { line: 4, character: 20 } });
    assert.deepEqual(symbols[0].selectionRange, { start: { line: 0, character: 13 }, end: { line: 0, character: 19 } });
  });
});

describe('workspace symbols', () => {
  test('fuzzy search across indexed documents; re-indexing replaces a document', () => {
    const index = new WorkspaceSymbolIndex();
    index.update('file:///a.sql', createLanguageDocument('CREATE TABLE orders (id INT);\nINSERT INTO order_totals SELECT * FROM orders;'));
    index.update('file:///b.sql', createLanguageDocument('WITH recent_orders AS (SELECT 1) SELECT * FROM recent_orders;'));
    assert.deepEqual(
      index.search('ordtot').map((s) => [s.name, s.uri]),
      [['INSERT INTO order_totals', 'file:///a.sql']],
    );
    const cte = index.search('recent_orders').find((s) => s.kind === 'cte');
    assert.equal(cte?.container, 'SELECT … FROM recent_orders');
    index.update('file:///a.sql', createLanguageDocument('SELECT 1;'));
    assert.deepEqual(index.search('orders').map((s) => s.uri), ['file:///b.sql', 'file:///b.sql']);
    assert.ok(fuzzyMatch('CT', 'CREATE TABLE x') && !fuzzyMatch('zz', 'CREATE TABLE x'));
  });
});
