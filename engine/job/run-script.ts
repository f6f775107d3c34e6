/**
 * Runs a SQL script statement by statement, in order, as Flink's SQL client does with `-f`:
 * catalog statements (CREATE/DROP/ALTER/USE/SHOW/DESCRIBE) go through the catalog session
 * (the local catalog persists them under the state directory); SET/RESET change the job
 * settings; queries and INSERTs are analyzed, planned and executed; EXPLAIN prints plans.
 * The first failing statement stops the script with a StatementError naming file:line.
 */
import { join } from 'node:path';
import { analyzeStatement, type StatementAnalysisWithEffects } from '../analyzer';
import { initialContext } from '../catalog/context';
import { parseDirective } from '../catalog/directive';
import { CatalogSession } from '../catalog/ddl/session';
import type { CatalogManager } from '../catalog/manager';
import type { CatalogObject } from '../catalog/model';
import type { CurrentContext } from '../catalog/resolve';
import type { Diagnostic } from '../diagnostic';
import type { LogicalPlan, SinkNode } from '../planner/logical/plan';
import { printPlan } from '../planner/logical/print-plan';
import type { PhysicalPlan } from '../planner/physical/plan';
import { planPhysical } from '../planner/physical/plan-physical';
import { printPhysicalPlan } from '../planner/physical/print-physical';
import { parseScript, type Statement } from '../sql';
import { describeDelivery } from './checkpointing/delivery';
import type { ScriptOutput } from './output';
import { RescaleRequests } from './rescale-requests';
import type { WorkerSource } from '../runtime/parallel/worker-lease';
import { runInsertPlans, runQueryPlan } from './run-plan';
import { JobSettings, type RuntimeMode } from './settings';
import { lineAt, StatementError } from './statement-error';

export interface ScriptRunOptions {
  /** The file name used in locations (`file.sql:12`). */
  readonly file: string;
  readonly catalog: CatalogManager;
  readonly stateDir?: string;
  /** `--mode`: the runtime mode unless the script SETs another. */
  readonly mode?: RuntimeMode;
  /** Per query / INSERT job. */
  readonly timeoutMs?: number;
  readonly maxRows?: number;
  /** Print plans instead of running queries and INSERTs (`tideline explain`). */
  readonly explainOnly?: boolean;
  readonly output: ScriptOutput;
  readonly signal?: { stopped: boolean };
  /**
   * Checkpoint INSERT jobs under `dir` (one folder per statement, `statement-<n>`, n its
   * 1-based index in the script) and resume them from there; `fromScratch` discards them first.
   */
  readonly checkpoints?: { readonly dir: string; readonly fromScratch?: boolean };
  /** Worker threads for keyed stages at parallelism > 1 (SET 'parallelism.default'); in process without. */
  readonly workers?: WorkerSource;
}

/** Checkpoint interval of INSERT jobs when the script does not SET 'execution.checkpointing.interval'. */
export const DEFAULT_CHECKPOINT_INTERVAL_MS = 2000;

export interface ScriptResult {
  readonly statements: number;
  readonly failed?: StatementError;
}

class ScriptRunner {
  readonly settings: JobSettings;
  readonly session: CatalogSession;
  private lastCreated: CatalogObject | undefined;
  private lastFields: StatementAnalysisWithEffects['fields'];
  private pendingSet: { location: string; plans: LogicalPlan[] } | null = null;
  /** 1-based index of the statement being run (names its checkpoint folder). */
  statementIndex = 0;

  constructor(
    private readonly text: string,
    private readonly o: ScriptRunOptions,
  ) {
    this.settings = new JobSettings(o.mode ?? 'streaming');
    const m = o.catalog;
    const defaultDatabaseOf = (c: string) => m.view().catalogs.get(c)?.info.defaultDatabase;
    this.session = catalogSession(m, initialContext(parseDirective(text).values, {}, defaultDatabaseOf), () => ({ created: this.lastCreated, fields: this.lastFields }));
  }

  private analyze(stmt: Statement, location: string): StatementAnalysisWithEffects {
    const r = analyzeStatement(stmt, { catalog: this.o.catalog, current: this.session.context, text: this.text, view: this.session.view() });
    const error = r.diagnostics.find((d: Diagnostic) => d.severity === 'error');
    if (error) throw new StatementError(`${this.o.file}:${error.range.start.line + 1}`, error.message);
    this.lastCreated = r.created;
    this.lastFields = r.fields;
    void location;
    return r;
  }

