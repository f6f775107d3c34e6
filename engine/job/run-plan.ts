/**
 * Runs planned statements: one query (results to the script output, as they come in streaming
 * mode, or as the final materialized table in snapshot mode) or one or more INSERTs as one job
 * (rows into the tables' sinks). Stops at the end of bounded input, at the timeout, after the
 * change limit, or when asked.
 */
import { createHash } from 'node:crypto';
import type { Sink } from '../connectors/api';
import { buildGraph } from '../planner/build-graph';
import type { PhysicalPlan } from '../planner/physical/plan';
import { printPhysicalPlan } from '../planner/physical/print-physical';
import { ResultCounters } from '../results/counters';
import { TableView } from '../results/table-view';
import type { Row, RowKind } from '../runtime/changelog';
import type { Checkpoint } from '../runtime/executor/checkpoint';
import { Executor, type ExecutorMetrics } from '../runtime/executor/executor';
import type { DataflowGraph } from '../runtime/executor/graph';
import type { Json } from '../runtime/state/codec';
import { WorkerLease, type WorkerSource } from '../runtime/parallel/worker-lease';
import { CheckpointCoordinator, type CheckpointOptions } from './checkpointing/coordinator';
import type { RescaleRequests } from './rescale-requests';
import { finalRowCount } from './limit-end';
import type { QueryEnd, ScriptOutput } from './output';

export interface RunPlanOptions {
  readonly location: string;
  readonly stateDir?: string;
  /** Stop after this long (ms). */
  readonly timeoutMs?: number;
  /** Streaming output: stop after this many changes. Snapshot output: keep at most this many rows. */
  readonly maxRows?: number;
  /** Snapshot mode: print the final result (materialized) instead of the changelog. */
  readonly snapshot: boolean;
  readonly signal?: { stopped: boolean };
  /** Called after every executor round with the nodes' metrics (the engine host's statement metrics) and how long the round took (ms). */
  readonly onProgress?: (metrics: ExecutorMetrics['nodes'], roundMs: number) => void;
  /**
   * Give other work on the event loop a turn at least this often (ms) even while input keeps
   * coming (the engine host runs many statements and answers requests in one process).
   */
  readonly yieldEveryMs?: number;
  /** Rows per split poll (the executor's default when absent); smaller rounds keep a shared event loop responsive. */
  readonly batchSize?: number;
  /**
   * INSERT jobs (and engine host queries, whose retained result is checkpointed with them):
   * checkpoint into `dir` every `intervalMs` and at a clean stop or end, and resume from the
   * latest checkpoint there (exactly-once sinks commit with checkpoints).
   */
  readonly checkpoint?: CheckpointOptions;
  /**
   * Keyed parallelism: the job starts with `parallelism` subtasks per keyed stage, and
   * requests made while it runs are applied between rounds (rescale-requests.ts).
   */
  readonly rescale?: RescaleRequests;
  /**
   * Worker threads (the pool's WorkerPool): keyed stages at parallelism > 1 run their subtasks
   * on workers leased for the job (one per slot), given back when it ends. Without it, in process.
   */
  readonly workers?: WorkerSource;
}

/** Names of unbounded sources in the graph. */
function unboundedSources(graph: DataflowGraph): string[] {
  return graph.nodes.flatMap((n) => (n.kind === 'source' && !n.source.bounded ? [n.id.replace(/^\d+-Source:/, '')] : []));
}

interface Driven {
  readonly reason: QueryEnd['reason'];
  readonly metrics: ExecutorMetrics['nodes'];
  /** Checkpoints taken (checkpointed jobs). */
  readonly checkpoints?: number;
}

/** What a checkpointed job is: its connector sinks and a fingerprint of its plans. */
interface CheckpointedJob {
  readonly sinks: readonly Sink[];
  readonly fingerprint: string;
}

async function drive(graph: DataflowGraph, options: RunPlanOptions, counters: ResultCounters, full: () => boolean, job?: CheckpointedJob): Promise<Driven> {
  const coordinator = options.checkpoint && job ? new CheckpointCoordinator(graph, job.sinks, job.fingerprint, options.checkpoint) : undefined;
  try {
    const restored = coordinator ? await coordinator.restore() : { finished: false };
    if (restored.finished) {
      // The job had ended and committed everything: nothing runs again.
      for (const s of job?.sinks ?? []) {
        await s.flush();
        await s.close();
      }
      return { reason: 'end', metrics: {}, checkpoints: 0 };
    }
    const d = await driveExecutor(graph, options, counters, full, restored.checkpoint, coordinator);
    return coordinator ? { ...d, checkpoints: coordinator.taken } : d;
  } finally {
    options.rescale?.end();
    await coordinator?.close();
  }
}

