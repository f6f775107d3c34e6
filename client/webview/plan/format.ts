/** How the plan view writes values: keys, watermarks, counts, splits and parallelism as short text. */
import type { OperatorFigures } from './protocol';

const count = new Intl.NumberFormat('en-US');

export function formatCount(n: number | null | undefined): string {
  return typeof n === 'number' && Number.isFinite(n) ? count.format(n) : '—';
}

/** Keys arrive as names or indexes, as an array or a string. */
export function formatKeys(keys: unknown): string {
  if (keys === undefined || keys === null) return '';
  if (Array.isArray(keys)) return keys.map((k) => String(k)).join(', ');
  return String(keys);
}

/** A node's watermark is its strategy (text); an operator's is a time (epoch ms). */
export function formatWatermark(w: unknown): string {
  if (w === undefined || w === null) return '';
  if (typeof w === 'number') {
    if (!Number.isFinite(w) || w <= -8.64e15 || w >= 8.64e15) return 'none yet';
    return new Date(w).toISOString().replace('T', ' ').replace('Z', '');
  }
  return typeof w === 'string' ? w : JSON.stringify(w);
}

/** Cuts text to `max` characters with an ellipsis (the full text goes in a tooltip). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export type ChangelogKind = 'insert' | 'retract' | 'upsert' | 'other';

/** The kind of a changelog mode as the engine prints it (`I`, `I,UB,UA`, `I,UB,UA,D`, `I,UA,D`). */
export function changelogKind(mode: string): ChangelogKind {
  const kinds = new Set(String(mode).split(',').map((k) => k.trim()));
  if (kinds.has('UB')) return 'retract';
  if (kinds.has('UA') || kinds.has('D')) return 'upsert';
  return kinds.size === 1 && kinds.has('I') ? 'insert' : 'other';
}

/** `insert-only`, `retract (I,UB,UA,D)`, `upsert (I,UA,D)`. */
export function formatChangelogMode(mode: string): string {
  const kind = changelogKind(mode);
  if (kind === 'insert') return 'insert-only';
  return kind === 'other' ? String(mode) : `${kind} (${mode})`;
}

/** The splits a source reads, whatever came over the wire (malformed entries left out). */
function splitsOf(f: OperatorFigures | undefined): NonNullable<OperatorFigures['splitReaders']> {
  const all = f?.splitReaders;
  return Array.isArray(all) ? all.filter((r) => typeof r === 'object' && r !== null) : [];
}

/** `4 partitions · lag 1,234` of a source (`splits` when they are not Kafka partitions); '' when it has none. */
export function formatSplits(f: OperatorFigures | undefined): string {
  const splits = splitsOf(f);
  if (splits.length === 0) return '';
  const partitions = splits.every((r) => /^partition-\d+$/.test(String(r.split)));
  const noun = partitions ? (splits.length === 1 ? 'partition' : 'partitions') : splits.length === 1 ? 'split' : 'splits';
  const lag = typeof f?.backlog === 'number' ? ` · lag ${formatCount(f.backlog)}` : '';
  return `${formatCount(splits.length)} ${noun}${lag}`;
}

/** One line per split: `partition-0 · subtask 0 · wm 2026-01-02 03:04:05.000 · lag 12`. */
export function splitDetails(f: OperatorFigures | undefined): string[] {
  return splitsOf(f).map((r) => {
    const wm = typeof r.watermark === 'number' ? formatWatermark(r.watermark) : 'none yet';
    const lag = r.ended ? 'ended' : typeof r.backlog === 'number' ? `lag ${formatCount(r.backlog)}` : 'lag —';
    return `${String(r.split)} · subtask ${formatCount(r.subtask)} · wm ${wm} · ${lag}`;
  });
}

/** `parallelism 2 · 2 worker threads` (or `· in process`) of a keyed stage; '' for other operators. */
export function formatParallelism(f: OperatorFigures | undefined): string {
  if (typeof f?.parallelism !== 'number') return '';
  const threads = typeof f.workerThreads === 'number' ? f.workerThreads : 0;
  const where = threads > 0 ? `${formatCount(threads)} worker thread${threads === 1 ? '' : 's'}` : 'in process';
  return `parallelism ${formatCount(f.parallelism)} · ${where}`;
}
