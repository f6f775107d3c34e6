import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseStatement } from '../../../engine/sql';
import type { CreateCatalog, CreateDatabase, CreateFunction, CreateTable, CreateView, Statement } from '../../../engine/sql';
import { catalogFromDdl, databaseFromDdl, functionFromDdl, tableFromDdl, viewFromDdl } from '../../../engine/catalog/ddl/from-ddl';
import type { TableFromDdlOptions } from '../../../engine/catalog/ddl/from-ddl';
import { showCreate } from '../../../engine/catalog/describe';
import { EXAMPLES_TABLES } from '../../../engine/catalog/providers/examples';
import { physical, table } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import type { CatalogTable, Column } from '../../../engine/catalog/model';

const mem = { kind: 'memory' } as const;

function parse<K extends Statement['kind']>(sql: string, kind: K): Extract<Statement, { kind: K }> {
  const r = parseStatement(sql);
  assert.deepEqual(r.diagnostics, [], sql);
  assert.equal(r.statement?.kind, kind);
  return r.statement as Extract<Statement, { kind: K }>;
}

/** Stands in for the analyzer: computed columns here are all BIGINT NOT NULL. */
const typeOfComputed: TableFromDdlOptions['typeOfComputed'] = () => T.bigint(false);

function convert(sql: string, extra: Partial<TableFromDdlOptions> = {}) {
  const stmt = parse(sql, 'createTable') as CreateTable;
  return tableFromDdl(stmt, sql, stmt.name.parts[stmt.name.parts.length - 1].value, { provenance: mem, typeOfComputed, ...extra });
}

