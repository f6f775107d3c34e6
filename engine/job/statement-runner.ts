/**
 * The engine host's StatementRunner (engine/pools/runner.ts): `describe` prepares a submitted
 * statement (prepare-statement.ts: one statement, analyzed in its context, planned; a located
 * refusal otherwise) and names the clusters it touches and its source count; `start` runs it
 * in this process with the loop the CLI uses (run-plan.ts): a query streams into its retained
 * result (engine/results/retained-results.ts) and to subscribers, INSERTs and statement sets
 * write until their bounded input ends or they are stopped, DDL runs through a catalog
 * session and completes. Whatever a statement throws fails that statement alone.
 */
import type { CatalogManager } from '../catalog/manager';
import type { PhysicalPlan } from '../planner/physical/plan';
import { planPhysical } from '../planner/physical/plan-physical';
import type { RunCallbacks, RunHandle, RunSpec, StatementContext, StatementDescription, StatementRunner } from '../pools/runner';
import type { RetainedResult, ResultSnapshot, ResultStore } from '../results/retained-results';
import type { Json } from '../runtime/state/codec';
import type { CheckpointedResult, CheckpointOptions } from './checkpointing/coordinator';
import type { Row, RowKind } from '../runtime/changelog';
import type { WorkerSource } from '../runtime/parallel/worker-lease';
import { printType } from '../types/print';
import type { ScriptOutput } from './output';
import { explainGraph } from './explain-graph';
import { locate, prepareStatement, type PreparedStatement } from './prepare-statement';
import { prepareWhenLoaded } from './prepare-loaded';
import { RescaleRequests } from './rescale-requests';
import { runInsertPlans, runQueryPlan, type RunPlanOptions } from './run-plan';
import { catalogSession, DEFAULT_CHECKPOINT_INTERVAL_MS, sinkInto } from './run-script';
import { StatementMeter, type StatementMetrics } from './statement-metrics';

export interface EngineRunnerOptions {
  readonly catalog: CatalogManager;
  readonly stateDir: string;
  readonly results: ResultStore;
  /** A statement is DEGRADED after skipping malformed records, RUNNING again after this long without (ms). */
  readonly recoverAfterMs?: number;
  /** DEGRADED when a statement that waits for watermarks sees rows but no watermark progress this long (ms, default 60 s). */
  readonly watermarkStallMs?: number;
  readonly log?: (message: string) => void;
  /** The embedded pool's worker threads: keyed stages of statements at parallelism > 1 run their subtasks there. */
  readonly workers?: WorkerSource;
}

/** The Kafka clusters the host knows (its connections): a table's brokers name its cluster. */
export type KnownClusters = () => ReadonlyArray<{ readonly name: string; readonly brokers: readonly string[] }>;

/**
 * The cluster a scanned or written table lives on, as pool regions name clusters: a Kafka
 * catalog table's connection; a `kafka`/`upsert-kafka` table the connection sharing a broker
 * with its `properties.bootstrap.servers`, else `kafka-<first broker>` (e.g. `kafka-10-0-0-5-9092`);
 * anything else `local`.
 */
export function clusterOf(table: PhysicalPlan & { op: 'scan' | 'sink' }, known: KnownClusters): string {
  const p = table.table.provenance;
  if (p.kind === 'kafka') return p.cluster;
  const options = table.op === 'scan' ? table.options : table.table.options;
  const connector = options['connector'] ?? 'local';
  if (connector !== 'kafka' && connector !== 'upsert-kafka') return 'local';
  const brokers = (options['properties.bootstrap.servers'] ?? '').split(',').map((b) => b.trim()).filter((b) => b.length > 0);
  const match = known().find((c) => c.brokers.some((b) => brokers.includes(b)));
  if (match) return match.name;
  return `kafka-${(brokers[0] ?? 'unknown').replace(/[^A-Za-z0-9]+/g, '-')}`.slice(0, 63);
}

function describePlans(plans: readonly PhysicalPlan[], known: KnownClusters): { clusters: string[]; sources: number } {
  const clusters = new Set<string>();
  let sources = 0;
  const visit = (p: PhysicalPlan) => {
    if (p.op === 'scan' || p.op === 'sink') clusters.add(clusterOf(p, known));
    if (p.op === 'scan' || p.op === 'values') sources++;
    p.inputs.forEach(visit);
  };
  plans.forEach(visit);
  return { clusters: [...clusters].sort(), sources };
}

export class EngineStatementRunner implements StatementRunner {
  private readonly runs = new Map<string, StatementRun>();
  /** The host's Kafka connections, for naming the clusters of tables declared with brokers (set by the host). */
  knownClusters: KnownClusters = () => [];

  constructor(readonly o: EngineRunnerOptions) {}

