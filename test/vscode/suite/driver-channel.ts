/**
 * Requests from the suite (inside the extension host) to the driver (outside, holding the
 * browser), through files: the suite cannot reach the browser, the driver can. Today one
 * request exists: take a screenshot of the workbench now. The channel is the folder
 * `<results path>.d`; without a driver (e.g. under @vscode/test-electron) requests are no-ops.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsPath } from './results';

let sequence = 0;

export function channelDir(resultsFile: string): string {
  return `${resultsFile}.d`;
}

/** Names a screenshot file-safely. */
export function screenshotName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
}

/**
 * Asks the driver for a screenshot named `name` (saved as test-results/vscode-<suite>-<name>.png)
 * and waits until it is taken. Returns false when no driver listens.
 */
export async function requestScreenshot(name: string, timeoutMs = 15_000): Promise<boolean> {
  if (!process.env.TIDELINE_VSCODE_RESULTS) return false;
  const dir = channelDir(resultsPath(__dirname));
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${String(++sequence).padStart(3, '0')}-${screenshotName(name)}.shot`);
  writeFileSync(`${base}.tmp`, name);
  renameSync(`${base}.tmp`, base);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(`${base}.done`)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.warn(`[tideline suite] screenshot "${name}" was not taken within ${timeoutMs} ms`);
  return false;
}