describe('CREATE TABLE -> catalog table', () => {
  test('every part of the DDL lands in the model', () => {
    const sql = `CREATE TABLE orders (
  id BIGINT COMMENT 'the id',
  amount DECIMAL(10, 2),
  doubled AS id * 2,
  part INT METADATA FROM 'partition' VIRTUAL,
  headers MAP<STRING, BYTES> METADATA,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,
  CONSTRAINT pk PRIMARY KEY (id) NOT ENFORCED
) COMMENT 'all orders'
DISTRIBUTED BY HASH(id) INTO 4 BUCKETS
PARTITIONED BY (id)
WITH ('connector' = 'kafka', 'topic' = 'orders')`;
    const { value, problems } = convert(sql);
    assert.deepEqual(problems, []);
    assert.deepEqual(value, {
      kind: 'table',
      name: 'orders',
      columns: [
        { kind: 'physical', name: 'id', type: T.bigint(false), comment: 'the id' },
        { kind: 'physical', name: 'amount', type: T.decimal(10, 2) },
        { kind: 'computed', name: 'doubled', type: T.bigint(false), expression: 'id * 2' },
        { kind: 'metadata', name: 'part', type: T.int(), key: 'partition', virtual: true },
        { kind: 'metadata', name: 'headers', type: T.map(T.string(), T.bytes()), virtual: false },
        { kind: 'physical', name: 'ts', type: T.timestamp(3, true, 'rowtime') },
      ],
      watermark: { column: 'ts', expression: "ts - INTERVAL '5' SECOND", delayMs: 5000 },
      primaryKey: { name: 'pk', columns: ['id'] },
      partitionKeys: ['id'],
      distribution: { kind: 'hash', columns: ['id'], buckets: 4 },
      options: { connector: 'kafka', topic: 'orders' },
      comment: 'all orders',
      changelog: 'append-only',
      provenance: mem,
    });
  });

  test('primary key columns become NOT NULL, as in Flink; upsert without a connector', () => {
    const { value } = convert('CREATE TABLE t (a INT, b STRING, PRIMARY KEY (a, b) NOT ENFORCED)');
    assert.deepEqual(
      value.columns.map((c) => c.type),
      [T.int(false), T.string(false)],
    );
    assert.equal(value.changelog, 'upsert');
  });

  test('computed columns are typed by the callback with the columns before them', () => {
    const seen: string[][] = [];
    const { value, problems } = convert('CREATE TABLE t (a INT, b AS a + 1, c AS b * 2)', {
      typeOfComputed: (col, before) => {
        seen.push(before.map((c) => c.name));
        return col.name.value === 'c' ? undefined : T.int();
      },
    });
    assert.deepEqual(seen, [['a'], ['a', 'b']]);
    assert.deepEqual(value.columns.map((c) => c.name), ['a', 'b']);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /type of computed column 'c' could not be derived/);
    assert.deepEqual(problems[0].range.start, { line: 0, character: 40 });
  });

  test('a type Flink does not have is a problem on the type', () => {
    const { value, problems } = convert('CREATE TABLE t (a INT, x INTERVAL WEEK)');
    assert.deepEqual(value.columns.map((c) => c.name), ['a']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, "The type INTERVAL WEEK of column 'x' is not supported.");
    assert.equal(problems[0].range.start.character, 25);
  });

  test('CREATE TABLE AS: columns from the query, appended', () => {
    const { value, problems } = convert('CREATE TABLE t WITH (\'connector\' = \'blackhole\') AS SELECT 1 AS x', {
      queryColumns: () => [physical('x', T.int(false))],
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(value.columns, [physical('x', T.int(false))]);
    const missing = convert('CREATE TABLE t AS SELECT 1 AS x');
    assert.match(missing.problems[0].message, /columns of the query could not be derived/);
  });
});

describe('LIKE', () => {
  const base: CatalogTable = table({
    name: 'base',
    columns: [
      physical('id', T.bigint(false)),
      physical('ts', T.timestamp(3)),
      { kind: 'computed', name: 'c', type: T.bigint(), expression: 'id + 1' },
      { kind: 'metadata', name: 'm', type: T.int(), key: 'partition', virtual: true },
    ],
    watermark: { column: 'ts', expression: 'ts' },
    primaryKey: ['id'],
    partitionKeys: ['id'],
    options: { connector: 'kafka', topic: 'a', 'scan.startup.mode': 'earliest-offset' },
    provenance: mem,
  });

  test('default INCLUDING ALL OVERWRITING OPTIONS', () => {
    const { value, problems } = convert("CREATE TABLE t (extra STRING) WITH ('topic' = 'b') LIKE base", { likeSource: base });
    assert.deepEqual(problems, []);
    assert.deepEqual(value.columns.map((c: Column) => c.name), ['id', 'ts', 'c', 'm', 'extra']);
    assert.deepEqual(value.watermark, { column: 'ts', expression: 'ts', delayMs: 0 });
    assert.deepEqual(value.primaryKey, { columns: ['id'] });
    assert.deepEqual(value.partitionKeys, ['id']);
    assert.deepEqual(value.options, { connector: 'kafka', topic: 'b', 'scan.startup.mode': 'earliest-offset' });
  });

  test('EXCLUDING ALL INCLUDING OPTIONS keeps physical columns and options only; a clash of options is a problem', () => {
    const { value, problems } = convert("CREATE TABLE t WITH ('topic' = 'b') LIKE base (EXCLUDING ALL INCLUDING OPTIONS)", { likeSource: base });
    assert.deepEqual(value.columns.map((c: Column) => c.name), ['id', 'ts']);
    assert.equal(value.watermark, undefined);
    assert.equal(value.primaryKey, undefined);
    assert.equal(value.partitionKeys, undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /Option 'topic' is already set by the LIKE table/);
  });

  test('a declared column clashing with an inherited one; OVERWRITING GENERATED replaces computed columns', () => {
    const clash = convert('CREATE TABLE t (id INT) LIKE base', { likeSource: base });
    assert.match(clash.problems[0].message, /A column named 'id' already exists in the LIKE table base/);
    const over = convert('CREATE TABLE t (c AS id * 10) LIKE base (OVERWRITING GENERATED)', { likeSource: base });
    assert.deepEqual(over.problems, []);
    const c = over.value.columns.find((x: Column) => x.name === 'c');
    assert.equal(c?.kind === 'computed' && c.expression, 'id * 10');
  });

  test('an unknown LIKE source is a problem, the declared part still converts', () => {
    const { value, problems } = convert('CREATE TABLE t (a INT) LIKE nowhere');
    assert.deepEqual(value.columns.map((c: Column) => c.name), ['a']);
    assert.match(problems[0].message, /source table of LIKE is not known/);
  });
});

describe('other DDL', () => {
  test('CREATE VIEW: query text, column list renames, count mismatch', () => {
    const sql = "CREATE VIEW v (x, y) COMMENT 'vc' AS SELECT a, b FROM t";
    const stmt = parse(sql, 'createView') as CreateView;
    const cols = () => [physical('a', T.int()), physical('b', T.string())];
    const { value, problems } = viewFromDdl(stmt, sql, 'v', { provenance: mem, queryColumns: cols });
    assert.deepEqual(problems, []);
    assert.deepEqual(value, {
      kind: 'view',
      name: 'v',
      columns: [physical('x', T.int()), physical('y', T.string())],
      query: 'SELECT a, b FROM t',
      comment: 'vc',
      changelog: 'append-only',
      provenance: mem,
    });
    const bad = viewFromDdl(stmt, sql, 'v', { provenance: mem, queryColumns: () => [physical('a', T.int())] });
    assert.match(bad.problems[0].message, /declares 2 column names but its query produces 1 columns/);
  });

  test('CREATE DATABASE, CREATE CATALOG, CREATE FUNCTION', () => {
    const db = parse("CREATE DATABASE IF NOT EXISTS c.sales COMMENT 'money' WITH ('k' = 'v')", 'createDatabase') as CreateDatabase;
    assert.deepEqual(databaseFromDdl(db), { name: 'sales', comment: 'money', properties: { k: 'v' } });
    const cat = parse("CREATE CATALOG lake COMMENT 'x' WITH ('type' = 'generic_in_memory', 'default-database' = 'raw')", 'createCatalog') as CreateCatalog;
    assert.deepEqual(catalogFromDdl(cat), {
      name: 'lake',
      defaultDatabase: 'raw',
      comment: 'x',
      properties: { type: 'generic_in_memory', 'default-database': 'raw' },
    });
    const plain = parse("CREATE CATALOG c WITH ('type' = 'generic_in_memory')", 'createCatalog') as CreateCatalog;
    assert.equal(catalogFromDdl(plain).defaultDatabase, 'default');
    const fn = parse("CREATE FUNCTION f AS 'a.B' LANGUAGE PYTHON USING JAR 'x.jar'", 'createFunction') as CreateFunction;
    assert.deepEqual(functionFromDdl(fn, 'f', mem), { name: 'f', className: 'a.B', language: 'PYTHON', resources: ['x.jar'], provenance: mem });
  });

  test('round trip: SHOW CREATE of every examples table converts back to the same table', () => {
    for (const [database, tables] of Object.entries(EXAMPLES_TABLES)) {
      for (const t of tables) {
        const ddl = showCreate({ catalog: 'examples', database, name: t.name }, t);
        const stmt = parse(ddl, 'createTable') as CreateTable;
        const { value, problems } = tableFromDdl(stmt, ddl, t.name, { provenance: t.provenance, typeOfComputed });
        assert.deepEqual(problems, []);
        assert.deepEqual(value, t, `${database}.${t.name}`);
      }
    }
  });
});
