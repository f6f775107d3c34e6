/**
 * Runs a mocha suite (default test/vscode/suite) inside the real extension host of code-server,
 * driven by Debian's Chromium: provisions code-server, opens the workbench with the extension
 * under development and the suite as `extensionTestsPath`, waits for the suite's result file,
 * saves a screenshot, prints `vscode: N passed, N failed` and writes
 * test-results/vscode-summary.json. Builds nothing: run `node scripts/build.mjs --tests` first.
 *
 *   node out/test/vscode/run-code-server.js [--suite suite] [--timeout 480] [--vsix tideline-0.1.0.vsix]
 *
 * With --vsix the extension under test is the packaged one (unpacked), not the repo: this proves
 * the .vsix holds everything that runs. Outputs are then named vscode-<suite>-vsix*.
 *   TIDELINE_VSCODE_KEEP=1 keeps the temp dir (code-server log, workspace) for inspection.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureAptPackages } from '../infra/apt';
import { launchChromium, LaunchedChromium } from '../infra/chromium';
import { RunningCodeServer, startCodeServer } from '../infra/code-server';
import type { Page } from 'playwright-core';
import { BrowserAgent } from './browser-agent';
import { channelDir, screenshotName } from './suite/driver-channel';
import type { SuiteResult, SuiteTestResult } from './suite/results';
import { EXTENSION_ID } from './extension-id';
import { argValue, report, RESULTS_DIR, ROOT, Summary } from './summary';

function log(line: string): void {
  console.log(`[vscode] ${line}`);
}

function screenshotPath(suite: string, name: string): string {
  return join(RESULTS_DIR, name === 'final' ? `vscode-${suite}.png` : `vscode-${suite}-${screenshotName(name)}.png`);
}

async function waitForResult(path: string, timeoutMs: number, page: Page, agent: BrowserAgent, server: RunningCodeServer, suite: string): Promise<SuiteResult> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (page.isClosed()) throw new Error('the workbench page closed before the suite reported');
    const gone = server.exitReason();
    if (gone) throw new Error(`${gone} before the suite reported (see test-results/vscode-${suite}-code-server.log)`);
    await agent.serve(channelDir(path));
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as SuiteResult;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no result from the extension host within ${timeoutMs / 1000} s: the suite did not start or did not finish (see test-results/vscode-${suite}-console.log and -code-server.log)`);
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const suite = argValue('suite', 'suite');
  const timeoutMs = Number(argValue('timeout', process.env.TIDELINE_VSCODE_TIMEOUT ?? '480')) * 1000;
  const suiteIndex = join(ROOT, 'out', 'test', 'vscode', suite, 'index.js');
  const vsix = argValue('vsix', '');
  const name = vsix ? `${suite}-vsix` : suite;
  const summaryFile = join(RESULTS_DIR, name === 'suite' ? 'vscode-summary.json' : `vscode-${name}-summary.json`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  rmSync(summaryFile, { force: true });

  const summary: Summary = { passed: 0, failed: 0, tests: [], suite: name, launcher: 'code-server', seconds: 0 };
  let extensionPath = ROOT;
  let unpacked: string | undefined;

  let server: RunningCodeServer | undefined;
  let browser: LaunchedChromium | undefined;
  const consoleLines: string[] = [];
  let agent: BrowserAgent | undefined;
  try {
    if (vsix) {
      unpacked = mkdtempSync(join(tmpdir(), 'tideline-vsix-'));
      ensureAptPackages(['unzip'], log);
      execFileSync('unzip', ['-q', resolve(vsix), 'extension/*', '-d', unpacked]);
      extensionPath = join(unpacked, 'extension');
      log(`testing the packaged extension ${vsix} (unpacked in ${extensionPath})`);
    }
    const missing = [join(extensionPath, 'dist', 'extension.js'), join(extensionPath, 'dist', 'server.js'), join(extensionPath, 'dist', 'engine-host.js'), suiteIndex].filter((p) => !existsSync(p));
    if (missing.length) throw new Error(`missing build output (run \`node scripts/build.mjs --tests\` first): ${missing.join(', ')}`);
    const resultsFile = join(RESULTS_DIR, `.vscode-${suite}-${process.pid}.json`);
    rmSync(resultsFile, { force: true });
    server = await startCodeServer({
      workspaceFixture: join(ROOT, 'test', 'vscode', 'fixtures'),
      env: { TIDELINE_VSCODE_RESULTS: resultsFile },
      log,
    });
    const url = server.url([
      ['extensionDevelopmentPath', server.remoteUri(extensionPath)],
      ['extensionTestsPath', server.remoteUri(suiteIndex)],
    ]);
    browser = await launchChromium({ log });
    const page = browser.page;
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    const tOpen = Date.now();
    log(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log(`workbench visible after ${((Date.now() - tOpen) / 1000).toFixed(1)} s; waiting for the suite (timeout ${timeoutMs / 1000} s)`);
    agent = new BrowserAgent({ page, screenshotPath: (shot) => screenshotPath(name, shot), log });
    const result = await waitForResult(resultsFile, timeoutMs, page, agent, server, name);
    rmSync(resultsFile, { force: true });
    rmSync(channelDir(resultsFile), { recursive: true, force: true });
    log(`suite finished ${((Date.now() - tOpen) / 1000).toFixed(1)} s after opening the workbench (VS Code ${result.vscodeVersion})`);
    // VS Code attributes errors an extension leaves unhandled (rejected promises, throwing
    // listeners) to it in the console as `[publisher.name]...`: the suite passing is not enough.
    const unhandled = consoleLines.filter((l) => l.startsWith(`[error] [${EXTENSION_ID}]`));
    const hygiene: SuiteTestResult = unhandled.length
      ? { title: 'the extension left no unhandled errors', state: 'failed', error: unhandled.join('\n') }
      : { title: 'the extension left no unhandled errors', state: 'passed' };
    summary.passed = result.passed + (hygiene.state === 'passed' ? 1 : 0);
    summary.failed = result.failed + (hygiene.state === 'failed' ? 1 : 0);
    summary.tests = [...result.tests, hygiene];
    summary.vscodeVersion = result.vscodeVersion;
  } catch (err) {
    summary.failed = Math.max(1, summary.failed);
    summary.note = err instanceof Error ? err.message : String(err);
    console.error(`[vscode] ${summary.note}`);
  } finally {
    if (browser) {
      // Without the suite's own final screenshot (it failed to start, or timed out), show how the workbench looks now.
      if (!agent?.screenshots.has('final') && !browser.page.isClosed()) {
        await browser.page.screenshot({ path: screenshotPath(name, 'final') }).then(
          () => log(`screenshot: ${screenshotPath(name, 'final')}`),
          (err: unknown) => console.error(`[vscode] no screenshot: ${String(err)}`),
        );
      }
      await browser.close();
    }
    writeFileSync(join(RESULTS_DIR, `vscode-${name}-console.log`), consoleLines.join('\n') + '\n');
    if (server) {
      await server.stop();
      copyFileSync(server.logFile, join(RESULTS_DIR, `vscode-${name}-code-server.log`));
      if (process.env.TIDELINE_VSCODE_KEEP) log(`kept ${server.tempDir}`);
      else rmSync(server.tempDir, { recursive: true, force: true });
    }
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  }

  summary.seconds = (Date.now() - t0) / 1000;
  return report(summaryFile, summary, 'vscode');
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
