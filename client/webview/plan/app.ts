/**
 * The plan view: a heading (the statement or the SQL's first line, and while a statement runs
 * its phase, parallelism, rows, rate and source lag, and the autoscaler's last decision), the hints in plain words when the statement produces nothing, the
 * operator graph (graph-view.ts) with live figures, and the EXPLAIN text. Keeps what it shows in
 * the webview state so hiding and showing the panel restores it. Never throws on a message.
 */
import { el } from '../dom';
import { formatCount, formatWatermark } from './format';
import { drawGraph } from './graph-view';
import { isHostToPlan, type ErrorMessage, type HostToPlan, type MetricsMessage, type OperatorFigures, type PlanMessage, type PlanState, type PlanToHost } from './protocol';

export interface PlanHost {
  post(message: PlanToHost): void;
  loadState(): PlanState | null;
  saveState(state: PlanState): void;
}

/** `RUNNING · parallelism 2 · 34 rows · 12/s · lag 1,234`. */
function statusText(m: MetricsMessage): string {
  const parts = [String(m.phase)];
  if (typeof m.parallelism === 'number') parts.push(`parallelism ${formatCount(m.parallelism)}`);
  parts.push(`${formatCount(m.rows)} rows`, `${formatCount(Math.round(m.ratePerSecond ?? 0))}/s`);
  if (typeof m.backlog === 'number') parts.push(`lag ${formatCount(m.backlog)}`);
  return parts.join(' · ');
}

export class PlanApp {
  private plan: PlanMessage | ErrorMessage | null = null;
  private metrics: MetricsMessage | null = null;
  private readonly title = el('h1', 'plan-title');
  private readonly status = el('span', 'plan-status');
  private readonly scaling = el('p', 'plan-scaling');
  private readonly hints = el('section', 'hints');
  private readonly hintList = el('ul', 'hint-list');
  private readonly error = el('p', 'plan-error');
  private readonly graph = el('div', 'graph-wrap');
  private readonly text = el('pre', 'plan-text');
  private readonly textBox = el('details', 'plan-text-box');
  private readonly empty = el('p', 'empty-note');

  constructor(
    root: HTMLElement,
    private readonly host: PlanHost,
  ) {
    const app = el('div', 'plan-app');
    const header = el('header', 'plan-header');
    header.append(this.title, this.status);
    const hintHeading = el('h2', 'hints-heading');
    hintHeading.textContent = 'Why there is no output yet';
    this.hints.append(hintHeading, this.hintList);
    const summary = el('summary', 'plan-text-summary');
    summary.textContent = 'EXPLAIN';
    this.textBox.append(summary, this.text);
    this.empty.textContent = 'No plan yet. Use “Show Plan” on a statement.';
    app.append(header, this.scaling, this.error, this.hints, this.empty, this.graph, this.textBox);
    root.replaceChildren(app);

    window.addEventListener('message', (e: MessageEvent) => this.receive(e.data));
    const saved = host.loadState();
    if (saved && saved.version === 1) {
      this.plan = saved.plan;
      this.metrics = saved.metrics;
    }
    this.render();
    host.post({ type: 'ready' });
  }

  private receive(data: unknown): void {
    if (!isHostToPlan(data)) return;
    try {
      this.handle(data);
    } catch (err) {
      console.error('[tideline plan] cannot show a message', err);
    }
  }

  private handle(m: HostToPlan): void {
    switch (m.type) {
      case 'plan':
      case 'error':
        this.plan = m;
        this.metrics = null;
        break;
      case 'metrics':
        if (this.plan?.type !== 'plan' || this.plan.statement !== m.statement) return;
        this.metrics = m;
        break;
    }
    this.host.saveState({ version: 1, plan: this.plan, metrics: this.metrics });
    this.render();
  }

  private render(): void {
    const plan = this.plan;
    this.empty.hidden = plan !== null;
    this.error.hidden = plan?.type !== 'error';
    this.title.textContent = plan?.title ?? 'Plan';
    if (plan?.type === 'error') {
      this.error.textContent = plan.message;
      this.graph.replaceChildren();
      this.text.textContent = '';
    }
    this.textBox.hidden = plan?.type !== 'plan';
    const m = this.metrics;
    this.status.textContent = m ? statusText(m) : '';
    const decision = m?.scaling;
    this.scaling.hidden = !decision || typeof decision.reason !== 'string';
    this.scaling.textContent = decision && typeof decision.reason === 'string' ? `Autoscaler: ${decision.reason} (parallelism ${formatCount(decision.parallelism)}, ${formatWatermark(decision.at)} UTC)` : '';
    this.status.dataset.phase = m?.phase ?? '';
    const hints = Array.isArray(m?.hints) ? m.hints.filter((h): h is string => typeof h === 'string') : [];
    this.hints.hidden = hints.length === 0;
    this.hintList.replaceChildren(
      ...hints.map((h) => {
        const li = el('li', 'hint');
        li.textContent = h;
        return li;
      }),
    );
    if (plan?.type !== 'plan') return;
    const graph = plan.graph && Array.isArray(plan.graph.nodes) && Array.isArray(plan.graph.edges) ? plan.graph : { nodes: [], edges: [] };
    const figures = new Map<string, OperatorFigures>((Array.isArray(m?.operators) ? m.operators : []).map((o) => [String(o.id), o]));
    drawGraph(this.graph, graph, figures, plan.statement !== undefined);
    this.text.textContent = typeof plan.text === 'string' ? plan.text : '';
  }
}
