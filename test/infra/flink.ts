/**
 * Apache Flink as the reference engine for differential tests: PyFlink (`apache-flink` from
 * PyPI) in a venv at ~/.cache/tideline/flink-venv, driven by test/infra/flink_runner.py on a
 * local MiniCluster with parallelism 1. See flink_runner.py for the output format (JSON lines
 * `{"op":"+I","row":{...}}` and the stable text forms of timestamps, decimals etc.).
 *
 * Override the version with TIDELINE_TEST_FLINK_VERSION and the base interpreter with
 * TIDELINE_PYTHON (Python 3.9–3.12; apache-flink 2.x has no wheels for newer ones).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RowKindSymbol } from '../../engine/runtime/changelog';
import { ensureAptPackages } from './apt';
import { cacheRoot, ensureJavaAndMaven, installOnce, Log, run, tail, withProgress } from './cache';
import { repoRoot } from './kafka';

export const FLINK_VERSION = process.env.TIDELINE_TEST_FLINK_VERSION ?? '2.2.0';

/** One change as printed by flink_runner.py. Values use its documented text forms. */
export interface FlinkChange {
  readonly op: RowKindSymbol;
  readonly row: Record<string, unknown>;
}

export type FlinkMode = 'streaming' | 'batch';

export interface FlinkRunOptions {
  /** Default runtime mode; a `SET 'execution.runtime-mode'` in the script wins. */
  readonly mode?: FlinkMode;
  /** Stop reading the final query after this many changes (for unbounded sources). */
  readonly maxRows?: number;
  /** Kill the run after this long (default 5 minutes). */
  readonly timeoutMs?: number;
  /** The venv python (default: provisionFlink()'s, or TIDELINE_TEST_FLINK_PYTHON). */
  readonly python?: string;
  /**
   * JVM options for Flink's JVM (PyFlink reads them from JVM_ARGS). The default,
   * QUICK_START_JVM_ARGS, halves the time of short test jobs on a busy machine; benchmarks
   * must pass [] so that Flink runs with its full JIT.
   */
  readonly jvmArgs?: readonly string[];
}

/** C1 only and the serial collector: fast start-up for the small jobs of differential tests. */
export const QUICK_START_JVM_ARGS: readonly string[] = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

export function flinkVenvDir(version = FLINK_VERSION): string {
  // The plain name is the one the brief and docs use; other versions get their own venv.
  return join(cacheRoot(), version === '2.2.0' ? 'flink-venv' : `flink-venv-${version}`);
}

export function flinkRunnerPath(): string {
  const p = resolve(repoRoot(), 'test/infra/flink_runner.py');
  if (!existsSync(p)) throw new Error(`flink_runner.py not found at ${p}`);
  return p;
}

