/**
 * The same in-VS-Code suite, launched with @vscode/test-electron (desktop VS Code 1.100.3),
 * for machines that can download VS Code (on Linux without a display, run it under xvfb-run).
 * Where the download host is unreachable it fails fast with a clear message instead of
 * hanging; TIDELINE_VSCODE_EXECUTABLE points it at an installed VS Code to skip the download.
 *
 *   npm run test:vscode:electron        (builds, then node out/test/vscode/electron.js)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { cacheRoot } from '../infra/code-server';
import type { SuiteResult } from './suite/results';
import { argValue, report, RESULTS_DIR, ROOT, Summary } from './summary';

const VSCODE_VERSION = '1.100.3';
/** Idle timeout of the download, and a cap on the whole download. */
const DOWNLOAD_IDLE_MS = 20_000;
const DOWNLOAD_TOTAL_MS = 10 * 60_000;

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

async function vscodeExecutable(): Promise<string> {
  const local = process.env.TIDELINE_VSCODE_EXECUTABLE;
  if (local) {
    if (!existsSync(local)) throw new Error(`TIDELINE_VSCODE_EXECUTABLE=${local} does not exist`);
    return local;
  }
  const cachePath = join(cacheRoot(), 'vscode-test');
  console.log(`[vscode-electron] getting VS Code ${VSCODE_VERSION} (cache ${cachePath})`);
  try {
    return await withDeadline(
      downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath, timeout: DOWNLOAD_IDLE_MS }),
      DOWNLOAD_TOTAL_MS,
      'the VS Code download',
    );
  } catch (err) {
    throw new Error(
      `could not download VS Code ${VSCODE_VERSION} (${err instanceof Error ? err.message : String(err)}). ` +
        'This launcher needs access to update.code.visualstudio.com; without it, run the same suite in code-server ' +
        '(`node out/test/vscode/run-code-server.js`, part of `npm test`), or set TIDELINE_VSCODE_EXECUTABLE to an installed VS Code.',
    );
  }
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const suite = argValue('suite', 'suite');
  const summaryFile = join(RESULTS_DIR, `vscode-electron-${suite}-summary.json`);
  const summary: Summary = { passed: 0, failed: 0, tests: [], suite, launcher: 'electron', seconds: 0 };
  const temp = mkdtempSync(join(tmpdir(), 'tideline-vscode-electron-'));
  const resultsFile = join(temp, 'results.json');
  try {
    const suiteIndex = join(ROOT, 'out', 'test', 'vscode', suite, 'index.js');
    if (!existsSync(suiteIndex) || !existsSync(join(ROOT, 'dist', 'extension.js'))) {
      throw new Error('missing build output: run `node scripts/build.mjs --tests` first');
    }
    const executable = await vscodeExecutable();
    const workspace = join(temp, 'workspace');
    cpSync(join(ROOT, 'test', 'vscode', 'fixtures'), workspace, { recursive: true });
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: { TIDELINE_VSCODE_RESULTS: resultsFile },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${join(temp, 'user-data')}`,
        `--extensions-dir=${join(temp, 'extensions')}`,
      ],
    }).catch((err: unknown) => {
      console.error(`[vscode-electron] VS Code exited with an error: ${String(err)}`);
      return 1;
    });
    if (!existsSync(resultsFile)) throw new Error(`VS Code exited (code ${code}) without the suite writing ${resultsFile}`);
    const result = JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResult;
    summary.passed = result.passed;
    summary.failed = result.failed;
    summary.tests = result.tests;
    summary.vscodeVersion = result.vscodeVersion;
  } catch (err) {
    summary.failed = Math.max(1, summary.failed);
    summary.note = err instanceof Error ? err.message : String(err);
    console.error(`[vscode-electron] ${summary.note}`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  summary.seconds = (Date.now() - t0) / 1000;
  return report(summaryFile, summary, 'vscode (electron)');
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
