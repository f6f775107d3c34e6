import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, expectClean, expectOne } from './helpers';

describe('DDL checks', () => {
  test('duplicate column names', () => {
    expectOne("CREATE TABLE t (a INT, b STRING, a BIGINT) WITH ('connector' = 'datagen')", 'duplicate-column', 'a', /A column named 'a' already exists in the table/, 1);
    expectClean("CREATE TABLE t (a INT, b STRING, c AS a + 1) WITH ('connector' = 'datagen')");
  });
  test('WATERMARK on a non-timestamp column', () => {
    expectOne("CREATE TABLE t (a INT, ts TIMESTAMP(3), WATERMARK FOR a AS ts) WITH ('connector' = 'datagen')", 'invalid-watermark-column', 'a', /Invalid data type of time field for watermark definition.*but the time field type is INT/, 1);
    expectOne("CREATE TABLE t (a INT, ts TIMESTAMP(3), WATERMARK FOR tss AS ts) WITH ('connector' = 'datagen')", 'unknown-column', 'tss', /The rowtime column 'tss' is not defined in the table, did you mean 'ts'\?/);
    expectClean("CREATE TABLE t (a INT, ts TIMESTAMP_LTZ(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen')");
  });
  test('unknown connector options, with did-you-mean', () => {
    const d = expectOne("CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'rows-per-secnd' = '5')", 'unknown-option', "'rows-per-secnd'", /Unsupported option 'rows-per-secnd' for connector 'datagen', did you mean 'rows-per-second'\?/);
    assert.equal(d.fixes?.[0]?.newText, "'rows-per-second'");
    expectClean("CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5', 'fields.a.kind' = 'sequence', 'fields.a.start' = '1', 'fields.a.end' = '9')");
  });
  test('missing required options', () => {
    expectOne("CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'format' = 'csv')", 'missing-option', "'connector' = 'filesystem'", /Missing required option 'path' for connector 'filesystem'/);
    expectClean("CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'format' = 'csv', 'path' = '/tmp/x')");
  });
  test('unknown connector, with did-you-mean', () => {
    expectOne("CREATE TABLE t (a INT) WITH ('connector' = 'datagne')", 'unknown-connector', "'datagne'", /Could not find any factory for identifier 'datagne', did you mean 'datagen'\?/);
  });
  test('a table without a connector is a local topic', () => {
    expectClean('CREATE TABLE t (a INT)');
  });
  test('DROP and ALTER of unknown objects', () => {
    expectOne('DROP TABLE clikcs', 'unknown-table', 'clikcs', /Object 'clikcs' not found within 'examples.marketplace', did you mean 'clicks'\?/);
    expectClean('DROP TABLE IF EXISTS clikcs');
    expectOne("ALTER TABLE clikcs SET ('a' = 'b')", 'unknown-table', 'clikcs', /Object 'clikcs' not found/);
    expectClean("ALTER TABLE clicks SET ('a' = 'b')");
    expectOne('DROP VIEW clicks', 'wrong-kind', 'clicks', /'clicks' is a table, not a view/);
    expectOne('USE nexmrk', 'unknown-database', 'nexmrk', /Database 'nexmrk' does not exist in catalog examples, did you mean 'nexmark'\?/);
  });
  test('CREATE VIEW and CREATE TABLE AS type-check their query, and later statements see them', () => {
    expectClean('CREATE VIEW v AS SELECT url, COUNT(*) AS n FROM clicks GROUP BY url;\nSELECT url, n FROM v WHERE n > 1');
    expectClean('CREATE TABLE t AS SELECT url FROM clicks;\nSELECT url FROM t');
    expectOne('CREATE VIEW v AS SELECT urll FROM clicks', 'unknown-column', 'urll', /Column 'urll' not found/);
    expectOne('CREATE VIEW v (a, b) AS SELECT url FROM clicks', 'column-count-mismatch', 'a', /declares 2 column names but its query produces 1 columns/);
  });
  test('computed columns type-check', () => {
    assert.equal(diagnostics("CREATE TABLE t (a INT, b AS UPPER(a)) WITH ('connector' = 'datagen')")[0]?.code, 'analyzer/argument-type-mismatch');
  });
});
