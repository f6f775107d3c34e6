/** `tideline run` / `tideline explain` as a user runs them: a real process, real files, exact output. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../../dist/cli.js');

function tideline(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tideline run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-run-'));
  const state = join(dir, 'state');
  const run = (file: string, ...extra: string[]) => tideline(['run', '--state-dir', state, ...extra, file], dir);
  writeFileSync(join(dir, 'orders.csv'), '1,alice,10.50\n2,bob,3.25\n3,alice,4.00\n4,carol,7.75\n');
  writeFileSync(
    join(dir, 'files.sql'),
    `CREATE TEMPORARY TABLE orders (id INT, customer STRING, amount DECIMAL(10, 2))
WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'orders.csv')}', 'format' = 'csv');

SELECT customer, COUNT(*) AS n, SUM(amount) AS total FROM orders GROUP BY customer;
`,
  );

  test('VALUES with a GROUP BY prints the exact changelog as jsonl', () => {
    writeFileSync(join(dir, 'values.sql'), "SELECT k, SUM(v) AS s FROM (VALUES ('a', 1), ('b', 2), ('a', 3)) AS t(k, v) GROUP BY k;\n");
    const r = run('values.sql', '--format', 'jsonl');
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.out,
      ['{"op":"+I","row":{"k":"a","s":1}}', '{"op":"+I","row":{"k":"b","s":2}}', '{"op":"-U","row":{"k":"a","s":1}}', '{"op":"+U","row":{"k":"a","s":4}}', ''].join('\n'),
    );
  });

  test('a filesystem CSV table in snapshot mode prints the final result', () => {
    const r = run('files.sql', '--format', 'jsonl', '--mode', 'snapshot');
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.out,
      [
        '{"op":"+I","row":{"customer":"alice","n":2,"total":14.50}}',
        '{"op":"+I","row":{"customer":"bob","n":1,"total":3.25}}',
        '{"op":"+I","row":{"customer":"carol","n":1,"total":7.75}}',
        '',
      ].join('\n'),
    );
  });

  test('datagen with number-of-rows: a bounded sequence, filtered, as csv', () => {
    writeFileSync(
      join(dir, 'datagen.sql'),
      `CREATE TEMPORARY TABLE seq (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '6', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '6');
SELECT id, id * 10 AS tens FROM seq WHERE id % 2 = 0;
`,
    );
    const r = run('datagen.sql', '--format', 'csv');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'op,id,tens\n+I,2,20\n+I,4,40\n+I,6,60\n');
  });

  test('DDL persists in the state directory; INSERT then SELECT reads it back', () => {
    writeFileSync(join(dir, 'create.sql'), "CREATE TABLE kv (k STRING, v INT);\nINSERT INTO kv VALUES ('x', 1), ('y', 2);\n");
    const a = run('create.sql');
    assert.equal(a.code, 0, a.err);
    assert.match(a.err, /kv: 2 rows/);
    writeFileSync(join(dir, 'read.sql'), 'SELECT k, v FROM kv;\n');
    const b = run('read.sql', '--format', 'changelog', '--timeout', '1');
    assert.equal(b.code, 0, b.err);
    assert.equal(b.out, '+I[x, 1]\n+I[y, 2]\n');
  });

  test('a failing statement exits 1 naming file:line; usage errors exit 2', () => {
    writeFileSync(join(dir, 'fail.sql'), "SET 'table.exec.state.ttl' = '1 h';\n\nSELECT nope FROM (VALUES (1)) AS t(a);\n");
    const r = run('fail.sql', '--format', 'jsonl');
    assert.equal(r.code, 1);
    assert.match(r.err, /fail\.sql:3: .*nope/);
    const q = resolve(__dirname, '../../../../examples/quickstart.sql');
    const snap = tideline(['run', '--state-dir', state, '--mode', 'snapshot', q], dir);
    assert.equal(snap.code, 1);
    assert.match(snap.err, /quickstart\.sql:8: snapshot mode reads bounded input only, and clicks is unbounded/);
    assert.equal(tideline(['run'], dir).code, 2);
    assert.equal(tideline(['run', '--format', 'xml', 'x.sql'], dir).code, 2);
    assert.equal(tideline(['run', 'missing.sql'], dir).code, 2);
  });

  test('malformed records follow the table\'s error policy: fail with the record\'s location, or tolerate and count', () => {
    writeFileSync(join(dir, 'bad.csv'), '1,a\nxx,b\n3,c\n');
    const ddl = (extra: string) =>
      `CREATE TEMPORARY TABLE t (id INT, name STRING) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'bad.csv')}', 'format' = 'csv'${extra});\nSELECT * FROM t;\n`;
    writeFileSync(join(dir, 'bad.sql'), ddl(''));
    const a = run('bad.sql', '--format', 'jsonl');
    assert.equal(a.code, 1);
    assert.match(a.err, /bad\.sql:2: .*bad\.csv:2: column 'id': cannot read 'xx' as INTEGER/);
    writeFileSync(join(dir, 'tolerant.sql'), ddl(", 'csv.ignore-parse-errors' = 'true'"));
    const b = run('tolerant.sql', '--format', 'jsonl');
    assert.equal(b.code, 0, b.err);
    assert.equal(b.out, '{"op":"+I","row":{"id":1,"name":"a"}}\n{"op":"+I","row":{"id":null,"name":"b"}}\n{"op":"+I","row":{"id":3,"name":"c"}}\n');
    assert.match(b.err, /1 malformed records tolerated/);
  });

  test('explain prints the logical and physical plans', () => {
    const r = tideline(['explain', '--state-dir', state, 'files.sql'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /== Physical Plan ==\nGroupAggregate\(groupBy=\[customer\], select=\[COUNT\(\*\) AS n, SUM\(amount\) AS total\]\) changelogMode=\[I,UB,UA\] upsertKey=\[customer\]\n  TableSourceScan\(table=\[local\.default\.orders\], fields=\[id, customer, amount\], project=\[customer, amount\]\) changelogMode=\[I\]/);
  });

  test('the quickstart runs every query for the timeout (unbounded examples)', () => {
    const r = tideline(['run', '--state-dir', state, '--format', 'jsonl', '--timeout', '2', resolve(__dirname, '../../../../examples/quickstart.sql')], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out.split('\n').find((l) => l.includes('"click_id"')) ?? '', /^\{"op":"\+I","row":\{"click_id":"[^"]+","user_id":\d+,"url":"[^"]+","ts":"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?"\}\}$/);
    assert.equal((r.err.match(/changes in/g) ?? []).length, 4);
  });
});