async function driveExecutor(
  graph: DataflowGraph,
  options: RunPlanOptions,
  counters: ResultCounters,
  full: () => boolean,
  restore: Checkpoint | undefined,
  coordinator: CheckpointCoordinator | undefined,
): Promise<Driven> {
  // The executor never sleeps; an idle wait starts only after a few rounds without input, so
  // a source that pauses briefly (a generator filling its next batch) costs no latency.
  // Connectors apply the table's error policy themselves (a record that must fail the job
  // throws, with its location); the errors a batch reports were tolerated: count them.
  const ex = new Executor(graph, {
    idleSleepMs: 0,
    recordErrors: 'skip',
    ...(restore ? { restore } : {}),
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    ...(options.rescale !== undefined ? { parallelism: options.rescale.parallelism } : {}),
  });
  let emptyRounds = 0;
  let seen = -1;
  const start = Date.now();
  let reason: QueryEnd['reason'] = 'end';
  let metrics: ExecutorMetrics['nodes'] = {};
  let lastYield = start;
  try {
    await ex.open();
    for (;;) {
      // A checkpointed job writes a checkpoint before its state moves to a new parallelism.
      await options.rescale?.apply(ex, coordinator ? async (parallelism) => (await coordinator.take(ex, false, parallelism)).id : undefined);
      if (options.signal?.stopped) {
        reason = 'stopped';
        break;
      }
      if (options.timeoutMs !== undefined && Date.now() - start >= options.timeoutMs) {
        reason = 'timeout';
        break;
      }
      if (full()) {
        reason = 'limit';
        break;
      }
      const t0 = performance.now();
      const more = await ex.step();
      const roundMs = performance.now() - t0;
      const m = (metrics = ex.metrics().nodes);
      let late = 0;
      let malformed = 0;
      let backlog: number | undefined;
      for (const [id, n] of Object.entries(m)) {
        late += n.lateDropped;
        malformed += n.errors ?? 0;
        if (n.backlog !== undefined) backlog = (backlog ?? 0) + n.backlog;
        if (id.endsWith('-Collect') && n.watermark !== undefined) counters.watermark = n.watermark;
      }
      counters.late = late;
      counters.malformed = malformed;
      counters.backlog = backlog;
      options.onProgress?.(m, roundMs);
      if (!more) break;
      let read = 0;
      let written = 0;
      for (const n of graph.nodes) {
        if (n.kind === 'source') read += m[n.id]?.recordsOut ?? 0;
        else if (n.kind === 'sink') written += m[n.id]?.recordsIn ?? 0;
      }
      if (coordinator?.due(read + written)) await coordinator.take(ex, false);
      emptyRounds = read === seen ? emptyRounds + 1 : 0;
      seen = read;
      if (emptyRounds > 2) await new Promise((r) => setTimeout(r, Math.min(20, emptyRounds)));
      else if (emptyRounds > 0 || (options.yieldEveryMs !== undefined && Date.now() - lastYield >= options.yieldEveryMs)) {
        await new Promise((r) => setImmediate(r));
        lastYield = Date.now();
      }
    }
    // The last checkpoint: a finished job commits and forgets its checkpoints, a stopped one
    // keeps it to resume from.
    if (coordinator) await coordinator.take(ex, reason === 'end');
  } finally {
    await ex.close();
  }
  return { reason, metrics };
}

function graphOptions(options: RunPlanOptions, lease: WorkerLease | undefined): { stateDir?: string; parallelism?: number; workers?: WorkerLease } {
  return {
    ...(options.stateDir !== undefined ? { stateDir: options.stateDir } : {}),
    ...(options.rescale !== undefined ? { parallelism: options.rescale.parallelism } : {}),
    ...(lease !== undefined ? { workers: lease } : {}),
  };
}

/** The job's lease of worker threads, when the run has a pool of them. */
function leaseFor(options: RunPlanOptions): WorkerLease | undefined {
  return options.workers !== undefined ? new WorkerLease(options.workers) : undefined;
}

export async function runQueryPlan(plan: PhysicalPlan, output: ScriptOutput, options: RunPlanOptions): Promise<QueryEnd> {
  const lease = leaseFor(options);
  try {
    return await runQuery(plan, output, options, lease);
  } finally {
    lease?.close();
  }
}

