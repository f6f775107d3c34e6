/**
 * The text of the inline preview after a statement the editor ran: phase, rows (written, for an
 * INSERT), rate, the sources' lag while running (when known), late rows and the latest row's values formatted by the results panel's own
 * formatter (client/webview/results/format.ts), truncated.
 */
import { formatValue, valueKind } from '../webview/results/format';
import type { Run } from './statement-runs';

const MAX_VALUE_CHARS = 24;
const MAX_PREVIEW_CHARS = 120;

const ICON: Record<string, string> = {
  PENDING: '◌',
  RUNNING: '●',
  DEGRADED: '◐',
  STOPPING: '◍',
  COMPLETED: '✓',
  STOPPED: '■',
  FAILED: '✗',
};

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function cells(run: Run, row: readonly unknown[]): string[] {
  return row.map((v, i) => formatValue(v, valueKind(run.schema?.[i]?.type ?? '')));
}

/** The one-line preview, e.g. `● RUNNING · 1,204 rows · 52/s · lag 310 · 17 | u_3 | /cart` (an INSERT: `rows written`). */
export function previewText(run: Run): string {
  const m = run.view.metrics;
  const rows = run.schema ? run.received : (m?.rows ?? 0);
  const parts = [`${ICON[run.view.phase] ?? '•'} ${run.view.phase}`, `${rows.toLocaleString('en-US')} rows${run.view.kind === 'insert' ? ' written' : ''}`];
  if (m && isFinite(m.ratePerSecond) && run.view.phase === 'RUNNING') parts.push(`${Math.round(m.ratePerSecond).toLocaleString('en-US')}/s`);
  if (m && typeof m.backlog === 'number' && (run.view.phase === 'RUNNING' || run.view.phase === 'DEGRADED')) parts.push(`lag ${m.backlog.toLocaleString('en-US')}`);
  if (run.lateRows > 0) parts.push(`${run.lateRows.toLocaleString('en-US')} late`);
  const last = run.latest[run.latest.length - 1];
  if (last) parts.push(cells(run, last).map((c) => truncate(c, MAX_VALUE_CHARS)).join(' | '));
  else if (run.view.phase === 'PENDING' && run.view.reason) parts.push(run.view.reason);
  else if (run.view.phase === 'FAILED' && run.view.reason) parts.push(run.view.reason);
  return truncate(parts.join(' · '), MAX_PREVIEW_CHARS);
}
