/**
 * The differential cases: one .sql file each under test/differential/cases, with a header
 * naming the runtime mode both engines use and what is compared:
 *
 *   -- mode: batch | streaming
 *   -- compare: final | exact
 *
 * `final` compares the materialized result (the changelog applied, as a multiset of rows);
 * `exact` also compares the changelog itself, change by change, where Flink's order is
 * deterministic at parallelism 1. An optional `-- upsert-key: a, b` says the result is an upsert
 * stream on those columns: Flink's collect() drops -U for such results (a +U replaces the row
 * with the same key), so both changelogs are materialized by key. `${DATA}` in the text is the absolute path of
 * test/fixtures/differential/data, so both engines read the same files with the same DDL.
 *
 * Where Flink cannot run a feature over files at all (a lookup join: its filesystem connector is
 * no lookup source), the case names the equivalent Flink runs instead: `-- flink-without: TEXT`
 * runs the script on Flink with every TEXT removed (e.g. `FOR SYSTEM_TIME AS OF o.proc`, which
 * leaves a regular join against the same static file), and `-- tideline-plan: TEXT` asserts that
 * Tideline's physical plan contains TEXT (so the case tests the feature, not the equivalent).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { repoRoot } from '../infra/kafka';

export type CaseMode = 'batch' | 'streaming';
export type CaseCompare = 'final' | 'exact';

export interface DifferentialCase {
  readonly name: string;
  readonly mode: CaseMode;
  readonly compare: CaseCompare;
  /** Columns of the result's upsert key, when the result is materialized by key. */
  readonly upsertKey?: readonly string[];
  /** The script with ${DATA} replaced. */
  readonly sql: string;
  /** What Flink runs, when it differs from `sql` (`-- flink-without:`). */
  readonly flinkSql?: string;
  /** Text Tideline's physical plan must contain (`-- tideline-plan:`). */
  readonly tidelinePlan?: string;
}

export const casesDir = (): string => join(repoRoot(), 'test/differential/cases');
export const dataDir = (): string => join(repoRoot(), 'test/fixtures/differential/data');

function header(text: string, key: string, allowed: readonly string[], file: string): string {
  const m = text.match(new RegExp(`^-- ${key}: (\\w+)$`, 'm'));
  if (!m || !allowed.includes(m[1]!)) throw new Error(`${file}: missing or bad "-- ${key}: ${allowed.join('|')}" header`);
  return m[1]!;
}

export function loadCase(file: string): DifferentialCase {
  const text = readFileSync(file, 'utf8');
  const sql = text.split('${DATA}').join(dataDir());
  const without = text.match(/^-- flink-without: (.+)$/m)?.[1]!.trim();
  const plan = text.match(/^-- tideline-plan: (.+)$/m)?.[1]!.trim();
  return {
    name: basename(file, '.sql'),
    mode: header(text, 'mode', ['batch', 'streaming'], file) as CaseMode,
    compare: header(text, 'compare', ['final', 'exact'], file) as CaseCompare,
    upsertKey: text.match(/^-- upsert-key: (.+)$/m)?.[1]!.split(',').map((k) => k.trim()),
    sql,
    ...(without ? { flinkSql: sql.split('\n').filter((l) => !l.startsWith('-- ')).join('\n').split(without).join('') } : {}),
    ...(plan ? { tidelinePlan: plan } : {}),
  };
}

export function loadCases(): DifferentialCase[] {
  const dir = casesDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => loadCase(join(dir, f)));
}
