/**
 * The test entry VS Code loads as `extensionTestsPath`: runs every *.test.js beside it with
 * mocha (BDD) inside the real extension host and writes the result to a file (the exit code
 * does not come back through the browser).
 */
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { requestScreenshot } from './driver-channel';
import { resultsPath, SuiteResult, SuiteTestResult } from './results';

export async function run(): Promise<void> {
  const startedAt = new Date().toISOString();
  // TIDELINE_VSCODE_GREP runs only the tests whose full title matches (while working on one feature).
  const grep = process.env.TIDELINE_VSCODE_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  // extension.test.js first: it checks that nothing activated Tideline before a .sql file opened.
  const files = readdirSync(__dirname)
    .filter((n) => n.endsWith('.test.js'))
    .sort((a, b) => Number(b === 'extension.test.js') - Number(a === 'extension.test.js') || a.localeCompare(b));
  for (const f of files) mocha.addFile(join(__dirname, f));

  const tests: SuiteTestResult[] = [];
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
    runner.on('fail', (t, err: Error) => tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: String(err?.stack ?? err) }));
  });

  const count = (s: SuiteTestResult['state']) => tests.filter((t) => t.state === s).length;
  const result: SuiteResult = {
    passed: count('passed'),
    failed: count('failed') + (files.length === 0 ? 1 : 0),
    pending: count('pending'),
    tests: files.length === 0 ? [{ title: `no *.test.js files in ${__dirname}`, state: 'failed' }] : tests,
    vscodeVersion: vscode.version,
    startedAt,
    finishedAt: new Date().toISOString(),
  };
  // The workbench as the suite leaves it, taken while the extension host still runs (once run()
  // returns, VS Code shuts the extension host down and its status bar items disappear).
  await requestScreenshot('final');
  const path = resultsPath(__dirname);
  mkdirSync(dirname(path), { recursive: true });
  // Written whole, then renamed: the driver never reads half a file.
  writeFileSync(`${path}.tmp`, JSON.stringify(result, null, 2));
  renameSync(`${path}.tmp`, path);
  console.log(`[tideline suite] ${result.passed} passed, ${result.failed} failed -> ${path}`);
  if (result.failed > 0) throw new Error(`${result.failed} test(s) failed`);
}
