import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, expectOne, planOf } from './helpers';

describe('expression typing', () => {
  test('operator type mismatch', () => {
    expectOne('SELECT url + 1 FROM clicks', 'argument-type-mismatch', 'url + 1', /\+ expects .* but got \(STRING, INT NOT NULL\)/);
    expectClean('SELECT view_time + 1, ts + INTERVAL \'1\' HOUR FROM clicks');
  });
  test('comparison of incomparable types', () => {
    expectOne('SELECT * FROM clicks WHERE ts = 5', 'type-mismatch', 'ts = 5', /Cannot apply '=' to arguments of type 'TIMESTAMP\(3\) NOT NULL \*ROWTIME\* = INT NOT NULL'/);
    expectClean("SELECT * FROM clicks WHERE ts > TIMESTAMP '2024-01-01 00:00:00' AND url = 'x'");
  });
  test('wrong argument count', () => {
    expectOne('SELECT UPPER(url, url) FROM clicks', 'wrong-argument-count', 'UPPER(url, url)', /UPPER expects \(STRING\) but got \(STRING, STRING\): it takes 1 argument, not 2/);
    expectClean('SELECT UPPER(url) FROM clicks');
  });
  test('unknown function, with did-you-mean', () => {
    const d = expectOne('SELECT UPPPER(url) FROM clicks', 'unknown-function', 'UPPPER', /No match found for function 'UPPPER', did you mean 'UPPER'\?/);
    assert.equal(d.fixes?.[0]?.newText, 'UPPER');
  });
  test('invalid CAST', () => {
    expectOne('SELECT CAST(ts AS BOOLEAN) FROM clicks', 'invalid-cast', 'CAST(ts AS BOOLEAN)', /Cast function cannot convert value of type TIMESTAMP\(3\) NOT NULL \*ROWTIME\* to type BOOLEAN/);
    expectClean('SELECT CAST(view_time AS STRING), TRY_CAST(url AS INT) FROM clicks');
  });
  test('CASE branches need a common type', () => {
    expectOne("SELECT CASE WHEN view_time > 1 THEN ARRAY[1] ELSE ts END FROM clicks", 'type-mismatch', "CASE WHEN view_time > 1 THEN ARRAY[1] ELSE ts END", /Illegal mixing of types in CASE or COALESCE statement/);
    expectClean("SELECT CASE view_time WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END FROM clicks");
  });
  test('IN, BETWEEN, LIKE, IS NULL, EXTRACT', () => {
    expectClean("SELECT user_id IN (1, 2), view_time BETWEEN 1 AND 10, url LIKE '%x%', url IS NOT NULL, EXTRACT(HOUR FROM ts) FROM clicks");
    expectOne("SELECT user_id IN (1, ts) FROM clicks", 'type-mismatch', 'user_id IN (1, ts)', /Values passed to IN must have compatible types/);
  });
  test('field access on ROW and [] on ARRAY/MAP', () => {
    expectClean("SELECT r.a, arr[1], m['k'] FROM (SELECT CAST(ROW(1, 'x') AS ROW<a INT, b STRING>) AS r, ARRAY[1, 2] AS arr, MAP['k', 1] AS m)");
    expectOne("SELECT r.c FROM (SELECT CAST(ROW(1, 'x') AS ROW<a INT, b STRING>) AS r)", 'unknown-field', 'c', /Field 'c' not found in ROW<`a` INT, `b` STRING>/);
  });
  test('implicit casts appear in the plan', () => {
    assert.match(planOf("SELECT * FROM clicks WHERE ts > '2024-01-01 00:00:00'"), /Filter: ts > CAST\('2024-01-01 00:00:00' AS TIMESTAMP\(3\) NOT NULL\)/);
  });
  test('invalid literal', () => {
    expectOne("SELECT DATE '2024-02-30'", 'invalid-literal', "DATE '2024-02-30'", /'2024-02-30' is not a valid DATE literal/);
  });
});

describe('user-defined functions', () => {
  test('a function created earlier in the file is known (no plan: its types live in a JAR)', () => {
    expectClean("CREATE FUNCTION my_udf AS 'com.example.MyUdf';\nSELECT my_udf(url) FROM clicks;\nSELECT * FROM clicks, LATERAL TABLE(my_udf(url)) AS t(x)");
    expectOne("SELECT my_udf(url) FROM clicks", 'unknown-function', 'my_udf', /No match found for function 'my_udf'/);
  });
});