  private plan(logical: LogicalPlan): PhysicalPlan {
    return planPhysical(logical, this.settings.plannerOptions());
  }

  private explain(location: string, plans: readonly LogicalPlan[]): void {
    for (const p of plans) this.o.output.text(explainText(location, p, this.plan(p)));
  }

  private runOptions(location: string) {
    return {
      location,
      snapshot: this.settings.runtimeMode === 'batch',
      ...(this.o.stateDir !== undefined ? { stateDir: this.o.stateDir } : {}),
      ...(this.o.timeoutMs !== undefined ? { timeoutMs: this.o.timeoutMs } : {}),
      ...(this.o.maxRows !== undefined ? { maxRows: this.o.maxRows } : {}),
      ...(this.o.signal ? { signal: this.o.signal } : {}),
      rescale: new RescaleRequests(this.settings.parallelism),
      ...(this.o.workers !== undefined ? { workers: this.o.workers } : {}),
    };
  }

  private async query(location: string, plan: LogicalPlan): Promise<void> {
    if (this.o.explainOnly) return this.explain(location, [plan]);
    if (plan.kind === 'sink') return this.inserts(location, [plan]);
    await runQueryPlan(this.plan(plan), this.o.output, this.runOptions(location));
  }

  private async inserts(location: string, plans: readonly LogicalPlan[]): Promise<void> {
    if (this.o.explainOnly) return this.explain(location, plans);
    const physical = plans.map((p) => this.plan(p));
    const cps = this.o.checkpoints;
    const interval = this.settings.checkpointIntervalMs(DEFAULT_CHECKPOINT_INTERVAL_MS);
    const checkpoint =
      cps && interval !== undefined
        ? {
            checkpoint: {
              dir: join(cps.dir, `statement-${this.statementIndex}`),
              intervalMs: interval,
              ...(cps.fromScratch ? { fromScratch: true } : {}),
              log: (m: string) => this.o.output.message(`[INFO] ${location}: ${m}`),
            },
          }
        : {};
    const { written, reason } = await runInsertPlans(physical, { ...this.runOptions(location), ...checkpoint });
    const parts = [...written].map(([t, n]) => `${t}: ${n} row${n === 1 ? '' : 's'}`);
    this.o.output.message(`[INFO] INSERT ${reason === 'end' ? 'finished' : `stopped (${reason})`}: ${parts.join(', ')}`);
  }

  private planOf(r: StatementAnalysisWithEffects, what: string): LogicalPlan {
    if (!r.plan) {
      const why = [...(r.unsupported ?? []), ...r.diagnostics.map((d) => d.message)];
      throw new Error(`${what} uses a feature the engine does not run yet${why.length > 0 ? `: ${why.join('; ')}` : ''}`);
    }
    return r.plan;
  }

  async run(stmt: Statement, location: string): Promise<void> {
    const out = this.o.output;
    if (this.pendingSet && stmt.kind !== 'insert' && stmt.kind !== 'endStatementSet') {
      throw new Error('only INSERT statements can appear inside a statement set');
    }
    switch (stmt.kind) {
      case 'set':
        if (!stmt.property) {
          out.table(['key', 'value'], [...this.settings.values].map(([k, v]) => [k, v]));
          return;
        }
        this.settings.set(stmt.property.key, stmt.property.value);
        out.message(`[INFO] Execute statement succeeded.`);
        return;
      case 'reset':
        this.settings.reset(stmt.key);
        out.message(`[INFO] Execute statement succeeded.`);
        return;
      case 'beginStatementSet':
        this.pendingSet = { location, plans: [] };
        return;
      case 'endStatementSet': {
        const set = this.pendingSet;
        if (!set) throw new Error('END without BEGIN STATEMENT SET');
        this.pendingSet = null;
        await this.inserts(set.location, set.plans);
        return;
      }
      case 'insert': {
        const plan = this.planOf(this.analyze(stmt, location), 'the INSERT');
        if (this.pendingSet) this.pendingSet.plans.push(plan);
        else await this.inserts(location, [plan]);
        return;
      }
      case 'statementSet':
        await this.inserts(location, stmt.inserts.map((i) => this.planOf(this.analyze(i, location), 'the INSERT')));
        return;
      case 'execute':
        return this.run(stmt.target, location);
      case 'queryStatement':
        await this.query(location, this.planOf(this.analyze(stmt, location), 'the query'));
        return;
      case 'explain': {
        const target = stmt.target.kind === 'execute' ? stmt.target.target : stmt.target;
        const plans =
          target.kind === 'statementSet'
            ? target.inserts.map((i) => this.planOf(this.analyze(i, location), 'the INSERT'))
            : [this.planOf(this.analyze(target, location), 'the statement')];
        this.explain(location, plans);
        return;
      }
      default: {
        const r = this.analyze(stmt, location);
        const result = await this.session.execute(stmt, this.text);
        if (result === undefined) throw new Error(`${stmt.kind} statements are not supported by the engine yet`);
        if (result.kind === 'done') out.message(`[INFO] ${result.message}`);
        else out.table(result.columns, result.rows);
        // CREATE TABLE ... AS query: the table exists now; fill it.
        if (stmt.kind === 'createTable' && stmt.asQuery && r.plan) {
          const plan = r.plan.kind === 'sink' ? r.plan : sinkInto(this.session, stmt.name.parts.map((p) => p.value), r.plan);
          await this.inserts(location, [plan]);
        }
      }
    }
  }


