import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../engine/check/check-text';
import { examplesCatalog } from './helpers';

describe('checkText with the analyzer', () => {
  const text = '-- tideline: catalog=examples database=marketplace\nSELECT urll FROM clicks;\nSELECT * FORM clicks;\n';
  test('reports syntax and semantic diagnostics', () => {
    const ds = checkText(text);
    assert.deepEqual(ds.map((d) => d.code), ['syntax/unexpected-token', 'analyzer/unknown-column']);
    assert.equal(ds[1].source, 'tideline-analyzer');
  });
  test('syntaxOnly skips the analyzer', () => {
    assert.deepEqual(checkText(text, { syntaxOnly: true }).map((d) => d.code), ['syntax/unexpected-token']);
  });
  test('uses the catalog it is given', () => {
    assert.deepEqual(checkText('SELECT * FROM examples.nexmark.bid', { catalog: examplesCatalog() }), []);
    assert.equal(checkText('SELECT * FROM t', { catalog: examplesCatalog(), settings: { catalog: 'examples', database: 'nexmark' } })[0]?.message, "Object 't' not found within 'examples.nexmark'");
  });
  test('the default catalog has an empty local.default', () => {
    assert.deepEqual(checkText("CREATE TABLE t (a INT);\nINSERT INTO t SELECT 1;\nSELECT a FROM t;"), []);
  });
});
