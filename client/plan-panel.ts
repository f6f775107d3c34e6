/**
 * The plan view's extension side (`tideline.showPlan`): one webview panel (strict CSP with a
 * fresh nonce, scripts and styles only from dist/webview) showing the operator graph of
 *   - an EXPLAIN already made (`{ title?, text, graph }`, from the editor's Explain),
 *   - SQL to explain (`{ sql, context? }` -> `statements/explain`),
 *   - a submitted statement (its name, or a tree element `{ name }`): its SQL explained in its
 *     context, then its metrics from `statements/get` every second while it is active,
 *   - nothing: the statement at the cursor, through the editor's `tideline.explainStatement`.
 * The panel gets the latest plan and metrics again whenever its page (re)loads.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { EngineHost } from './engine-host';
import { guarded, nameArg } from './views/command-args';
import { ACTIVE_PHASES, type StatementView } from './views/engine-types';
import { lagOf, parallelismOf } from './views/statement-item';
import { webviewPageHtml } from './webview/page';
import type { ErrorMessage, HostToPlan, MetricsMessage, PlanGraph, PlanMessage, PlanToHost } from './webview/plan/protocol';

export const PLAN_VIEW_TYPE = 'tideline.plan';
const METRICS_INTERVAL_MS = 1000;

interface Explained {
  readonly text: string;
  readonly graph: PlanGraph;
}

function firstLine(sql: string): string {
  const line = sql.trim().split(/\r?\n/)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function metricsOf(s: StatementView): MetricsMessage {
  const m = s.metrics;
  const parallelism = parallelismOf(s);
  const lag = lagOf(s);
  return {
    type: 'metrics',
    statement: s.name,
    phase: s.phase,
    ...(m ? { rows: m.rows, ratePerSecond: m.ratePerSecond } : {}),
    ...(parallelism !== undefined ? { parallelism } : {}),
    ...(lag !== undefined ? { backlog: lag } : {}),
    ...(s.scaling && parallelism !== undefined ? { scaling: s.scaling } : {}),
    operators: m?.operators ?? [],
    hints: m?.hints ?? [],
  };
}

export class PlanPanelHost implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private plan: PlanMessage | ErrorMessage | undefined;
  private metrics: MetricsMessage | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Bumped by every show; an older show's answers and polls are dropped. */
  private generation = 0;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly engine: EngineHost,
  ) {}

  /** `tideline.showPlan`'s argument, see the file comment. */
  async show(arg?: unknown): Promise<void> {
    const generation = ++this.generation;
    this.stopPolling();
    const a = (typeof arg === 'object' && arg !== null ? arg : {}) as { title?: unknown; text?: unknown; graph?: unknown; sql?: unknown; context?: unknown };
    if (typeof a.text === 'string' && typeof a.graph === 'object' && a.graph !== null) {
      this.setPlan({ type: 'plan', title: typeof a.title === 'string' ? a.title : 'Plan', text: a.text, graph: a.graph as PlanGraph });
      return;
    }
    if (typeof a.sql === 'string') {
      const title = typeof a.title === 'string' ? a.title : firstLine(a.sql);
      await this.explain(generation, title, a.sql, typeof a.context === 'object' && a.context !== null ? a.context : undefined);
      return;
    }
    const name = nameArg(arg);
    if (name) {
      await this.showStatement(generation, name);
      return;
    }
    if (vscode.window.activeTextEditor?.document.languageId === 'flinksql') {
      await vscode.commands.executeCommand('tideline.explainStatement');
      return;
    }
    void vscode.window.showInformationMessage('Tideline: open a Flink SQL file, or pick a statement in the Statements view, to see its plan.');
  }

  dispose(): void {
    this.stopPolling();
    this.panel?.dispose();
  }

  private async showStatement(generation: number, name: string): Promise<void> {
    const s = await this.engine.request<StatementView>('statements/get', { name });
    const c = s.context ?? {};
    const context = {
      ...(c.catalog !== undefined ? { catalog: c.catalog } : {}),
      ...(c.database !== undefined ? { database: c.database } : {}),
      ...(c.file !== undefined ? { file: c.file } : {}),
      ...(c.line !== undefined ? { line: c.line } : {}),
    };
    if (!(await this.explain(generation, s.name, s.sql, context, s.name))) return;
    this.setMetrics(metricsOf(s));
    if (!ACTIVE_PHASES.has(s.phase)) return;
    this.timer = setInterval(() => void this.poll(generation, name), METRICS_INTERVAL_MS);
  }

  private async poll(generation: number, name: string): Promise<void> {
    try {
      const s = await this.engine.request<StatementView>('statements/get', { name });
      if (generation !== this.generation) return;
      this.setMetrics(metricsOf(s));
      if (!ACTIVE_PHASES.has(s.phase)) this.stopPolling();
    } catch {
      // The host restarts or the statement was deleted: the last figures stay.
      if (generation === this.generation) this.stopPolling();
    }
  }

  private async explain(generation: number, title: string, sql: string, context: object | undefined, statement?: string): Promise<boolean> {
    let result: Explained;
    try {
      result = await this.engine.request<Explained>('statements/explain', { sql, ...(context ? { context } : {}) });
    } catch (err) {
      if (generation === this.generation) this.setPlan({ type: 'error', title, message: err instanceof Error ? err.message : String(err) });
      return false;
    }
    if (generation !== this.generation) return false;
    this.setPlan({ type: 'plan', title, text: result.text, graph: result.graph, ...(statement ? { statement } : {}) });
    return true;
  }

  private setPlan(plan: PlanMessage | ErrorMessage): void {
    this.plan = plan;
    this.metrics = undefined;
    this.reveal();
    if (this.panel) this.panel.title = `Plan: ${plan.title.length > 40 ? `${plan.title.slice(0, 39)}…` : plan.title}`;
    this.post(plan);
  }

  private setMetrics(metrics: MetricsMessage): void {
    this.metrics = metrics;
    this.post(metrics);
  }

  private stopPolling(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private post(message: HostToPlan): void {
    void this.panel?.webview.postMessage(message);
  }

  private webviewRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
  }

  private reveal(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PLAN_VIEW_TYPE, 'Tideline Plan', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [this.webviewRoot()],
    });
    const webview = panel.webview;
    webview.html = webviewPageHtml({
      title: 'Tideline Plan',
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot(), 'plan.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot(), 'plan.css')).toString(),
    });
    const received = webview.onDidReceiveMessage((m: PlanToHost) => {
      // The page (re)loaded: hand it what it should show.
      if (m?.type !== 'ready') return;
      if (this.plan) this.post(this.plan);
      if (this.metrics) this.post(this.metrics);
    });
    panel.onDidDispose(() => {
      received.dispose();
      if (this.panel === panel) {
        this.panel = undefined;
        this.stopPolling();
      }
    });
    this.panel = panel;
  }
}

export function registerPlanView(context: vscode.ExtensionContext, engine: EngineHost): vscode.Disposable {
  const host = new PlanPanelHost(context, engine);
  return vscode.Disposable.from(host, vscode.commands.registerCommand('tideline.showPlan', guarded('Show plan', (arg) => host.show(arg))));
}
