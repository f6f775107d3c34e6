/** Smoke tests of the Apache Flink reference runner (PyFlink MiniCluster). */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, describe, test } from 'node:test';
import { flinkRunnerPath, runFlinkSqlText } from '../infra/flink';
import { FlinkSession, runFlinkSqlMany } from '../infra/flink-session';
import { flinkPython } from './env';

const GROUP_BY = `
-- a comment; with a semicolon
CREATE TEMPORARY VIEW t AS SELECT * FROM (VALUES ('a', 1), ('b', 2), ('a', 3)) AS T(k, v); /* block; comment */
SELECT k, COUNT(*) AS c, SUM(v) AS s, 'x;''y' AS lit FROM t GROUP BY k;
`;

describe('Apache Flink runner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-flink-smoke-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('streaming GROUP BY over VALUES prints its changelog (+I, -U, +U)', async () => {
    const python = flinkPython();
    const t0 = Date.now();
    const changes = await runFlinkSqlText(GROUP_BY, { mode: 'streaming', python });
    console.log(`# first Flink run (JVM start + job): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    assert.deepEqual(changes, [
      { op: '+I', row: { k: 'a', c: 1, s: 1, lit: "x;'y" } },
      { op: '+I', row: { k: 'b', c: 1, s: 2, lit: "x;'y" } },
      { op: '-U', row: { k: 'a', c: 1, s: 1, lit: "x;'y" } },
      { op: '+U', row: { k: 'a', c: 2, s: 4, lit: "x;'y" } },
    ]);
  });

  test('value text forms, result schema, batch mode, errors and several scripts in one JVM', async () => {
    const python = flinkPython();
    const types = join(dir, 'types.sql');
    writeFileSync(
      types,
      `SELECT CAST(1.5 AS DECIMAL(6, 3)) AS d, TIMESTAMP '2024-01-02 03:04:05.5' AS ts, TO_TIMESTAMP_LTZ(1500, 3) AS ltz,
              DATE '2024-02-29' AS dt, TIME '12:00:01' AS tm, INTERVAL '2' SECOND AS iv, CAST(NULL AS INT) AS n,
              ARRAY[1, 2] AS arr, MAP['b', 2, 'a', 1] AS m, ROW(1, 'x') AS r, CAST('ab' AS BYTES) AS b, CAST(9007199254740991 AS BIGINT) AS big`,
    );
    const batch = join(dir, 'batch.sql');
    writeFileSync(batch, `SET 'execution.runtime-mode' = 'batch';\nSELECT k, COUNT(*) AS c FROM (VALUES ('a'), ('b'), ('a')) AS T(k) GROUP BY k ORDER BY k;`);
    const broken = join(dir, 'broken.sql');
    writeFileSync(broken, 'SELECT nope FROM missing_table;');
    const [r1, r2, r3] = await runFlinkSqlMany([types, batch, broken], { mode: 'streaming', python });
    assert.ok('changes' in r1, JSON.stringify(r1));
    assert.deepEqual(r1.changes, [
      {
        op: '+I',
        row: {
          d: '1.500',
          ts: '2024-01-02 03:04:05.500',
          ltz: '1970-01-01 00:00:01.500',
          dt: '2024-02-29',
          tm: '12:00:01.000',
          iv: 2000,
          n: null,
          arr: [1, 2],
          m: [['a', 1], ['b', 2]],
          r: [1, 'x'],
          b: '6162',
          big: 9007199254740991,
        },
      },
    ]);
    assert.ok('changes' in r2, JSON.stringify(r2));
    assert.deepEqual(r2.columns, [
      { name: 'k', type: 'CHAR(1) NOT NULL' },
      { name: 'c', type: 'BIGINT NOT NULL' },
    ]);
    assert.deepEqual(r2.changes, [
      { op: '+I', row: { k: 'a', c: 2 } },
      { op: '+I', row: { k: 'b', c: 1 } },
    ]);
    assert.ok('error' in r3, JSON.stringify(r3));
    assert.match(r3.error, /missing_table/);
  });

  test('filesystem tables, both statement-set forms, and a window TVF (batch)', async () => {
    const python = flinkPython();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'data.csv'), 'a,1,2024-01-01 00:00:01\nb,2,2024-01-01 00:00:02\na,3,2024-01-01 00:00:07\n');
    const ddl = `
      CREATE TABLE src (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
        WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'csv');
      CREATE TABLE counts (k STRING, c BIGINT) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'counts')}', 'format' = 'json');
      CREATE TABLE big (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'big')}', 'format' = 'json');
      CREATE TABLE small (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'small')}', 'format' = 'json');`;
    const write = join(dir, 'write.sql');
    writeFileSync(
      write,
      `${ddl}
      EXECUTE STATEMENT SET BEGIN
        INSERT INTO counts SELECT k, COUNT(*) FROM src GROUP BY k;
        INSERT INTO big SELECT k, v FROM src WHERE v > 1;
      END;
      BEGIN STATEMENT SET;
      INSERT INTO small SELECT k, v FROM src WHERE v <= 1;
      END;
      SELECT window_start, window_end, k, SUM(v) AS s FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '5' SECOND))
      GROUP BY window_start, window_end, k;`,
    );
    const read = join(dir, 'read.sql');
    writeFileSync(read, `${ddl}\nSELECT 'counts' AS t, k, c AS n FROM counts UNION ALL SELECT 'big', k, v FROM big UNION ALL SELECT 'small', k, v FROM small;`);
    const [w, r] = await runFlinkSqlMany([write, read], { mode: 'batch', python });
    assert.ok('changes' in w, JSON.stringify(w));
    assert.deepEqual(w.changes, [
      { op: '+I', row: { window_start: '2024-01-01 00:00:00.000', window_end: '2024-01-01 00:00:05.000', k: 'a', s: 1 } },
      { op: '+I', row: { window_start: '2024-01-01 00:00:00.000', window_end: '2024-01-01 00:00:05.000', k: 'b', s: 2 } },
      { op: '+I', row: { window_start: '2024-01-01 00:00:05.000', window_end: '2024-01-01 00:00:10.000', k: 'a', s: 3 } },
    ]);
    assert.ok('changes' in r, JSON.stringify(r));
    const rows = r.changes.map((c) => `${c.op} ${String(c.row.t)} ${String(c.row.k)} ${String(c.row.n)}`).sort();
    assert.deepEqual(rows, ['+I big a 3', '+I big b 2', '+I counts a 2', '+I counts b 1', '+I small a 1']);
  });

  test('maxRows ends an unbounded streaming query after that many changes', async () => {
    const changes = await runFlinkSqlText(
      `CREATE TABLE gen (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '50', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '1000000');
       SELECT id * 10 AS x FROM gen;`,
      { mode: 'streaming', maxRows: 3, python: flinkPython(), timeoutMs: 120_000 },
    );
    assert.deepEqual(changes, [
      { op: '+I', row: { x: 10 } },
      { op: '+I', row: { x: 20 } },
      { op: '+I', row: { x: 30 } },
    ]);
  });

  test('the runner splits statements on top-level semicolons only', () => {
    const script = [
      "SELECT 'a;b', 'it''s;' FROM t",
      ' SELECT `we;ird``name` FROM "x;y" -- trailing; comment\n',
      '/* block; comment */ SELECT 1',
      "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT ';'; INSERT INTO b SELECT 2; END",
      ' -- only a comment; here\n SELECT /*+ OPTIONS(\'k\'=\'v;\') */ 3\n',
      '   \n-- nothing but a comment at the end',
    ].join(';');
    const code = 'import json, sys; sys.path.insert(0, sys.argv[1]); import flink_runner as f; print(json.dumps(f.split_statements(sys.stdin.read())))';
    const r = spawnSync(flinkPython(), ['-c', code, dirname(flinkRunnerPath())], { input: script, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [
      "SELECT 'a;b', 'it''s;' FROM t",
      ' SELECT `we;ird``name` FROM "x;y" -- trailing; comment\n',
      '/* block; comment */ SELECT 1',
      "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT ';'; INSERT INTO b SELECT 2; END",
      " -- only a comment; here\n SELECT /*+ OPTIONS('k'='v;') */ 3\n",
    ]);
  });

  test('a session runs query after query in one JVM; a failing one does not end it', async () => {
    const session = await FlinkSession.open({ python: flinkPython() });
    try {
      const t0 = Date.now();
      const a = await session.run("SELECT k, COUNT(*) AS c FROM (VALUES ('x'), ('y'), ('x')) AS T(k) GROUP BY k", { mode: 'batch' });
      const t1 = Date.now();
      const b = await session.run('SELECT v + 1 AS w FROM (VALUES (1), (2)) AS T(v)');
      const t2 = Date.now();
      console.log(`# session: first query ${((t1 - t0) / 1000).toFixed(1)} s, second ${((t2 - t1) / 1000).toFixed(1)} s`);
      assert.deepEqual(a.changes.map((c) => c.row).sort((l, r) => String(l.k).localeCompare(String(r.k))), [{ k: 'x', c: 2 }, { k: 'y', c: 1 }]);
      assert.deepEqual(a.columns.map((c) => c.name), ['k', 'c']);
      assert.deepEqual(b.changes, [{ op: '+I', row: { w: 2 } }, { op: '+I', row: { w: 3 } }]);
      await assert.rejects(session.run('SELECT * FROM nowhere'), /nowhere/);
      const c = await session.run("CREATE TEMPORARY VIEW v AS SELECT 'fresh' AS s; SELECT s FROM v");
      assert.deepEqual(c.changes, [{ op: '+I', row: { s: 'fresh' } }]);
      // Each run has its own TableEnvironment: the view is gone in the next one.
      await assert.rejects(session.run('SELECT s FROM v'), /not found/);
    } finally {
      await session.close();
    }
    await assert.rejects(session.run('SELECT 1'), /session ended/);
  });

  test('a failing statement rejects with Flink’s message', async () => {
    await assert.rejects(runFlinkSqlText('CREATE TABLE x (a INT) WITH (\'connector\' = \'no-such-connector\');\nSELECT * FROM x;', { python: flinkPython() }), /no-such-connector/);
  });
});
