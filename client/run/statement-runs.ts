/**
 * The statements the editor ran, and what they are doing: submits a statement with its file's
 * context, follows it through `statements/changed`, subscribes a query's results and feeds the
 * results panel (open, then batches, counters and status), keeps what the inline preview and
 * the lenses show (phase, rows, rate, latest rows), turns refusals and failures into
 * diagnostics, shows progress while submitting and while a statement waits for a slot, and
 * after an engine host restart reads each statement again and re-subscribes its results.
 */
import * as vscode from 'vscode';
import { ResponseError } from 'vscode-jsonrpc';
import { isContextStatement } from '../../engine/catalog/run-context';
import type { EngineHost } from '../engine-host';
import type { ResultsPanelHost } from '../results-panel';
import { ACTIVE_PHASES, errorText, type StatementPhase, type StatementView } from '../views/engine-types';
import type { Phase } from '../webview/results/protocol';
import { documentStatements, submitContextOf, type DocumentStatement } from './document-statements';
import type { EngineDiagnostics } from './engine-diagnostics';
import type { ResultsBatch, ResultsStatus, ResultsSubscription, SubmitDiagnostic } from './results-wire';

/** Rows the inline preview and its hover keep per statement. */
const LATEST_ROWS = 5;
/** Statement views seen for names not (yet) known, kept in case they arrive before the submit's answer. */
const EARLY_VIEWS = 50;

export interface Run {
  readonly name: string;
  readonly uri: string;
  readonly sql: string;
  /** Last known 0-based line of the statement's first character. */
  line: number;
  view: StatementView;
  /** Columns of a query's results (after `results/subscribe`). */
  schema?: readonly { readonly name: string; readonly type: string }[];
  /** Changelog rows received. */
  received: number;
  /** The latest inserted or updated rows, oldest first. */
  latest: (readonly unknown[])[];
  lateRows: number;
  /** The sources' lag (records not read yet) last sent to the results panel. */
  backlog?: number;
}

const PANEL_PHASE: Record<StatementPhase, Phase> = {
  PENDING: 'PENDING',
  RUNNING: 'RUNNING',
  DEGRADED: 'RUNNING',
  STOPPING: 'RUNNING',
  COMPLETED: 'FINISHED',
  STOPPED: 'STOPPED',
  FAILED: 'FAILED',
};

export function isActive(run: Run | undefined): boolean {
  return !!run && ACTIVE_PHASES.has(run.view.phase);
}

/** The first line of a statement, shortened, for titles and messages. */
export function statementTitle(sql: string): string {
  const first = sql.split(/\r?\n/)[0].trim();
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}