/** Creates the venv and installs apache-flink unless cached; returns the venv's python. */
export async function provisionFlink(log: Log = () => {}, version = FLINK_VERSION): Promise<string> {
  const venv = flinkVenvDir(version);
  // A venv cannot be moved after creation (its scripts hold absolute paths), so it is built
  // in place; the completion marker is what makes it count as installed.
  await installOnce(venv, async () => {
    ensureJavaAndMaven(log);
    rmSync(venv, { recursive: true, force: true });
    const base = basePython(log);
    await withProgress(log, `creating ${venv} and installing apache-flink==${version} from PyPI`, async () => {
      await run(base, ['-m', 'venv', venv]);
      await run(join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', `apache-flink==${version}`]);
    });
  }, { inPlace: true });
  return join(venv, 'bin', 'python');
}

function basePython(log: Log): string {
  const candidates = process.env.TIDELINE_PYTHON ? [process.env.TIDELINE_PYTHON] : ['python3.12', 'python3.11', 'python3.10', 'python3.9', 'python3'];
  for (const py of candidates) {
    const r = spawnSync(py, ['-c', 'import sys, venv, ensurepip; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
    if (r.status === 0) {
      const [major, minor] = r.stdout.trim().split('.').map(Number);
      if (major === 3 && minor >= 9 && minor <= 12) return py;
    }
  }
  if (!process.env.TIDELINE_PYTHON) {
    ensureAptPackages(['python3', 'python3-venv'], log);
    return 'python3';
  }
  throw new Error(`TIDELINE_PYTHON=${process.env.TIDELINE_PYTHON} is not a Python 3.9–3.12 with venv and ensurepip`);
}

/** The PyFlink python to use: the option, TIDELINE_TEST_FLINK_PYTHON, or the cached venv's. */
export function pythonFor(opts: { readonly python?: string }): string {
  const py = opts.python ?? process.env.TIDELINE_TEST_FLINK_PYTHON ?? join(flinkVenvDir(), 'bin', 'python');
  if (!existsSync(py)) throw new Error(`PyFlink python ${py} does not exist; run provisionFlink() (or set TIDELINE_TEST_FLINK_PYTHON)`);
  return py;
}

interface RunnerOutput {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runRunner(args: string[], opts: FlinkRunOptions): Promise<RunnerOutput> {
  const python = pythonFor(opts);
  const full = [flinkRunnerPath(), '--columns', '--mode', opts.mode ?? 'streaming', ...(opts.maxRows !== undefined ? ['--max-rows', String(opts.maxRows)] : []), ...args];
  const env = { ...process.env, JVM_ARGS: (opts.jvmArgs ?? QUICK_START_JVM_ARGS).join(' ') };
  return new Promise((resolvePromise, reject) => {
    const child = spawn(python, full, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString('utf8');
      if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
    });
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    };
    // The JVM is a child of python; if this process dies, take the whole group down.
    process.once('exit', killGroup);
    const timeoutMs = opts.timeoutMs ?? 300_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      process.removeListener('exit', killGroup);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('exit', killGroup);
      killGroup(); // a JVM left behind by a crashed python
      if (timedOut) reject(new Error(`Flink run timed out after ${timeoutMs / 1000} s:\n${tail(stderr, 20)}`));
      else resolvePromise({ code, signal, stdout, stderr });
    });
  });
}

export function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A column of the final query's resolved schema, with Flink's type text ("BIGINT NOT NULL"). */
export interface FlinkColumn {
  readonly name: string;
  readonly type: string;
}

/** The final query's schema (empty when the last statement returns no rows) and changelog. */
export interface FlinkResult {
  readonly columns: FlinkColumn[];
  readonly changes: FlinkChange[];
}

/**
 * Runs one SQL script on Apache Flink; resolves with the final query's schema and changelog.
 * Rejects with Flink's error message when a statement fails.
 */
export async function runFlinkSqlDetailed(scriptPath: string, opts: FlinkRunOptions = {}): Promise<FlinkResult> {
  const out = await runRunner([scriptPath], opts);
  if (out.code !== 0) {
    throw new Error(`Flink failed on ${scriptPath} (${out.signal ?? `exit ${out.code}`}):\n${out.stderr.trim() || tail(out.stdout, 20)}`);
  }
  const result: { columns: FlinkColumn[]; changes: FlinkChange[] } = { columns: [], changes: [] };
  for (const l of parseLines(out.stdout)) {
    if (Array.isArray(l.columns)) result.columns = l.columns as FlinkColumn[];
    else result.changes.push({ op: l.op as RowKindSymbol, row: l.row as Record<string, unknown> });
  }
  return result;
}

/** runFlinkSqlDetailed without the schema: the final query's changelog. */
export async function runFlinkSql(scriptPath: string, opts: FlinkRunOptions = {}): Promise<FlinkChange[]> {
  return (await runFlinkSqlDetailed(scriptPath, opts)).changes;
}

/** Same as runFlinkSqlDetailed, for SQL text (written to a temp file). */
export async function runFlinkSqlTextDetailed(sql: string, opts: FlinkRunOptions = {}): Promise<FlinkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-flink-sql-'));
  try {
    const file = join(dir, 'script.sql');
    writeFileSync(file, sql);
    return await runFlinkSqlDetailed(file, opts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Same as runFlinkSql, for SQL text. */
export async function runFlinkSqlText(sql: string, opts: FlinkRunOptions = {}): Promise<FlinkChange[]> {
  return (await runFlinkSqlTextDetailed(sql, opts)).changes;
}