  /** Tables a remote catalog has not described yet (a connection just set) are looked up first. */
  async describe(sql: string, context?: StatementContext): Promise<StatementDescription> {
    const p = await prepareWhenLoaded(sql, context, this.o.catalog);
    const { clusters, sources } = describePlans(p.plans, this.knownClusters);
    return { kind: p.kind, clusters, splits: Math.max(1, sources) };
  }

  start(spec: RunSpec, callbacks: RunCallbacks): RunHandle {
    const run = new StatementRun(spec, callbacks, this.o);
    this.runs.set(spec.name, run);
    void run.done.finally(() => {
      if (this.runs.get(spec.name) === run) this.runs.delete(spec.name);
    });
    return {
      stop: () => run.stop(),
      load: () => run.load(),
      rescale: (parallelism) => run.rescale(parallelism),
    };
  }

  /** Metrics of a running statement (undefined once it ended). */
  metrics(name: string): StatementMetrics | undefined {
    return this.runs.get(name)?.metrics();
  }

  /**
   * Prepares and shapes a representative query once, off the request path, so the first
   * statement a user runs does not pay for loading and compiling the analyzer and planner.
   */
  warmUp(): void {
    try {
      const p = prepareStatement(
        'SELECT user_id, COUNT(*) AS n, MAX(ts) AS last_ts FROM examples.marketplace.clicks WHERE url IS NOT NULL GROUP BY user_id',
        undefined,
        this.o.catalog,
      );
      explainGraph(p.plans);
    } catch (e) {
      this.o.log?.(`warm-up failed (statements still run): ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Stops every running statement (host shutdown). */
  async stopAll(): Promise<void> {
    await Promise.all([...this.runs.values()].map((r) => r.stop()));
  }
}

/** One run of one statement. */
class StatementRun {
  private readonly signal = { stopped: false };
  private meter: StatementMeter | undefined;
  private result: RetainedResult | undefined;
  /** Why it is DEGRADED now. */
  private degradedFor: 'malformed' | 'watermark' | undefined;
  private malformedSeen = 0;
  private lastMalformedAt = 0;
  /** Starts at the slots granted; the autoscaler's rescales go through it. */
  private readonly scale: RescaleRequests;
  readonly done: Promise<void>;

  constructor(
    private readonly spec: RunSpec,
    private readonly callbacks: RunCallbacks,
    private readonly o: EngineRunnerOptions,
  ) {
    this.scale = new RescaleRequests(Math.max(1, spec.parallelism));
    // Started on the next turn: the pool service records RUNNING before any callback.
    this.done = new Promise<void>((r) => setImmediate(r)).then(() => this.run());
  }

  metrics(): StatementMetrics | undefined {
    return this.meter?.view();
  }

  load() {
    return this.meter?.load(this.scale.parallelism);
  }

  async rescale(parallelism: number): Promise<void> {
    const from = this.scale.parallelism;
    const r = await this.scale.request(parallelism);
    const cp = r.checkpoint !== undefined ? `checkpoint ${r.checkpoint} first, ` : '';
    this.o.log?.(`statement ${this.spec.name}: parallelism ${from} -> ${r.parallelism} (${cp}${r.operators} keyed operator${r.operators === 1 ? '' : 's'} moved, paused ${r.pauseMs.toFixed(1)} ms)`);
  }

  async stop(): Promise<void> {
    this.signal.stopped = true;
    await this.done;
  }

  private options(p: PreparedStatement): RunPlanOptions {
    return {
      location: locate(this.spec.context),
      snapshot: p.settings.runtimeMode === 'batch',
      stateDir: this.o.stateDir,
      signal: this.signal,
      yieldEveryMs: 0,
      batchSize: 256,
      onProgress: (nodes, roundMs) => this.progress(nodes, roundMs),
      rescale: this.scale,
      ...(this.o.workers !== undefined ? { workers: this.o.workers } : {}),
    };
  }

  private progress(nodes: Parameters<StatementMeter['update']>[0], roundMs: number): void {
    const meter = this.meter;
    if (!meter) return;
    meter.update(nodes, roundMs);
    const now = Date.now();
    const malformed = meter.malformed;
    if (malformed > this.malformedSeen) {
      const skipped = malformed - this.malformedSeen;
      this.malformedSeen = malformed;
      this.lastMalformedAt = now;
      if (this.degradedFor === undefined) this.degrade('malformed', `skipping malformed records (${skipped} so far) under the table's error policy; see the statement's operator errors`);
      return;
    }
    const stall = meter.watermarkStall(this.o.watermarkStallMs ?? 60_000);
    if (this.degradedFor === undefined) {
      if (stall) this.degrade('watermark', stall);
    } else if (this.degradedFor === 'malformed' ? now - this.lastMalformedAt >= (this.o.recoverAfterMs ?? 10_000) : !stall) {
      this.degradedFor = undefined;
      this.callbacks.recovered();
    }
  }

  private degrade(why: 'malformed' | 'watermark', reason: string): void {
    this.degradedFor = why;
    this.callbacks.degraded(reason);
  }

  private async run(): Promise<void> {
    let ended: 'completed' | 'failed' | 'stopped' = 'completed';
    let reason = '';
    try {
      const p = prepareStatement(this.spec.sql, this.spec.context, this.o.catalog);
      await this.execute(p);
      if (this.signal.stopped) ended = 'stopped';
    } catch (e) {
      ended = 'failed';
      const message = e instanceof Error ? e.message : String(e);
      // Refusals are located already; runtime errors get the statement's location.
      reason = /^\S+:\d+:\d+: /.test(message) ? message : `${locate(this.spec.context)}: ${message}`;
      this.o.log?.(`statement ${this.spec.name} failed: ${reason}`);
    }
    // A statement that never reached the run loop (DDL, a refusal) answers rescales too.
    this.scale.end();
    if (this.result) {
      const r = this.result;
      if (ended === 'failed') r.setPhase('FAILED', reason);
      else r.setPhase(ended === 'stopped' ? 'STOPPED' : 'COMPLETED');
      await this.o.results.persist(r.name).catch((e: unknown) => this.o.log?.(`could not persist the results of ${r.name}: ${String(e)}`));
    }
    if (ended === 'completed') this.callbacks.completed();
    else if (ended === 'failed') this.callbacks.failed(reason);
    // stopped: the pool service records STOPPED once stop() resolves
  }

  private async execute(p: PreparedStatement): Promise<void> {
    const s = p.statement;
    if (p.kind === 'query') return this.query(p);
    if (p.kind === 'insert' && s.kind !== 'createTable') return this.inserts(p, p.plans);
    const session = catalogSession(this.o.catalog, p.current, () => p.analysis);
    const r = await session.execute(s, this.spec.sql);
    if (r === undefined) throw new Error(`${s.kind} statements are not run by the engine host`);
    if (r.kind === 'rows') {
      // SHOW / DESCRIBE: the rows become the statement's result.
      const result = this.o.results.create(this.spec.name, r.columns.map((c) => ({ name: c, type: 'STRING' })), null);
      this.result = result;
      result.apply(r.rows.map(() => 0 as RowKind), r.rows as unknown as Row[]);
    }
    if (s.kind === 'createTable' && s.asQuery && p.analysis.plan) {
      const logical = p.analysis.plan.kind === 'sink' ? p.analysis.plan : sinkInto(session, s.name.parts.map((x) => x.value), p.analysis.plan);
      await this.inserts(p, [planPhysical(logical, p.settings.plannerOptions())]);
    }
  }

  private async query(p: PreparedStatement): Promise<void> {
    const plan = p.plans[0]!;
    this.meter = new StatementMeter(p.plans);
    const result = this.o.results.create(
      this.spec.name,
      plan.fields.map((f) => ({ name: f.name, type: printType(f.type) })),
      plan.mode.upsertKey && plan.mode.upsertKey.length > 0 ? plan.mode.upsertKey : null,
    );
    this.result = result;
    const output: ScriptOutput = {
      beginQuery: () => undefined,
      changes: (kinds, rows, counters) => {
        result.lateRows = counters.late;
        result.apply(kinds, rows);
      },
      endQuery: (end) => {
        result.lateRows = end.counters.late;
      },
      message: () => undefined,
      table: () => undefined,
      text: () => undefined,
    };
    // Checkpointed like an INSERT, its retained result with it: after a host restart it resumes where it was.
    const checkpoint = this.checkpointing(p, {
      snapshot: () => result.snapshot() as unknown as Json,
      restore: (saved) => {
        if (saved !== undefined) result.rollBack(saved as unknown as ResultSnapshot);
      },
    });
    await runQueryPlan(plan, output, { ...this.options(p), ...checkpoint });
  }

  private async inserts(p: PreparedStatement, plans: readonly PhysicalPlan[]): Promise<void> {
    this.meter = new StatementMeter(plans);
    await runInsertPlans(plans, { ...this.options(p), ...this.checkpointing(p) });
  }

  /** Checkpoints in the statement's folder: a restarted host or a resumed statement continues there. */
  private checkpointing(p: PreparedStatement, results?: CheckpointedResult): { checkpoint?: CheckpointOptions } {
    const dir = this.spec.checkpointDir;
    const intervalMs = p.settings.checkpointIntervalMs(DEFAULT_CHECKPOINT_INTERVAL_MS);
    if (dir === undefined || intervalMs === undefined) return {};
    return { checkpoint: { dir, intervalMs, log: (m: string) => this.o.log?.(`statement ${this.spec.name}: ${m}`), ...(results ? { results } : {}) } };
  }
}
