/**
 * The difference between Flink's and Tideline's results for one case, as plain JSON so that
 * known-differences.json can record it and the test can check it is still exactly that.
 * `undefined` means the results agree.
 */
import type { DifferentialCase } from './cases';
import { changeText, type Change, materialize } from './changelog';
import type { EngineResult } from './tideline-run';

export type Difference =
  | { readonly kind: 'tideline-error'; readonly error: string }
  | { readonly kind: 'flink-error'; readonly error: string }
  | { readonly kind: 'columns'; readonly flink: readonly string[]; readonly tideline: readonly string[] }
  | { readonly kind: 'rows'; readonly onlyFlink: readonly string[]; readonly onlyTideline: readonly string[]; readonly unmatchedRetractions?: readonly string[] }
  | { readonly kind: 'changelog'; readonly flink: readonly string[]; readonly tideline: readonly string[] };

/** Rows only in `a` (as a multiset difference). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

export function compareResults(flink: EngineResult, tideline: EngineResult, c: Pick<DifferentialCase, 'compare' | 'upsertKey'>, scrub: (s: string) => string): Difference | undefined {
  if ('error' in flink) return { kind: 'flink-error', error: scrub(flink.error).trim().split('\n').pop()!.slice(0, 400) };
  if ('error' in tideline) return { kind: 'tideline-error', error: scrub(tideline.error).slice(0, 400) };
  if (JSON.stringify(flink.columns) !== JSON.stringify(tideline.columns)) return { kind: 'columns', flink: flink.columns, tideline: tideline.columns };
  const f = materialize(flink.changes, c.upsertKey);
  const t = materialize(tideline.changes, c.upsertKey);
  const onlyFlink = minus(f.rows, t.rows);
  const onlyTideline = minus(t.rows, f.rows);
  if (onlyFlink.length > 0 || onlyTideline.length > 0 || t.unmatchedRetractions.length > 0) {
    return { kind: 'rows', onlyFlink, onlyTideline, ...(t.unmatchedRetractions.length > 0 ? { unmatchedRetractions: t.unmatchedRetractions } : {}) };
  }
  if (c.compare === 'exact') {
    const fl = flink.changes.map(changeText);
    const tl = tideline.changes.map((c: Change) => changeText(c));
    if (JSON.stringify(fl) !== JSON.stringify(tl)) return { kind: 'changelog', flink: fl, tideline: tl };
  }
  return undefined;
}
