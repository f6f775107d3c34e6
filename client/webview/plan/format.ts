/** How the plan view writes values: keys, watermarks and counts as short text. */

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
