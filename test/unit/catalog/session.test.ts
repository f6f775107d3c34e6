import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScript } from '../../../engine/sql';
import { openCatalogs } from '../../../engine/catalog/setup';
import { CatalogSession } from '../../../engine/catalog/ddl/session';
import type { CatalogResult, SessionHooks } from '../../../engine/catalog/ddl/session';
import { physical } from '../../../engine/catalog/build';
import { T } from '../../../engine/types/logical-type';
import type { CatalogTable } from '../../../engine/catalog/model';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tideline-session-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stands in for the analyzer: computed columns are INT, every query yields (id BIGINT, name STRING). */
const hooks: SessionHooks = {
  typeOfComputed: () => T.int(),
  queryColumns: () => [physical('id', T.bigint()), physical('name', T.string())],
};

async function session() {
  const { manager } = await openCatalogs({ stateDir: dir });
  return new CatalogSession(manager, { catalog: 'local', database: 'default' }, hooks);
}

/** Runs every statement; an error becomes `error: message`. */
async function run(s: CatalogSession, text: string): Promise<(CatalogResult | string | undefined)[]> {
  const parsed = parseScript(text);
  assert.deepEqual(parsed.diagnostics.map((d) => d.message), []);
  const out: (CatalogResult | string | undefined)[] = [];
  for (const st of parsed.statements) {
    try {
      out.push(await s.execute(st.statement!, text));
    } catch (e) {
      out.push(`error: ${(e as Error).message}`);
    }
  }
  return out;
}

const rows = (r: CatalogResult | string | undefined) => (typeof r === 'object' && r.kind === 'rows' ? r.rows : r);

