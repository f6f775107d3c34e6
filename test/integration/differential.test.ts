/**
 * Differential tests against Apache Flink: every case under test/differential/cases runs on
 * Flink (one PyFlink MiniCluster session for the whole suite) and on Tideline, and the final
 * materialized results must be equal as multisets of rows — and the changelogs too for cases
 * marked `-- compare: exact`. Cases listed in test/differential/known-differences.json must
 * still differ exactly as recorded (see known-differences.ts).
 *
 * Lookup joins (`FOR SYSTEM_TIME AS OF` a PROCTIME() column) cannot run on Flink over files: its
 * filesystem connector is no lookup source (FileSystemTableSource is a ScanTableSource only; Flink
 * refuses the join). Their cases (lookup_join_*.sql) say `-- flink-without: FOR SYSTEM_TIME AS OF
 * ...`: Flink runs the regular join against the same static file, whose final result a lookup join
 * must equal, and `-- tideline-plan: LookupJoin(...)` checks Tideline really ran a lookup join.
 *
 * TIDELINE_DIFFERENTIAL_RECORD=1 also writes every observed difference to
 * test-results/differential-observed.json (to review and copy into known-differences.json).
 * TIDELINE_DIFFERENTIAL_ONLY=<regex> runs only the cases whose name matches.
 * TIDELINE_DIFFERENTIAL_PARALLELISM=<n> runs Tideline at parallelism n on worker threads
 * (tideline-run.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FlinkSession } from '../infra/flink-session';
import { dataDir, loadCases } from '../differential/cases';
import { compareResults, type Difference } from '../differential/compare';
import { loadKnownDifferences } from '../differential/known-differences';
import { explainOnTideline, runOnTideline, type EngineResult } from '../differential/tideline-run';
import { flinkPython } from './env';

const allCases = loadCases();
const only = process.env.TIDELINE_DIFFERENTIAL_ONLY;
const cases = only ? allCases.filter((c) => new RegExp(only).test(c.name)) : allCases;
const known = loadKnownDifferences();
const observed: Record<string, Difference> = {};
const scrub = (s: string) => s.split(dataDir()).join('${DATA}');

describe(`differential: ${cases.length} queries on Tideline and Apache Flink`, () => {
  let flink: FlinkSession | undefined;
  before(async () => {
    flink = await FlinkSession.open({ python: flinkPython() });
  });
  after(async () => {
    await flink?.close();
    if (process.env.TIDELINE_DIFFERENTIAL_RECORD) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync(join('test-results', 'differential-observed.json'), JSON.stringify(observed, null, 2) + '\n');
    }
  });

  test('there are at least 60 cases and every known difference names one', () => {
    assert.ok(allCases.length >= 60, `only ${allCases.length} cases`);
    const names = new Set(allCases.map((c) => c.name));
    for (const name of Object.keys(known)) assert.ok(names.has(name), `known-differences.json names no case ${name}`);
  });

  for (const c of cases) {
    test(`${c.name} (${c.mode}, ${c.compare === 'exact' ? 'changelog' : 'final result'})`, async () => {
      assert.ok(flink, 'the Flink session did not start');
      const session = flink;
      const onFlink = async (): Promise<EngineResult> => {
        try {
          const r = await session.run(c.flinkSql ?? c.sql, { mode: c.mode, timeoutMs: 240_000 });
          return { columns: r.columns.map((col) => col.name), changes: r.changes };
        } catch (err) {
          return { error: err instanceof Error ? err.message : String(err) };
        }
      };
      if (c.tidelinePlan) {
        const plan = await explainOnTideline(c);
        assert.ok(plan.includes(c.tidelinePlan), `Tideline's plan has no ${c.tidelinePlan}:\n${plan}`);
      }
      const [f, t] = await Promise.all([onFlink(), runOnTideline(c)]);
      const diff = compareResults(f, t, c, scrub);
      if (diff) observed[c.name] = diff;
      const entry = known[c.name];
      if (entry) {
        assert.ok(diff, `${c.name} now matches Flink: remove its entry from known-differences.json (${entry.reason})`);
        assert.deepEqual(diff, entry.difference, `${c.name} differs from Flink, but no longer as recorded in known-differences.json`);
      } else {
        assert.equal(diff, undefined, `${c.name} differs from Flink:\n${JSON.stringify(diff, null, 2)}`);
      }
    });
  }
});
