import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseScript, parseStatement, type StatementKind } from '../../../engine/sql';

const root = resolve(__dirname, '../../../..');
const validDir = join(root, 'test/fixtures/sql/valid');

/** The statement kind each statement must parse to, judged from its first words. */
const KIND_BY_PREFIX: [RegExp, StatementKind][] = [
  [/^(SELECT|WITH|VALUES|TABLE|\()/i, 'queryStatement'],
  [/^(INSERT|UPSERT)\b/i, 'insert'],
  [/^(BEGIN STATEMENT SET|STATEMENT SET)/i, 'statementSet'],
  [/^EXECUTE PLAN/i, 'executePlan'],
  [/^EXECUTE\b/i, 'execute'],
  [/^EXPLAIN\b/i, 'explain'],
  [/^COMPILE\b/i, 'compilePlan'],
  [/^(CREATE (OR ALTER )?MATERIALIZED TABLE)/i, 'createMaterializedTable'],
  [/^(CREATE (OR REPLACE )?(TEMPORARY )?TABLE|REPLACE TABLE)/i, 'createTable'],
  [/^CREATE CATALOG/i, 'createCatalog'],
  [/^CREATE DATABASE/i, 'createDatabase'],
  [/^CREATE (OR REPLACE )?(TEMPORARY )?VIEW/i, 'createView'],
  [/^CREATE (OR REPLACE )?(TEMPORARY )?(SYSTEM )?FUNCTION/i, 'createFunction'],
  [/^CREATE (TEMPORARY )?MODEL/i, 'createModel'],
  [/^CREATE (TEMPORARY )?CONNECTION/i, 'createConnection'],
  [/^ALTER CATALOG/i, 'alterCatalog'],
  [/^ALTER DATABASE/i, 'alterDatabase'],
  [/^ALTER TABLE/i, 'alterTable'],
  [/^ALTER VIEW/i, 'alterView'],
  [/^ALTER (TEMPORARY )?(SYSTEM )?FUNCTION/i, 'alterFunction'],
  [/^ALTER MODEL/i, 'alterModel'],
  [/^ALTER (TEMPORARY )?CONNECTION/i, 'alterConnection'],
  [/^ALTER MATERIALIZED TABLE/i, 'alterMaterializedTable'],
  [/^DROP\b/i, 'drop'],
  [/^SHOW\b/i, 'show'],
  [/^DESC(RIBE)?\b/i, 'describe'],
  [/^USE CATALOG/i, 'useCatalog'],
  [/^USE MODULES/i, 'useModules'],
  [/^USE\b/i, 'useDatabase'],
  [/^LOAD MODULE/i, 'loadModule'],
  [/^UNLOAD MODULE/i, 'unloadModule'],
  [/^SET\b/i, 'set'],
  [/^RESET\b/i, 'reset'],
  [/^ADD JAR/i, 'addJar'],
  [/^REMOVE JAR/i, 'removeJar'],
  [/^ANALYZE/i, 'analyzeTable'],
  [/^STOP JOB/i, 'stopJob'],
  [/^TRUNCATE/i, 'truncateTable'],
  [/^DELETE/i, 'delete'],
  [/^UPDATE/i, 'update'],
  [/^CALL/i, 'callProcedure'],
];

function expectedKind(sql: string): StatementKind | undefined {
  return KIND_BY_PREFIX.find(([re]) => re.test(sql))?.[1];
}

describe('valid corpus', () => {
  const files = readdirSync(validDir).filter((f) => f.endsWith('.sql'));
  let total = 0;
  const kinds = new Set<string>();
  for (const file of files) {
    test(`${file} parses without diagnostics, each statement to its kind`, () => {
      const text = readFileSync(join(validDir, file), 'utf8');
      const script = parseScript(text);
      assert.ok(script.statements.length > 10, 'the file holds statements');
      for (const s of script.statements) {
        const sql = text.slice(s.start, s.end);
        assert.deepEqual(
          s.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
          [],
          sql,
        );
        assert.ok(s.statement, sql);
        const want = expectedKind(sql);
        assert.ok(want, `no expected kind for: ${sql}`);
        assert.equal(s.statement.kind, want, sql);
        assert.equal(s.statement.start, s.start, `statement range starts at the slice: ${sql}`);
        assert.equal(s.statement.end, s.end, `statement range ends at the slice: ${sql}`);
        kinds.add(s.statement.kind);
        total++;
      }
    });
  }
  test('the corpus is large and covers every statement kind', () => {
    assert.ok(total >= 300, `only ${total} statements`);
    const missing = KIND_BY_PREFIX.map(([, k]) => k).filter((k) => !kinds.has(k));
    assert.deepEqual(missing, []);
  });
});

describe('statement-set forms inside EXPLAIN and COMPILE PLAN', () => {
  const cases: [string, StatementKind][] = [
    ["COMPILE PLAN 'file:///tmp/plan.json' IF NOT EXISTS FOR STATEMENT SET BEGIN INSERT INTO s1 SELECT * FROM src; INSERT INTO s2 SELECT * FROM src; END", 'compilePlan'],
    ['EXPLAIN STATEMENT SET BEGIN INSERT INTO s1 SELECT * FROM src; END', 'explain'],
    ['EXPLAIN EXECUTE STATEMENT SET BEGIN INSERT INTO s1 SELECT * FROM src; INSERT INTO s2 SELECT * FROM src; END', 'explain'],
  ];
  for (const [sql, kind] of cases) {
    test(sql.slice(0, 40), () => {
      const r = parseStatement(sql);
      assert.deepEqual(r.diagnostics, []);
      assert.equal(r.statement?.kind, kind);
    });
  }
});
