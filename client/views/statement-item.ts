/**
 * How a statement looks in a tree (the Statements view, and under its pool in the Compute pools
 * view): a phase icon in the phase's colour, the pool with rows and rate as description, and a
 * markdown tooltip with who, when, metrics, the reason and the hints, all as escaped text.
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

/** The one-line description: pool, rows, rate (while running). */
export function statementDescription(s: StatementView): string {
  const parts = [s.phase.toLowerCase(), s.pool];
  const m = s.metrics;
  if (m) {
    parts.push(`${count.format(m.rows)} rows`);
    if (s.phase === 'RUNNING' || s.phase === 'DEGRADED') parts.push(formatRate(m.ratePerSecond));
  }
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