describe('catalog session', () => {
  test('CREATE / SHOW / DESCRIBE / DROP, persisted in the state dir', async () => {
    const s = await session();
    const out = await run(
      s,
      `CREATE DATABASE shop;
USE shop;
CREATE TABLE orders (id BIGINT, amount DECIMAL(10, 2), ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND, PRIMARY KEY (id) NOT ENFORCED);
CREATE VIEW big AS SELECT id, name FROM orders;
SHOW TABLES;
SHOW VIEWS;
SHOW DATABASES;
SHOW CURRENT DATABASE;
DESCRIBE orders;
SHOW TABLES LIKE 'o%';
SELECT 1;`,
    );
    assert.deepEqual(out.slice(0, 4).map((r) => (typeof r === 'object' ? r.kind : r)), ['done', 'done', 'done', 'done']);
    assert.deepEqual(rows(out[4]), [['big'], ['orders']]);
    assert.deepEqual(rows(out[5]), [['big']]);
    assert.deepEqual(rows(out[6]), [['default'], ['shop']]);
    assert.deepEqual(rows(out[7]), [['shop']]);
    assert.deepEqual(rows(out[8]), [
      ['id', 'BIGINT', false, 'PRI(id)', null, null],
      ['amount', 'DECIMAL(10, 2)', true, null, null, null],
      ['ts', 'TIMESTAMP(3) *ROWTIME*', true, null, null, "ts - INTERVAL '1' SECOND"],
    ]);
    assert.deepEqual(rows(out[9]), [['orders']]);
    assert.equal(out[10], undefined, 'queries are not catalog statements');

    // A new process on the same state dir sees it all.
    const again = await session();
    const r = again.resolveTable(['local', 'shop', 'orders']);
    assert.ok(r.ok);
    assert.equal((r.value.object as CatalogTable).changelog, 'upsert');
    assert.equal(again.resolveTable(['local', 'shop', 'big']).ok, true);

    const drops = await run(s, 'DROP VIEW big;\nDROP TABLE orders;\nDROP TABLE IF EXISTS orders;\nDROP TABLE orders;\nUSE `default`;\nDROP DATABASE shop;');
    assert.deepEqual(drops.slice(0, 3).map((x) => typeof x === 'object' && x.kind), ['done', 'done', 'done']);
    assert.equal(drops[3], 'error: Table local.shop.orders does not exist.');
    assert.equal(typeof drops[5] === 'object' && drops[5].kind, 'done');
    assert.ok(!(await session()).view().catalogs.get('local')!.databases.has('shop'));
  });

  test("USE checks existence with Flink's messages; USE CATALOG goes to its default database", async () => {
    const s = await session();
    const out = await run(s, 'USE CATALOG nope;\nUSE nope;\nUSE CATALOG examples;\nSHOW CURRENT DATABASE;\nSHOW TABLES;\nUSE nexmark;\nSHOW TABLES;');
    assert.equal(out[0], 'error: A catalog with name [nope] does not exist.');
    assert.equal(out[1], 'error: A database with name [nope] does not exist in the catalog: [local].');
    assert.deepEqual(rows(out[3]), [['marketplace']]);
    assert.deepEqual(rows(out[4]), [['clicks'], ['customers'], ['orders'], ['products']]);
    assert.deepEqual(s.context, { catalog: 'examples', database: 'nexmark' });
    assert.deepEqual(rows(out[6]), [['auction'], ['bid'], ['person']]);
  });

  test('the examples catalog is read-only; SHOW CREATE TABLE prints its DDL', async () => {
    const s = await session();
    const out = await run(s, "CREATE TABLE examples.marketplace.mine (a INT);\nSHOW CREATE TABLE examples.nexmark.bid;\nSHOW CREATE VIEW examples.nexmark.bid;");
    assert.equal(out[0], "error: Catalog 'examples' is read-only.");
    const ddl = rows(out[1]) as string[][];
    assert.match(ddl[0][0], /^CREATE TABLE `examples`\.`nexmark`\.`bid` \(\n {2}`auction` BIGINT/);
    assert.match(ddl[0][0], /WATERMARK FOR `dateTime` AS dateTime - INTERVAL '4' SECOND/);
    assert.equal(out[2], 'error: examples.nexmark.bid is a table; use SHOW CREATE TABLE.');
  });

  test('temporary tables shadow permanent ones for the session only', async () => {
    const s = await session();
    const out = await run(
      s,
      `CREATE TABLE t (a INT);
CREATE TEMPORARY TABLE t (tmp STRING);
DROP TABLE t;
DROP TEMPORARY TABLE t;
DROP TEMPORARY TABLE IF EXISTS t;
CREATE TEMPORARY VIEW v AS SELECT 1;`,
    );
    assert.equal(typeof out[1] === 'object' && out[1].kind, 'done');
    assert.equal(out[2], "error: Temporary table with identifier 'local.default.t' exists. Drop it first before removing the permanent table.");
    assert.equal(typeof out[3] === 'object' && out[3].kind, 'done');
    const r = s.resolveTable(['t']);
    assert.ok(r.ok);
    assert.equal(r.value.object.columns[0].name, 'a', 'the permanent table is back');
    assert.ok(s.resolveTable(['v']).ok);
    assert.ok(!(await session()).resolveTable(['v']).ok, 'temporary views are not persisted');
  });

  test('ALTER TABLE: options, columns, watermark, key, rename, with the changes persisted', async () => {
    const s = await session();
    const out = await run(
      s,
      `CREATE TABLE t (id BIGINT, v STRING, ts TIMESTAMP(3)) WITH ('connector' = 'datagen', 'rows-per-second' = '5');
ALTER TABLE t SET ('rows-per-second' = '10', 'number-of-rows' = '100');
ALTER TABLE t RESET ('number-of-rows');
ALTER TABLE t ADD (extra INT FIRST, c AS id + 1 AFTER v, WATERMARK FOR ts AS ts - INTERVAL '2' SECOND);
ALTER TABLE t ADD PRIMARY KEY (id) NOT ENFORCED;
ALTER TABLE t MODIFY v STRING NOT NULL;
ALTER TABLE t RENAME v TO val;
ALTER TABLE t DROP extra;
ALTER TABLE t DROP id;
ALTER TABLE t DROP ts;
ALTER TABLE t ADD v2 INT AFTER nowhere;
ALTER TABLE t RESET ('connector');
ALTER TABLE t RENAME TO t2;
ALTER TABLE IF EXISTS t SET ('a' = 'b');
ALTER TABLE t2 DROP WATERMARK;`,
    );
    assert.equal(out[8], 'error: The column `id` is used as the primary key.');
    assert.equal(out[9], 'error: The column `ts` is referenced by watermark expression.');
    assert.equal(out[10], "error: Referenced column `nowhere` by 'AFTER' does not exist in the table.");
    assert.equal(out[11], "error: ALTER TABLE RESET does not support changing 'connector'.");
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14]) assert.equal(typeof out[i] === 'object' && out[i].kind, 'done', `statement ${i}: ${out[i]}`);
    const again = await session();
    const r = again.resolveTable(['t2']);
    assert.ok(r.ok);
    const t = r.value.object as CatalogTable;
    assert.deepEqual(
      t.columns.map((c) => [c.name, c.kind, c.type]),
      [
        ['id', 'physical', T.bigint(false)],
        ['val', 'physical', T.string(false)],
        ['c', 'computed', T.int()],
        ['ts', 'physical', T.timestamp(3)],
      ],
    );
    assert.equal(t.watermark, undefined, 'dropped, and ts is no longer a rowtime attribute');
    assert.deepEqual(t.primaryKey, { columns: ['id'] });
    assert.deepEqual(t.options, { connector: 'datagen', 'rows-per-second': '10' });
    assert.ok(!again.resolveTable(['t']).ok);
  });

  test('ALTER VIEW and ALTER DATABASE; CREATE CATALOG goes to the local store', async () => {
    const s = await session();
    const out = await run(
      s,
      `CREATE VIEW v AS SELECT 1;
ALTER VIEW v RENAME TO w;
ALTER VIEW w AS SELECT 2;
ALTER DATABASE \`default\` SET ('owner' = 'me');
CREATE CATALOG lake WITH ('type' = 'generic_in_memory', 'default-database' = 'raw');
USE CATALOG lake;
SHOW DATABASES;
CREATE CATALOG lake WITH ('type' = 'generic_in_memory');
DROP CATALOG lake;
USE CATALOG \`local\`;
DROP CATALOG lake;`,
    );
    for (const i of [0, 1, 2, 3, 4, 5, 9, 10]) assert.equal(typeof out[i] === 'object' && out[i].kind, 'done', `statement ${i}: ${out[i]}`);
    assert.deepEqual(rows(out[6]), [['raw']]);
    assert.equal(out[7], 'error: Catalog lake already exists.');
    assert.equal(out[8], 'error: Cannot drop a catalog which is currently in use.');
    const again = await session();
    const w = again.resolveTable(['w']);
    assert.ok(w.ok);
    assert.equal(w.value.object.kind === 'view' && w.value.object.query, 'SELECT 2');
    assert.deepEqual(again.view().catalogs.get('local')!.databases.get('default')!.info.properties, { owner: 'me' });
    assert.ok(!again.view().catalogs.has('lake'));
  });

  test('CREATE TABLE LIKE an examples table, and CREATE FUNCTION / SHOW FUNCTIONS', async () => {
    const s = await session();
    const out = await run(
      s,
      `CREATE TABLE my_clicks WITH ('rows-per-second' = '1') LIKE examples.marketplace.clicks;
CREATE FUNCTION to_upper AS 'com.example.Upper';
SHOW FUNCTIONS;
DROP FUNCTION to_upper;
SHOW USER FUNCTIONS;`,
    );
    const r = s.resolveTable(['my_clicks']);
    assert.ok(r.ok);
    const t = r.value.object as CatalogTable;
    assert.equal(t.columns.length, 6);
    assert.deepEqual(t.options, { connector: 'examples', table: 'marketplace.clicks', 'rows-per-second': '1' });
    assert.deepEqual(t.provenance.kind, 'local');
    assert.deepEqual(rows(out[2]), [['to_upper']]);
    assert.deepEqual(rows(out[4]), []);
  });
});
