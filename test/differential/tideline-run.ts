/**
 * Runs a differential case on Tideline in process (engine/job runScript, the code behind
 * `tideline run`) and returns the final query's columns and changelog in the testbed's value
 * forms, or the error that stopped the script.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogs } from '../../engine/catalog/setup';
import type { ScriptOutput } from '../../engine/job/output';
import { runScript } from '../../engine/job/run-script';
import { WorkerPool } from '../../engine/pools/worker-pool';
import { subtaskWorkerScript } from '../../engine/runtime/parallel/worker-script';
import type { ResultField } from '../../engine/results/format/row-formats';
import { ROW_KIND_SYMBOLS } from '../../engine/runtime/changelog';
import { repoRoot } from '../support/repo-root';
import type { DifferentialCase } from './cases';
import type { Change } from './changelog';
import { testbedValue } from './testbed-values';

export type EngineResult = { readonly columns: readonly string[]; readonly changes: readonly Change[] } | { readonly error: string };

/**
 * TIDELINE_DIFFERENTIAL_PARALLELISM=<n> runs each case at parallelism n (SET 'parallelism.default'
 * before it), its keyed stages' subtasks on worker threads of one pool (dist/subtask-worker.js).
 * Changes of different keys may then interleave otherwise than on Flink at parallelism 1, which
 * a `compare: exact` case sees (over_rows does); each key's changes and the final result may not.
 */
const parallelism = Number(process.env.TIDELINE_DIFFERENTIAL_PARALLELISM ?? 1);
let pool: WorkerPool | undefined;
function workerPool(): WorkerPool {
  if (pool) return pool;
  const script = subtaskWorkerScript(join(repoRoot(__dirname), 'dist'));
  if (!script) throw new Error('TIDELINE_DIFFERENTIAL_PARALLELISM needs dist/subtask-worker.js (npm run build)');
  return (pool = new WorkerPool({ script, maxWorkers: parallelism, idleMs: 1_000 }));
}

export async function runOnTideline(c: DifferentialCase, timeoutMs = 60_000): Promise<EngineResult> {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-differential-'));
  try {
    const { manager } = await openCatalogs({ stateDir });
    let fields: readonly ResultField[] = [];
    let changes: Change[] = [];
    let ended = '';
    const output: ScriptOutput = {
      beginQuery: (info) => {
        fields = info.fields;
        changes = [];
      },
      changes: (kinds, rows) => {
        for (let i = 0; i < rows.length; i++) {
          const row: Record<string, unknown> = {};
          fields.forEach((f, j) => (row[f.name] = testbedValue(rows[i]![j] ?? null, f.type)));
          changes.push({ op: ROW_KIND_SYMBOLS[kinds[i]!], row });
        }
      },
      endQuery: (end) => (ended = end.reason),
      message: () => {},
      table: () => {},
      text: () => {},
    };
    const parallel = parallelism > 1 ? { workers: workerPool() } : {};
    const sql = parallelism > 1 ? `SET 'parallelism.default' = '${parallelism}';\n${c.sql}` : c.sql;
    const r = await runScript(sql, { file: `${c.name}.sql`, catalog: manager, output, mode: c.mode, stateDir, timeoutMs, ...parallel });
    if (r.failed) return { error: r.failed.message };
    if (ended !== 'end') return { error: `the query did not end by itself (${ended || 'no query ran'})` };
    return { columns: fields.map((f) => f.name), changes };
  } catch (err) {
    return { error: `thrown: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}

/** Tideline's EXPLAIN of the case (logical and physical plans of its statements). */
export async function explainOnTideline(c: DifferentialCase): Promise<string> {
  const stateDir = mkdtempSync(join(tmpdir(), 'tideline-differential-'));
  try {
    const { manager } = await openCatalogs({ stateDir });
    let text = '';
    const output: ScriptOutput = { beginQuery: () => {}, changes: () => {}, endQuery: () => {}, message: () => {}, table: () => {}, text: (t) => (text += t) };
    const r = await runScript(c.sql, { file: `${c.name}.sql`, catalog: manager, output, mode: c.mode, stateDir, explainOnly: true });
    if (r.failed) throw new Error(r.failed.message);
    return text;
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}