export class StatementRuns implements vscode.Disposable {
  private readonly runs = new Map<string, Run>();
  private readonly early = new Map<string, StatementView>();
  /** The statement whose results the panel shows. */
  private panelStatement: string | undefined;
  private wasReady = false;
  private hostWentAway = false;
  /** Fires with the run whose phase or results changed. */
  private readonly changeEmitter = new vscode.EventEmitter<Run>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly engine: EngineHost,
    private readonly panel: ResultsPanelHost,
    private readonly diagnostics: EngineDiagnostics,
  ) {
    this.subscriptions = [
      this.changeEmitter,
      engine.onNotification('statements/changed', (p) => this.onStatementChanged((p as { statement: StatementView }).statement)),
      engine.onNotification('results/batch', (p) => this.onBatch(p as ResultsBatch)),
      engine.onNotification('results/status', (p) => this.onStatus(p as ResultsStatus)),
      engine.onDidChangeState((state) => {
        if (state !== 'ready') {
          if (this.wasReady) this.hostWentAway = true;
          return;
        }
        this.wasReady = true;
        if (this.hostWentAway) {
          this.hostWentAway = false;
          void this.resync();
        }
      }),
    ];
  }

  get(name: string): Run | undefined {
    return this.runs.get(name);
  }

  /** The latest run of each statement of the document, by statement index. */
  runsOf(doc: vscode.TextDocument): Map<number, Run> {
    const out = new Map<number, Run>();
    const uri = doc.uri.toString();
    const statements = documentStatements(doc);
    const mine = [...this.runs.values()].filter((r) => r.uri === uri).sort((a, b) => a.view.createdAt - b.view.createdAt);
    for (const run of mine) {
      const s = this.locate(statements, run);
      if (s) out.set(s.index, run);
    }
    return out;
  }

  /** The latest run of a statement. */
  runOf(doc: vscode.TextDocument, statement: DocumentStatement): Run | undefined {
    return this.runsOf(doc).get(statement.index);
  }

  /** Where a run's statement is now: the statement with its SQL closest to where it was. */
  statementOf(doc: vscode.TextDocument, run: Run): DocumentStatement | undefined {
    return this.locate(documentStatements(doc), run);
  }

  /**
   * Submits a statement (with progress) and follows it. Resolves once it left PENDING (a DDL
   * or other quick statement: once it ended), with the run, or undefined when it was refused.
   */
  async run(doc: vscode.TextDocument, statement: DocumentStatement): Promise<Run | undefined> {
    this.diagnostics.clear(doc, statement);
    const title = statementTitle(statement.sql);
    if (isContextStatement(statement.sql)) {
      vscode.window.setStatusBarMessage(`Tideline: ${title} applies to the statements after it in this file (sent with each when it runs)`, 5000);
      return undefined;
    }
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Tideline: ${title}`, cancellable: true },
      async (progress, token) => {
        progress.report({ message: 'submitting…' });
        let view: StatementView;
        try {
          view = await this.engine.request<StatementView>('statements/submit', { sql: statement.sql, ...submitContextOf(doc, statement) });
        } catch (err) {
          this.refused(doc, statement, err);
          return undefined;
        }
        const run = this.track(doc, statement, view);
        if (run.view.kind === 'query' || run.view.kind === undefined) await this.subscribe(run, true);
        await this.followStart(run, progress, token);
        return run;
      },
    );
  }

  /** Stops a run; resolves with its view after the request (the phase follows by notification). */
  async stop(run: Run): Promise<void> {
    try {
      this.update(await this.engine.request<StatementView>('statements/stop', { name: run.name }));
    } catch (err) {
      void vscode.window.showErrorMessage(`Tideline could not stop ${run.name}: ${errorText(err)}`);
    }
  }

  /** Resolves when the run is no longer active (or the token is cancelled). */
  waitForEnd(run: Run, token?: vscode.CancellationToken): Promise<void> {
    return this.waitUntil(run, () => !isActive(run), token);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private locate(statements: readonly DocumentStatement[], run: Run): DocumentStatement | undefined {
    let best: DocumentStatement | undefined;
    for (const s of statements) {
      if (s.sql !== run.sql) continue;
      if (!best || Math.abs(s.range.start.line - run.line) < Math.abs(best.range.start.line - run.line)) best = s;
    }
    if (best) run.line = best.range.start.line;
    return best;
  }

  /**
   * Shows the results of any statement in the results panel (`tideline.openResults`, e.g. from
   * the Statements view): one not run from this editor is followed from now on like one that was.
   */
  async openResults(name: string): Promise<void> {
    let run = this.runs.get(name);
    if (!run) {
      const view = await this.engine.request<StatementView>('statements/get', { name });
      run = { name, uri: '', sql: view.sql, line: 0, view, received: 0, latest: [], lateRows: 0 };
      this.early.delete(name);
      this.runs.set(name, run);
    }
    await this.subscribe(run, true);
  }

  private track(doc: vscode.TextDocument, statement: DocumentStatement, view: StatementView): Run {
    const early = this.early.get(view.name);
    this.early.delete(view.name);
    const newer = early && (early.history?.length ?? 0) > (view.history?.length ?? 0) ? { ...view, ...early } : view;
    const run: Run = { name: view.name, uri: doc.uri.toString(), sql: statement.sql, line: statement.range.start.line, view: newer, received: 0, latest: [], lateRows: 0 };
    // An earlier run of the same statement in this file is replaced in the editor (it keeps running in the engine).
    for (const [name, r] of this.runs) if (r.uri === run.uri && r.sql === run.sql && !isActive(r)) this.runs.delete(name);
    this.runs.set(run.name, run);
    // It may have failed already (its statements/changed arrived before the submit's answer).
    if (run.view.phase === 'FAILED') this.failed(run);
    this.changeEmitter.fire(run);
    return run;
  }

  private refused(doc: vscode.TextDocument, statement: DocumentStatement, err: unknown): void {
    const message = errorText(err);
    const data = err instanceof ResponseError ? (err.data as { diagnostics?: SubmitDiagnostic[] } | undefined) : undefined;
    const diagnostics = Array.isArray(data?.diagnostics) ? data.diagnostics : [];
    this.diagnostics.setFromSubmit(doc, statement, diagnostics, message);
    void vscode.window.showErrorMessage(`Tideline did not run the statement: ${message}`);
  }

  /** Progress while the statement waits for a slot; quick statements until they end. */
  private async followStart(run: Run, progress: vscode.Progress<{ message?: string }>, token: vscode.CancellationToken): Promise<void> {
    const quick = run.view.kind === 'ddl' || run.view.kind === 'other';
    const describe = () =>
      run.view.phase === 'PENDING' ? `waiting in pool ${run.view.pool}${run.view.reason ? `: ${run.view.reason}` : '…'}` : `${run.view.phase.toLowerCase()}…`;
    progress.report({ message: describe() });
    const sub = this.onDidChange((r) => {
      if (r === run) progress.report({ message: describe() });
    });
    token.onCancellationRequested(() => void this.stop(run));
    try {
      await this.waitUntil(run, () => (quick ? !isActive(run) : run.view.phase !== 'PENDING'), token);
    } finally {
      sub.dispose();
    }
    const title = statementTitle(run.sql);
    if (run.view.phase === 'COMPLETED' && quick) vscode.window.setStatusBarMessage(`$(check) Tideline: ${title} — done`, 5000);
    if (run.view.phase === 'RUNNING' && run.view.kind === 'insert') vscode.window.setStatusBarMessage(`$(play) Tideline: ${title} — running as ${run.name}`, 5000);
  }

  private waitUntil(run: Run, done: () => boolean, token?: vscode.CancellationToken): Promise<void> {
    if (done() || token?.isCancellationRequested) return Promise.resolve();
    return new Promise((resolve) => {
      const subs: vscode.Disposable[] = [];
      const finish = () => {
        for (const s of subs) s.dispose();
        resolve();
      };
      subs.push(this.onDidChange((r) => r === run && done() && finish()));
      if (token) subs.push(token.onCancellationRequested(finish));
    });
  }

  private async subscribe(run: Run, openPanel: boolean): Promise<void> {
    let sub: ResultsSubscription;
    try {
      sub = await this.engine.request<ResultsSubscription>('results/subscribe', { name: run.name });
    } catch (err) {
      if (openPanel) void vscode.window.showWarningMessage(`Tideline could not show the results of ${run.name}: ${errorText(err)}`);
      return;
    }
    run.schema = sub.schema;
    run.received = sub.counts.inserts + sub.counts.updatesBefore + sub.counts.updatesAfter + sub.counts.deletes;
    run.latest = sub.tableRows.slice(-LATEST_ROWS);
    run.lateRows = sub.lateRows;
    if (openPanel || this.panelStatement === run.name) {
      this.panelStatement = run.name;
      // Brought to the front when asked for (another panel, e.g. the plan, may cover it).
      if (openPanel) this.panel.show();
      this.panel.post({ type: 'open', statementId: run.name, title: statementTitle(run.sql), schema: sub.schema, upsertKey: sub.upsertKey, startedAt: sub.startedAt });
      // The table so far (e.g. after a restart) arrives as inserts; what follows is the live changelog.
      if (sub.tableRows.length > 0) this.panel.post({ type: 'batch', statementId: run.name, batch: { kinds: sub.tableRows.map(() => 0), rows: sub.tableRows } });
      if (sub.lateRows > 0) this.panel.post({ type: 'counters', statementId: run.name, lateRows: sub.lateRows });
      run.backlog = undefined;
      this.postLag(run);
      if (sub.phase !== 'RUNNING') this.panel.post({ type: 'status', statementId: run.name, phase: PANEL_PHASE[sub.phase] ?? 'RUNNING', ...(sub.message ? { message: sub.message } : {}), ...(sub.endedAt ? { endedAt: sub.endedAt } : {}) });
    }
    this.changeEmitter.fire(run);
  }

  private onStatementChanged(view: StatementView | undefined): void {
    if (!view || typeof view.name !== 'string') return;
    if (!this.runs.has(view.name)) {
      this.early.set(view.name, view);
      if (this.early.size > EARLY_VIEWS) this.early.delete(this.early.keys().next().value!);
      return;
    }
    this.update(view);
  }

  private update(view: StatementView): void {
    const run = this.runs.get(view.name);
    if (!run) return;
    const before = run.view.phase;
    run.view = { ...run.view, ...view };
    if (run.view.phase === 'FAILED' && before !== 'FAILED') this.failed(run);
    this.postLag(run);
    this.changeEmitter.fire(run);
  }

  /** The results panel's status line shows the sources' lag while the engine measures one. */
  private postLag(run: Run): void {
    const backlog = run.view.metrics?.backlog;
    if (this.panelStatement !== run.name || typeof backlog !== 'number' || backlog === run.backlog || !isActive(run)) return;
    run.backlog = backlog;
    this.panel.post({ type: 'counters', statementId: run.name, lateRows: run.lateRows, backlog });
  }

  private failed(run: Run): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === run.uri);
    const statement = doc && this.statementOf(doc, run);
    const reason = run.view.reason ?? 'the statement failed';
    if (doc && statement) this.diagnostics.setFailed(doc, statement, reason);
    if (this.panelStatement === run.name) this.panel.post({ type: 'status', statementId: run.name, phase: 'FAILED', message: reason, ...(run.view.endedAt ? { endedAt: run.view.endedAt } : {}) });
  }

  private onBatch(batch: ResultsBatch): void {
    const run = this.runs.get(batch?.name);
    if (!run || !Array.isArray(batch.kinds) || !Array.isArray(batch.rows)) return;
    run.received += batch.kinds.length;
    for (let i = 0; i < batch.rows.length; i++) if (batch.kinds[i] === 0 || batch.kinds[i] === 2) run.latest.push(batch.rows[i]);
    if (run.latest.length > LATEST_ROWS) run.latest.splice(0, run.latest.length - LATEST_ROWS);
    const lateChanged = typeof batch.lateRows === 'number' && batch.lateRows !== run.lateRows;
    if (typeof batch.lateRows === 'number') run.lateRows = batch.lateRows;
    if (this.panelStatement === run.name) {
      this.panel.post({ type: 'batch', statementId: run.name, batch: { kinds: batch.kinds, rows: batch.rows } });
      if (lateChanged) this.panel.post({ type: 'counters', statementId: run.name, lateRows: run.lateRows });
    }
    this.changeEmitter.fire(run);
  }

  private onStatus(status: ResultsStatus): void {
    const run = this.runs.get(status?.name);
    if (!run) return;
    if (this.panelStatement === run.name) {
      this.panel.post({ type: 'status', statementId: run.name, phase: PANEL_PHASE[status.phase] ?? 'RUNNING', ...(status.message ? { message: status.message } : {}), ...(status.endedAt ? { endedAt: status.endedAt } : {}) });
    }
  }

  /** After an engine host restart: each statement read again, live queries re-subscribed. */
  private async resync(): Promise<void> {
    for (const run of [...this.runs.values()]) {
      if (!isActive(run)) continue;
      try {
        this.update(await this.engine.request<StatementView>('statements/get', { name: run.name }));
      } catch (err) {
        this.update({ ...run.view, phase: 'STOPPED', reason: `engine host restarted: ${errorText(err)}` });
        continue;
      }
      if (run.schema) await this.subscribe(run, false);
    }
  }
}
