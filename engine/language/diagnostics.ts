/**
 * A document's diagnostics from its per-statement parse results: the statements re-parsed after
 * an edit are only the changed ones, and every diagnostic is mapped into document positions.
 */
import type { Diagnostic } from '../diagnostic';
import { toDocumentRange, type LanguageDocument } from './language-document';

export function documentDiagnostics(doc: LanguageDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const stmt of doc.statements) {
    for (const d of stmt.result.diagnostics) {
      out.push({
        ...d,
        range: toDocumentRange(stmt, d.range),
        ...(d.fixes ? { fixes: d.fixes.map((f) => ({ ...f, range: toDocumentRange(stmt, f.range) })) } : {}),
      });
    }
  }
  return out;
}
