/**
 * A long-lived Apache Flink session for suites: one PyFlink JVM and one MiniCluster
 * (flink_runner.py --serve) that runs script after script, each in a fresh TableEnvironment.
 * A small job takes ~0.5 s here instead of a JVM start plus a MiniCluster per job, so a
 * differential test can run each query on Flink right next to running it on Tideline.
 *
 *   const flink = await FlinkSession.open();
 *   const { columns, changes } = await flink.run('SELECT ...', { mode: 'streaming' });
 *   await flink.close();
 */
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { RowKindSymbol } from '../../engine/runtime/changelog';
import { tail } from './cache';
import { FlinkChange, FlinkColumn, FlinkMode, FlinkResult, flinkRunnerPath, pythonFor, QUICK_START_JVM_ARGS } from './flink';

export interface FlinkSessionOptions {
  /** The venv python (default TIDELINE_TEST_FLINK_PYTHON, or the cached venv's). */
  readonly python?: string;
  /** JVM options; default QUICK_START_JVM_ARGS. Benchmarks pass [] for Flink's full JIT. */
  readonly jvmArgs?: readonly string[];
  /** How long the JVM and MiniCluster may take to come up (default 3 minutes). */
  readonly startTimeoutMs?: number;
}

export interface FlinkSessionRunOptions {
  /** Default runtime mode; a `SET 'execution.runtime-mode'` in the script wins. */
  readonly mode?: FlinkMode;
  /** Stop reading the final query after this many changes (for unbounded sources). */
  readonly maxRows?: number;
  /** A run that takes longer ends the whole session (default 5 minutes). */
  readonly timeoutMs?: number;
}

interface Pending {
  columns: FlinkColumn[];
  changes: FlinkChange[];
  resolve: (r: FlinkResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class FlinkSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private stderr = '';
  private ended: string | undefined;
  private readonly exited: Promise<void>;
  private readonly killGroup = () => {
    try {
      if (this.child.pid !== undefined) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };

  private constructor(private readonly child: ChildProcessWithoutNullStreams, ready: (err?: Error) => void) {
    process.once('exit', this.killGroup);
    child.stderr.on('data', (b: Buffer) => {
      this.stderr += b.toString('utf8');
      if (this.stderr.length > 200_000) this.stderr = this.stderr.slice(-100_000);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const msg = JSON.parse(line) as Record<string, unknown>;
      if (msg.ready === true) return ready();
      const p = this.pending.get(msg.id as number);
      if (!p) return;
      if (Array.isArray(msg.columns)) p.columns = msg.columns as FlinkColumn[];
      else if (typeof msg.op === 'string') p.changes.push({ op: msg.op as RowKindSymbol, row: msg.row as Record<string, unknown> });
      else {
        this.pending.delete(msg.id as number);
        clearTimeout(p.timer);
        if (typeof msg.error === 'string') p.reject(new Error(`Flink: ${msg.error}`));
        else p.resolve({ columns: p.columns, changes: p.changes });
      }
    });
    this.exited = new Promise((resolve) => {
      const onEnd = (why: string) => {
        process.removeListener('exit', this.killGroup);
        this.killGroup(); // the JVM, a child of python
        this.ended = `the Flink session ended (${why})${this.stderr ? `:\n${tail(this.stderr, 20)}` : ''}`;
        ready(new Error(this.ended));
        for (const p of this.pending.values()) {
          clearTimeout(p.timer);
          p.reject(new Error(this.ended));
        }
        this.pending.clear();
        resolve();
      };
      child.on('exit', (code, signal) => onEnd(signal ?? `exit ${code}`));
      child.on('error', (err) => onEnd(err.message));
    });
  }

  /** Starts the JVM and the MiniCluster; resolves when the session takes requests. */
  static open(opts: FlinkSessionOptions = {}): Promise<FlinkSession> {
    const env = { ...process.env, JVM_ARGS: (opts.jvmArgs ?? QUICK_START_JVM_ARGS).join(' ') };
    const child = spawn(pythonFor(opts), [flinkRunnerPath(), '--serve'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env });
    return new Promise((resolve, reject) => {
      const timeoutMs = opts.startTimeoutMs ?? 180_000;
      let session: FlinkSession | undefined = undefined;
      const timer = setTimeout(() => {
        void session?.close();
        reject(new Error(`the Flink session did not start within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      session = new FlinkSession(child, (err) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(session as FlinkSession);
      });
    });
  }

  /** Runs SQL text; resolves with the final query's schema and changelog, rejects with Flink's error. */
  run(sql: string, opts: FlinkSessionRunOptions = {}): Promise<FlinkResult> {
    return this.request({ sql }, opts);
  }

  /** Runs a script file. */
  runFile(path: string, opts: FlinkSessionRunOptions = {}): Promise<FlinkResult> {
    return this.request({ path }, opts);
  }

  private request(what: { sql?: string; path?: string }, opts: FlinkSessionRunOptions): Promise<FlinkResult> {
    if (this.ended) return Promise.reject(new Error(this.ended));
    const id = this.nextId++;
    return new Promise<FlinkResult>((resolve, reject) => {
      const timeoutMs = opts.timeoutMs ?? 300_000;
      const timer = setTimeout(() => {
        this.killGroup(); // a job that does not end cannot be taken back; the session ends
        reject(new Error(`Flink run timed out after ${timeoutMs / 1000} s; the session is closed`));
      }, timeoutMs);
      this.pending.set(id, { columns: [], changes: [], resolve, reject, timer });
      this.child.stdin.write(JSON.stringify({ id, ...what, mode: opts.mode ?? 'streaming', maxRows: opts.maxRows ?? null }) + '\n');
    });
  }

  /** Ends the session after the runs already asked for; kills it if it does not end in 10 s. */
  async close(): Promise<void> {
    if (!this.ended) this.child.stdin.end();
    const timer = setTimeout(this.killGroup, 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}

export type FlinkScriptResult = FlinkResult | { readonly error: string };

/** Runs several scripts in one session; the result for each is its schema and changelog, or its error. */
export async function runFlinkSqlMany(scriptPaths: readonly string[], opts: FlinkSessionOptions & FlinkSessionRunOptions = {}): Promise<FlinkScriptResult[]> {
  const session = await FlinkSession.open(opts);
  try {
    const results: FlinkScriptResult[] = [];
    for (const path of scriptPaths) {
      try {
        results.push(await session.runFile(path, opts));
      } catch (err) {
        results.push({ error: err instanceof Error ? err.message : String(err) });
      }
    }
    return results;
  } finally {
    await session.close();
  }
}