async function runQuery(plan: PhysicalPlan, output: ScriptOutput, options: RunPlanOptions, lease: WorkerLease | undefined): Promise<QueryEnd> {
  const started = Date.now();
  const counters = new ResultCounters();
  const fields = plan.fields.map((f) => ({ name: f.name, type: f.type }));
  let view: TableView | undefined;
  let emitted = 0;
  const collect = (kinds: RowKind[], rows: Row[]) => {
    if (view) {
      view.apply(kinds, rows);
      return;
    }
    let k = kinds;
    let r = rows;
    if (options.maxRows !== undefined && emitted + rows.length > options.maxRows) {
      const keep = Math.max(0, options.maxRows - emitted);
      k = kinds.slice(0, keep);
      r = rows.slice(0, keep);
    }
    emitted += r.length;
    if (r.length === 0) return;
    counters.count(k, r.length);
    output.changes(k, r, counters.snapshot());
  };
  const { graph } = buildGraph(plan, { collect, ...graphOptions(options, lease) });
  if (options.snapshot) {
    const unbounded = unboundedSources(graph);
    if (unbounded.length > 0 && options.timeoutMs === undefined) {
      throw new Error(
        `snapshot mode reads bounded input only, and ${unbounded.join(', ')} ${unbounded.length === 1 ? 'is' : 'are'} unbounded (give the source an end, e.g. 'number-of-rows', or pass --timeout)`,
      );
    }
    view = new TableView({ ...(plan.mode.upsertKey ? { key: plan.mode.upsertKey } : {}), ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}) });
  }
  output.beginQuery({ location: options.location, fields, mode: plan.mode, snapshot: options.snapshot });
  const final = view ? undefined : finalRowCount(plan);
  // Checkpointed (engine host queries): state, source positions and the result together, with
  // the count of rows emitted so far (a restored LIMIT n ends once the result has its n rows).
  const job = options.checkpoint ? { sinks: [], fingerprint: planFingerprint([plan]) } : undefined;
  const results = options.checkpoint?.results;
  const counted =
    options.checkpoint && results
      ? {
          checkpoint: {
            ...options.checkpoint,
            results: {
              snapshot: (): Json => ({ result: results.snapshot(), emitted }),
              restore: (saved: Json | undefined) => {
                const s = saved as { result?: Json; emitted?: number } | undefined;
                results.restore(s?.result);
                emitted = s?.emitted ?? 0;
              },
            },
          },
        }
      : {};
  const driven = await drive(graph, { ...options, ...counted }, counters, () => (options.maxRows !== undefined && !view && emitted >= options.maxRows) || (final !== undefined && emitted >= final), job);
  // LIMIT n reached on an append-only stream: the result is complete, not cut short.
  const reason = driven.reason === 'limit' && final !== undefined && emitted >= final && (options.maxRows === undefined || options.maxRows > final) ? 'end' : driven.reason;
  if (view) {
    const rows = view.rows();
    const kinds = new Array<RowKind>(rows.length).fill(0 as RowKind);
    counters.count(kinds, rows.length);
    if (rows.length > 0) output.changes(kinds, rows, counters.snapshot());
  }
  const end: QueryEnd = { reason, counters: counters.snapshot(), elapsedMs: Date.now() - started };
  output.endQuery(end);
  return end;
}

/** Identifies a job for its checkpoints: a hash of its physical plans (operators, expressions, tables). */
export function planFingerprint(plans: readonly PhysicalPlan[]): string {
  const h = createHash('sha256');
  for (const p of plans) h.update(printPhysicalPlan(p)).update('\n;\n');
  return h.digest('hex').slice(0, 32);
}

/**
 * Runs INSERTs as one job; returns why it stopped, the rows written per target table (by this
 * run) and, with checkpoints, how many were taken.
 */
export async function runInsertPlans(
  plans: readonly PhysicalPlan[],
  options: RunPlanOptions,
): Promise<{ reason: QueryEnd['reason']; written: Map<string, number>; checkpoints?: number }> {
  const lease = leaseFor(options);
  const { graph, sinks } = buildGraph(plans, graphOptions(options, lease));
  const { reason, metrics, checkpoints } = await drive(graph, options, new ResultCounters(), () => false, { sinks, fingerprint: planFingerprint(plans) }).finally(() => lease?.close());
  // A job that ended flushed and closed its sinks; one that was cut short does it now.
  if (reason !== 'end') {
    for (const s of sinks) {
      await s.flush();
      await s.close();
    }
  }
  const written = new Map<string, number>();
  for (const n of graph.nodes) {
    if (n.kind === 'sink') written.set(n.id.replace(/^\d+-Sink:/, ''), metrics[n.id]?.recordsIn ?? 0);
  }
  return { reason, written, ...(checkpoints !== undefined ? { checkpoints } : {}) };
}
