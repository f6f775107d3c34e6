/** The summary both VS Code launchers (code-server, @vscode/test-electron) print and write. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SuiteTestResult } from './suite/results';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = join(ROOT, 'test-results');

export interface Summary {
  passed: number;
  failed: number;
  tests: SuiteTestResult[];
  suite: string;
  launcher: 'code-server' | 'electron';
  vscodeVersion?: string;
  seconds: number;
  note?: string;
}

export function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Prints each test and the `<label>: N passed, N failed` line, writes the JSON; returns the exit code. */
export function report(summaryFile: string, summary: Summary, label: string): number {
  for (const t of summary.tests) {
    const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
    console.log(`  ${mark} ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
    if (t.error) console.log(t.error.split('\n').map((l) => `      ${l}`).join('\n'));
  }
  if (summary.note) console.log(`  note: ${summary.note}`);
  mkdirSync(dirname(summaryFile), { recursive: true });
  writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
  console.log(`${label}: ${summary.passed} passed, ${summary.failed} failed`);
  return summary.failed === 0 && summary.passed > 0 ? 0 : 1;
}
