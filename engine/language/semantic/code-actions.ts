/**
 * Quick fixes: every fix a diagnostic carries (did-you-mean replacements, adding a column to
 * GROUP BY, qualifying an ambiguous column, from the parser and the analyzer) as a code action
 * for the diagnostics that touch the requested range. A diagnostic with one fix marks it
 * preferred (applied by "auto fix").
 */
import type { Diagnostic, DiagnosticFix, Range } from '../../diagnostic';
import { comparePositions } from '../../diagnostic';

export interface LanguageCodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  readonly diagnostic: Diagnostic;
  readonly edits: readonly { readonly range: Range; readonly newText: string }[];
  readonly preferred: boolean;
}

function touches(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

export function quickFixes(diagnostics: readonly Diagnostic[], range: Range): LanguageCodeAction[] {
  const out: LanguageCodeAction[] = [];
  for (const d of diagnostics) {
    if (!d.fixes?.length || !touches(d.range, range)) continue;
    for (const f of d.fixes) {
      out.push({ title: f.title, kind: 'quickfix', diagnostic: d, edits: [{ range: f.range, newText: f.newText }], preferred: d.fixes.length === 1 });
    }
  }
  return out;
}

/** Fixes read back from untrusted data (an LSP diagnostic's `data`): only well-formed ones. */
export function fixesFromData(data: unknown): DiagnosticFix[] {
  const list = (data as { fixes?: unknown } | null | undefined)?.fixes;
  if (!Array.isArray(list)) return [];
  const isPos = (p: unknown): boolean => {
    const q = p as { line?: unknown; character?: unknown } | null;
    return !!q && Number.isInteger(q.line) && Number.isInteger(q.character);
  };
  return list.filter((f: unknown): f is DiagnosticFix => {
    const x = f as { title?: unknown; newText?: unknown; range?: { start?: unknown; end?: unknown } } | null;
    return !!x && typeof x.title === 'string' && typeof x.newText === 'string' && !!x.range && isPos(x.range.start) && isPos(x.range.end);
  });
}