  get openStatementSet(): string | undefined {
    return this.pendingSet?.location;
  }
}

/** What `tideline explain` prints for one plan. */
export function explainText(location: string, logical: LogicalPlan, physical: PhysicalPlan): string {
  const delivery = describeDelivery(physical);
  return `== ${location} ==\n== Logical Plan ==\n${printPlan(logical)}\n\n== Physical Plan ==\n${printPhysicalPlan(physical)}\n${delivery ? `\n== Delivery ==\n${delivery}\n` : ''}`;
}

/**
 * A catalog session whose DDL takes computed columns' types and a query's columns (views,
 * CREATE TABLE AS) from the analysis of the statement being executed.
 */
export function catalogSession(
  manager: CatalogManager,
  context: CurrentContext,
  analysis: () => { readonly created?: CatalogObject | undefined; readonly fields?: StatementAnalysisWithEffects['fields'] },
): CatalogSession {
  return new CatalogSession(manager, context, {
    typeOfComputed: (col) => {
      const t = analysis().created;
      return t?.kind === 'table' ? t.columns.find((c) => c.name === col.name.value)?.type : undefined;
    },
    queryColumns: () => analysis().fields?.map((f) => ({ kind: 'physical' as const, name: f.name, type: f.type })),
  });
}

/** CREATE TABLE ... AS query: the query written into the table just created. */
export function sinkInto(session: CatalogSession, name: readonly string[], input: LogicalPlan): SinkNode {
  const path = session.qualify(name);
  const resolved = session.resolveTable(name);
  const table = resolved.ok && resolved.value.object.kind === 'table' ? resolved.value.object : undefined;
  if (!table) throw new Error(`table ${name.join('.')} was not created`);
  return { kind: 'sink', input, path, table, columns: input.fields.map((_, i) => i), overwrite: false, fields: input.fields };
}

export async function runScript(text: string, options: ScriptRunOptions): Promise<ScriptResult> {
  const script = parseScript(text);
  const runner = new ScriptRunner(text, options);
  let count = 0;
  for (const [i, s] of script.statements.entries()) {
    const index = i + 1;
    const location = `${options.file}:${lineAt(text, s.start)}`;
    const syntax = s.diagnostics.find((d) => d.severity === 'error');
    if (syntax || !s.statement) {
      const line = syntax ? syntax.range.start.line + 1 : lineAt(text, s.start);
      return { statements: count, failed: new StatementError(`${options.file}:${line}`, syntax?.message ?? 'the statement could not be parsed') };
    }
    if (options.signal?.stopped) break;
    try {
      runner.statementIndex = index;
      await runner.run(s.statement, location);
      count++;
    } catch (e) {
      const failed = e instanceof StatementError ? e : new StatementError(location, e instanceof Error ? e.message : String(e));
      return { statements: count, failed };
    }
  }
  const open = runner.openStatementSet;
  if (open) return { statements: count, failed: new StatementError(open, 'BEGIN STATEMENT SET without END') };
  return { statements: count };
}
