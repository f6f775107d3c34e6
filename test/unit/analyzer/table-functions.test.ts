/** LATERAL TABLE(f(...)) with user-defined and unknown functions: scope, types, diagnostics, refusal reason. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, expectClean, expectOne } from './helpers';

const FN = "CREATE FUNCTION splitter AS 'com.example.Splitter';\n";

test('a user-defined table function binds its AS columns (typed unknown): no cascading errors, the statement refused with the class that cannot run', () => {
  const sql = `${FN}SELECT c.name, t.word, t.len + 1 AS n, UPPER(t.word) AS u FROM customers c, LATERAL TABLE(splitter(c.name)) AS t(word, len)`;
  expectClean(sql);
  const r = analyze(sql);
  const last = r.statements[r.statements.length - 1]!;
  assert.equal(last.plan, undefined);
  assert.deepEqual(last.unsupported, ["the user-defined table function splitter: its implementation, the Java class 'com.example.Splitter', cannot run in Tideline"]);
  assert.deepEqual(last.fields?.map((f) => `${f.name} ${f.type.kind}`), ['name VARCHAR', 'word NULL', 'n INTEGER', 'u VARCHAR']);
  // LEFT JOIN ... ON TRUE and TABLE(...) alone bind the same way.
  expectClean(`${FN}SELECT c.name, t.word FROM customers c LEFT JOIN LATERAL TABLE(splitter(c.name)) AS t(word) ON TRUE`);
  expectClean(`${FN}SELECT word FROM TABLE(splitter('a b')) AS t(word)`);
});

test('a user-defined table function: its arguments and the alias columns are still checked, once each', () => {
  expectOne(`${FN}SELECT t.word FROM customers c, LATERAL TABLE(splitter(c.nme)) AS t(word)`, 'unknown-column', 'nme', /Column 'nme' not found in table 'c', did you mean 'name'/);
  expectOne(`${FN}SELECT t.wrd FROM customers c, LATERAL TABLE(splitter(c.name)) AS t(word)`, 'unknown-column', 'wrd', /Column 'wrd' not found in table 't', did you mean 'word'/);
  // Without a column list the function's columns are unknown: names under its alias are not reported.
  expectClean(`${FN}SELECT t.anything FROM customers c, LATERAL TABLE(splitter(c.name)) AS t`);
});

test('an undeclared table function is an unknown function with did-you-mean; a scalar built-in is not a table function', () => {
  const d = expectOne(`${FN}SELECT t.word FROM customers c, LATERAL TABLE(spliter(c.name)) AS t(word)`, 'unknown-function', 'spliter', /No match found for function 'spliter', did you mean 'splitter'\?/);
  assert.equal(d.fixes?.[0]?.newText, 'splitter');
  expectOne(`SELECT t.word FROM customers c, LATERAL TABLE(CONCAT(c.name, 'x')) AS t(word)`, 'not-a-table-function', 'CONCAT', /'CONCAT' is a scalar function, not a table function/);
  // Its alias columns bind (nothing cascades), as do the function's arguments.
  expectOne(`SELECT t.word, t.word + 1 FROM customers c, LATERAL TABLE(nosuch(c.name)) AS t(word)`, 'unknown-function', 'nosuch', /No match found for function 'nosuch'$/);
});
