/**
 * Filters over inner joins move into the join and its inputs (filter-into-join.ts), and a filter
 * on a ROW_NUMBER column seen through a renaming projection still plans a Top-N: the shapes of
 * `FROM a, b WHERE ...` and of Nexmark q9.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeScript } from '../../../engine/analyzer';
import { CatalogManager, createExamplesProvider } from '../../../engine/catalog';
import { planPhysical } from '../../../engine/planner/physical/plan-physical';
import { printPhysicalPlan } from '../../../engine/planner/physical/print-physical';

const DDL = `
CREATE TEMPORARY TABLE a (id BIGINT, k INT, name STRING, ts TIMESTAMP(3), until TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE b (aid BIGINT, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');
`;

function physical(select: string): string {
  const catalog = new CatalogManager();
  catalog.register(createExamplesProvider());
  const r = analyzeScript(`${DDL}${select};`, catalog);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  const plan = r.statements[r.statements.length - 1]?.plan;
  assert.ok(plan, 'expected a plan');
  return printPhysicalPlan(planPhysical(plan, { mode: 'streaming' }));
}

test('a WHERE over a comma join keys the join by its equalities, filters each side before it, keeps the rest as the join condition', () => {
  const p = physical('SELECT a.name, b.v FROM a, b WHERE a.id = b.aid AND a.k = 10 AND b.v > 3 AND b.v > a.k');
  const lines = p.split('\n');
  assert.match(lines.find((l) => l.includes('Join('))!, /Join\(type=\[INNER\], leftKeys=\[id\], rightKeys=\[aid\], where=\[v > k\]\)/);
  assert.match(lines.find((l) => l.includes('table=[local.default.a]'))!, /filter=\[k = 10\]/);
  assert.match(lines.find((l) => l.includes('table=[local.default.b]'))!, /filter=\[v > 3\]/);
  assert.ok(!/Calc\([^)]*where=/.test(p), p);
});

test('a WHERE that only a cross product can answer stays a filter over the join (no key), as before', () => {
  const p = physical('SELECT a.name FROM a, b WHERE a.k > b.v OR a.id = b.aid');
  assert.match(p, /Join\(type=\[INNER\], leftKeys=\[\], rightKeys=\[\], where=\[\(k > v\) OR \(id = aid\)\]\)/);
});

test('a non-deterministic conjunct stays above the join', () => {
  const p = physical('SELECT a.name FROM a, b WHERE a.id = b.aid AND RAND() < 0.5');
  assert.match(p, /Calc\(select=\[name\], where=\[RAND\(\) < 0\.5\]\)/);
  assert.match(p, /leftKeys=\[id\], rightKeys=\[aid\]/);
});

test('ROW_NUMBER under a renaming projection over a join (Nexmark q9) plans a Top-1 over a keyed join', () => {
  const p = physical(
    'SELECT id, name, v, b_ts FROM (SELECT a.*, b.v, b.ts AS b_ts, ROW_NUMBER() OVER (PARTITION BY a.id ORDER BY b.v DESC, b.ts ASC) AS rn ' +
      'FROM a, b WHERE a.id = b.aid AND b.ts BETWEEN a.ts AND a.until) WHERE rn <= 1',
  );
  const lines = p.split('\n');
  assert.match(lines[1]!, /^ {2}Rank\(partitionBy=\[id\], orderBy=\[v DESC, ts ASC\], rankRange=\[1\.\.1\], rankColumn=\[false\]\)/);
  assert.match(p, /Join\(type=\[INNER\], leftKeys=\[id\], rightKeys=\[aid\], where=\[\(ts >= ts\) AND \(ts <= until\)\]\)/);
});
