/**
 * How a statement looks in a tree (the Statements view, and under its pool in the Compute pools
 * view): a phase icon in the phase's colour, the pool with (while running) parallelism, CFU,
 * rows, rate and source lag as description, and a markdown tooltip with who, when, metrics, the
 * autoscaler's last decision (reason, parallelism, time), the source lag, the reason and the
 * hints, all as escaped text.
 */
import * as vscode from 'vscode';
import type { StatementPhase, StatementView } from './engine-types';

const PHASE_ICONS: Record<StatementPhase, vscode.ThemeIcon> = {
  RUNNING: new vscode.ThemeIcon('sync~spin', new vscode.ThemeColor('charts.green')),
  DEGRADED: new vscode.ThemeIcon('warning', new vscode.ThemeColor('charts.yellow')),
  PENDING: new vscode.ThemeIcon('clock', new vscode.ThemeColor('charts.yellow')),
  STOPPING: new vscode.ThemeIcon('debug-stop', new vscode.ThemeColor('charts.orange')),
  STOPPED: new vscode.ThemeIcon('debug-stop', new vscode.ThemeColor('disabledForeground')),
  COMPLETED: new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.blue')),
  FAILED: new vscode.ThemeIcon('error', new vscode.ThemeColor('charts.red')),
};

export function phaseIcon(phase: StatementPhase): vscode.ThemeIcon {
  return PHASE_ICONS[phase] ?? new vscode.ThemeIcon('circle-outline');
}

const count = new Intl.NumberFormat('en-US');

export function formatRate(perSecond: number): string {
  return perSecond >= 100 ? `${count.format(Math.round(perSecond))}/s` : `${perSecond.toFixed(1)}/s`;
}

export function formatTime(ms: number | null | undefined): string {
  if (ms === undefined || ms === null || !Number.isFinite(ms)) return '—';
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function running(s: StatementView): boolean {
  return s.phase === 'RUNNING' || s.phase === 'DEGRADED';
}

/**
 * How many subtasks a running statement runs now: its keyed stages' parallelism when it has
 * some, else one per slot it holds (at least one: scaled to zero, one subtask still polls).
 */
export function parallelismOf(s: StatementView): number | undefined {
  if (!running(s)) return undefined;
  const keyed = s.metrics?.operators?.find((o) => typeof o.parallelism === 'number');
  if (keyed?.parallelism !== undefined) return keyed.parallelism;
  return s.cfu !== undefined ? Math.max(1, s.cfu) : undefined;
}

/** `parallelism 2 (2 CFU)` of a running statement. */
export function formatParallelism(s: StatementView): string | undefined {
  const p = parallelismOf(s);
  if (p === undefined) return undefined;
  return s.cfu !== undefined ? `parallelism ${p} (${s.cfu} CFU)` : `parallelism ${p}`;
}

/** The records its sources have not read yet (Kafka: consumer lag), when they can tell. */
export function lagOf(s: StatementView): number | undefined {
  const b = s.metrics?.backlog;
  return running(s) && typeof b === 'number' && Number.isFinite(b) ? b : undefined;
}

/** The one-line description: pool, and while running parallelism, rows, rate and the source lag. */
export function statementDescription(s: StatementView): string {
  const parts = [s.phase.toLowerCase(), s.pool];
  const parallelism = formatParallelism(s);
  if (parallelism) parts.push(parallelism);
  const m = s.metrics;
  if (m) {
    parts.push(`${count.format(m.rows)} rows`);
    if (running(s)) parts.push(formatRate(m.ratePerSecond));
  }
  const lag = lagOf(s);
  if (lag !== undefined) parts.push(`lag ${count.format(lag)}`);
  return parts.join(' · ');
}

/** Escapes text for a MarkdownString so names and SQL are shown, never interpreted. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`);
}

export function statementTooltip(s: StatementView): vscode.MarkdownString {
  const lines: string[] = [`**${md(s.name)}** — ${md(s.phase)}`, ''];
  const row = (label: string, value: string): void => void lines.push(`${label}: ${md(value)}  `);
  row('Pool', s.pool);
  row('Principal', s.principal);
  if (s.cfu !== undefined) row('CFU', String(s.cfu));
  const p = parallelismOf(s);
  if (p !== undefined) row('Parallelism', String(p));
  if (s.scaling && running(s)) {
    row('Autoscaler', `${s.scaling.reason} (parallelism ${s.scaling.parallelism}, at ${formatTime(s.scaling.at)})`);
  }
  row('Created', formatTime(s.createdAt));
  if (s.startedAt !== undefined) row('Started', formatTime(s.startedAt));
  if (s.endedAt !== undefined) row('Ended', formatTime(s.endedAt));
  const m = s.metrics;
  if (m) {
    row('Rows', count.format(m.rows));
    row('Rate', formatRate(m.ratePerSecond));
    if (m.lateRows) row('Late rows dropped', count.format(m.lateRows));
    if (m.watermark !== undefined && m.watermark !== null) row('Watermark', formatTime(m.watermark));
  }
  const lag = lagOf(s);
  if (lag !== undefined) row('Source lag', `${count.format(lag)} records not read yet`);
  if (s.reason) row('Reason', s.reason);
  for (const hint of m?.hints ?? []) lines.push(`- ${md(hint)}`);
  lines.push('', '```sql', s.sql.slice(0, 2000).replace(/```/g, '`\u200b``'), '```');
  const tip = new vscode.MarkdownString(lines.join('\n'));
  tip.isTrusted = false;
  tip.supportHtml = false;
  return tip;
}

/** Tree item of a statement; `contextValue` is `statement-active` while it may be stopped, `statement-stopping` while it stops, else `statement` (may be deleted). */
export function statementItem(s: StatementView): vscode.TreeItem {
  const item = new vscode.TreeItem(s.name, vscode.TreeItemCollapsibleState.None);
  item.id = `statement:${s.name}`;
  item.iconPath = phaseIcon(s.phase);
  item.description = statementDescription(s);
  item.tooltip = statementTooltip(s);
  const active = s.phase === 'PENDING' || s.phase === 'RUNNING' || s.phase === 'DEGRADED';
  item.contextValue = active ? 'statement-active' : s.phase === 'STOPPING' ? 'statement-stopping' : 'statement';
  return item;
}
