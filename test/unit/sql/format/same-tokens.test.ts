import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameTokens } from '../../../../engine/sql/format/same-tokens';

test('the safety net accepts whitespace and keyword case changes only', () => {
  assert.ok(sameTokens('select  a,b\nfrom t -- c', 'SELECT\n  a,\n  b\nFROM t -- c'));
  assert.ok(sameTokens('cast(x as bigint)', 'CAST(x AS BIGINT)'));
  assert.ok(!sameTokens('SELECT - -1', 'SELECT --1'), 'gluing two minus signs makes a comment');
  assert.ok(!sameTokens("SELECT 'a'", "SELECT 'A'"), 'strings are byte-exact');
  assert.ok(!sameTokens('SELECT `a`', 'SELECT `A`'), 'quoted identifiers are byte-exact');
  assert.ok(!sameTokens('SELECT a /* x */', 'SELECT a /*  x */'), 'comments are byte-exact');
  assert.ok(!sameTokens('SELECT a b', 'SELECT ab'), 'tokens must not merge');
  assert.ok(!sameTokens('SELECT 1', 'SELECT 1 1'));
});
