/**
 * Requests from the suite (inside the extension host) to the driver (outside, holding the
 * browser), through files: the suite cannot reach the browser, the driver can. A request is
 * `<n>.req.json` in the folder `<results path>.d`; the driver answers with `<n>.res.json`.
 * Without a driver (e.g. under @vscode/test-electron) `driverAvailable()` is false and tests
 * that need the browser skip themselves.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsPath } from './results';

export type DriverRequest =
  /** Saves test-results/vscode-<suite>-<name>.png ('final' is vscode-<suite>.png). */
  | { readonly kind: 'screenshot'; readonly name: string }
  /** innerText (non-breaking spaces as spaces) of every element matching a Playwright selector, in every frame (webviews included). */
  | { readonly kind: 'texts'; readonly selector: string }
  /** The CSS `::after` content of every element matching a selector that has one (editor decorations' after-text), in every frame. */
  | { readonly kind: 'afterTexts'; readonly selector: string }
  /** Clicks the first element matching the selector, in the first frame that has one. */
  | { readonly kind: 'click'; readonly selector: string }
  /** Presses keys on the workbench page (Playwright key syntax, e.g. `Control+Enter`). */
  | { readonly kind: 'press'; readonly keys: string };

export type DriverResponse = { readonly ok: true; readonly value?: unknown } | { readonly ok: false; readonly error: string };

let sequence = 0;

export function channelDir(resultsFile: string): string {
  return `${resultsFile}.d`;
}

/** Names a screenshot file-safely. */
export function screenshotName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
}

export function driverAvailable(): boolean {
  return Boolean(process.env.TIDELINE_VSCODE_RESULTS);
}

/** Sends a request and waits for the answer; undefined when no driver listens. */
export async function askDriver(request: DriverRequest, timeoutMs = 15_000): Promise<DriverResponse | undefined> {
  if (!driverAvailable()) return undefined;
  const dir = channelDir(resultsPath(__dirname));
  mkdirSync(dir, { recursive: true });
  const id = `${String(++sequence).padStart(4, '0')}-${process.pid}`;
  const req = join(dir, `${id}.req.json`);
  const res = join(dir, `${id}.res.json`);
  writeFileSync(`${req}.tmp`, JSON.stringify(request));
  renameSync(`${req}.tmp`, req);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(res)) {
      const answer = JSON.parse(readFileSync(res, 'utf8')) as DriverResponse;
      rmSync(res, { force: true });
      return answer;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  rmSync(req, { force: true });
  return { ok: false, error: `the driver did not answer ${JSON.stringify(request)} within ${timeoutMs} ms` };
}

async function mustAsk(request: DriverRequest): Promise<unknown> {
  const answer = await askDriver(request);
  if (!answer) throw new Error('no browser driver: this test needs the code-server launcher');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** Asks for a screenshot; false when no driver listens or it failed (never fails a test). */
export async function requestScreenshot(name: string): Promise<boolean> {
  const answer = await askDriver({ kind: 'screenshot', name });
  if (answer && !answer.ok) console.warn(`[tideline suite] screenshot "${name}": ${answer.error}`);
  return answer?.ok === true;
}

export async function workbenchTexts(selector: string): Promise<string[]> {
  return (await mustAsk({ kind: 'texts', selector })) as string[];
}

/** The text editor decorations show after a line (CSS `::after` content, which innerText does not include). */
export async function afterTexts(selector: string): Promise<string[]> {
  return (await mustAsk({ kind: 'afterTexts', selector })) as string[];
}

export async function clickInWorkbench(selector: string): Promise<void> {
  await mustAsk({ kind: 'click', selector });
}

export async function pressInWorkbench(keys: string): Promise<void> {
  await mustAsk({ kind: 'press', keys });
}
