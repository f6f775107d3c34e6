/**
 * Debian's Chromium (/usr/bin/chromium) driven by playwright-core, with a fresh user-data dir
 * per launch. Installs the `chromium` package with apt when it is missing (CI starts clean).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { ensureAptPackages } from './apt';

export const CHROMIUM_PATH = process.env.TIDELINE_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface LaunchedChromium {
  readonly context: BrowserContext;
  /** The first page of the context, ready to navigate. */
  readonly page: Page;
  readonly userDataDir: string;
  close(): Promise<void>;
}

export function ensureChromium(log: (line: string) => void = console.log): string {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.TIDELINE_CHROMIUM) throw new Error(`TIDELINE_CHROMIUM=${CHROMIUM_PATH} does not exist`);
    ensureAptPackages(['chromium'], log);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} after installing the chromium package`);
  return CHROMIUM_PATH;
}

export interface ChromiumOptions {
  readonly viewport?: { width: number; height: number };
  readonly log?: (line: string) => void;
}

/** Launches a fresh, isolated headless Chromium; close() removes its profile. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<LaunchedChromium> {
  const executablePath = ensureChromium(options.log);
  const userDataDir = mkdtempSync(join(tmpdir(), 'tideline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
