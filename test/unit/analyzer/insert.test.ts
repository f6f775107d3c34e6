import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, expectClean, expectOne, planOf } from './helpers';

const SINK = "CREATE TABLE sink (id STRING NOT NULL, url STRING, n BIGINT) WITH ('connector' = 'blackhole');\n";

describe('INSERT INTO', () => {
  test('a matching query plans a Sink with casts to the target types', () => {
    assert.equal(
      planOf(`${SINK}INSERT INTO sink SELECT click_id, url, view_time FROM clicks`),
      [
        'Sink: examples.marketplace.sink [id, url, n]',
        '  Project: click_id AS id, url, view_time AS n',
        "    TableScan: examples.marketplace.clicks [click_id, user_id, url, user_agent, view_time, ts], watermark=[ts - INTERVAL '5' SECOND]",
      ].join('\n'),
    );
  });
  test('column count mismatch', () => {
    expectOne(`${SINK}INSERT INTO sink SELECT click_id, url FROM clicks`, 'column-count-mismatch', 'SELECT click_id, url FROM clicks', /Column count mismatch: the query has 2 columns, but the target table 'sink' has 3/);
  });
  test('type mismatch', () => {
    expectOne(`${SINK}INSERT INTO sink SELECT click_id, ts, view_time FROM clicks`, 'insert-type-mismatch', 'SELECT click_id, ts, view_time FROM clicks', /Incompatible types for sink column 'url' at position 2: query column 'ts' is TIMESTAMP\(3\) NOT NULL \*ROWTIME\*, the sink column is STRING/);
  });
  test('NULL into NOT NULL', () => {
    expectOne(`${SINK}INSERT INTO sink SELECT NULL, url, view_time FROM clicks`, 'null-into-not-null', 'SELECT NULL, url, view_time FROM clicks', /sink column 'id' at position 1/);
    expectOne(`${SINK}INSERT INTO sink (url, n) SELECT url, view_time FROM clicks`, 'null-into-not-null', 'url', /Column 'id' of 'sink' is NOT NULL but is not in the column list/, 1);
  });
  test('column list: unknown column, and a partial list', () => {
    expectOne(`${SINK}INSERT INTO sink (id, urll) SELECT click_id, url FROM clicks`, 'unknown-column', 'urll', /Unknown target column 'urll' in table 'sink', did you mean 'url'\?/);
    expectClean(`${SINK}INSERT INTO sink (id, n) SELECT click_id, view_time FROM clicks`);
  });
  test('unknown target table', () => {
    expectOne('INSERT INTO snk SELECT 1', 'unknown-table', 'snk', /Object 'snk' not found within 'examples.marketplace'/);
  });
});

describe('EXECUTE STATEMENT SET', () => {
  test('one Sink plan per INSERT', () => {
    const r = analyze(`${SINK}EXECUTE STATEMENT SET BEGIN INSERT INTO sink SELECT click_id, url, view_time FROM clicks; INSERT INTO sink (id) SELECT url FROM clicks; END;`);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.statements[1]?.plans?.map((p) => p.kind), ['sink', 'sink']);
  });
});
