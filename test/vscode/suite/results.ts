/**
 * Where the suite writes its result, and its shape. The code-server driver passes the path in
 * TIDELINE_VSCODE_RESULTS (the extension host inherits code-server's environment); without it
 * the path is read from `results-path.txt` next to this file, else `results.json` beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SuiteTestResult {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
  readonly error?: string;
}

export interface SuiteResult {
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  readonly tests: SuiteTestResult[];
  readonly vscodeVersion: string;
  readonly startedAt: string;
  readonly finishedAt: string;
}

export function resultsPath(dir: string): string {
  const fromEnv = process.env.TIDELINE_VSCODE_RESULTS;
  if (fromEnv) return fromEnv;
  const pointer = join(dir, 'results-path.txt');
  if (existsSync(pointer)) return readFileSync(pointer, 'utf8').trim();
  return join(dir, 'results.json');
}
