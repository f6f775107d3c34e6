/**
 * Collects the analyzer's diagnostics. Every problem found in user input goes through here:
 * a stable `analyzer/...` code, a Flink-like message, a range, and fixes when we know them.
 */
import type { Diagnostic, DiagnosticFix, Range, Severity } from '../diagnostic';

export const ANALYZER_SOURCE = 'tideline-analyzer';

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  /** Set when an error was reported: the statement gets no plan. */
  errors = 0;

  report(code: string, message: string, range: Range, fixes?: readonly DiagnosticFix[], severity: Severity = 'error'): void {
    if (severity === 'error') this.errors++;
    this.diagnostics.push({
      range,
      severity,
      code: `analyzer/${code}`,
      message,
      source: ANALYZER_SOURCE,
      ...(fixes && fixes.length > 0 ? { fixes } : {}),
    });
  }

  /** Replacement fixes for did-you-mean suggestions. */
  static replacements(range: Range, suggestions: readonly string[], quote: (s: string) => string = (s) => s): DiagnosticFix[] {
    return suggestions.map((s) => ({ title: `Change to '${s}'`, range, newText: quote(s) }));
  }
}

/** A reporter that swallows everything (trial binding). */
export class SilentReporter extends Reporter {
  override report(): void {
    this.errors++;
  }
}
