/**
 * Opens a built webview bundle (dist/webview/<name>.js + <name>.css, in the page that
 * client/webview/page.ts generates, with a fresh nonce per load) in Chromium, with a stand-in
 * for VS Code's webview API: messages the page posts are recorded in `window.__posted`, and
 * getState/setState live in sessionStorage so a reload restores. Messages reach the page the
 * way the extension's do: `window.postMessage`. CSP violations are recorded in `window.__violations`.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { webviewPageHtml } from '../../client/webview/page';
import { launchChromium, LaunchedChromium } from '../infra/chromium';
import { serveDirectory, StaticServer } from './static-server';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = join(ROOT, 'test-results');

export interface WebviewPage<In, Out> {
  readonly page: Page;
  readonly server: StaticServer;
  /** Sends host -> page messages (in order); resolves once the page handled them. */
  post(...messages: In[]): Promise<void>;
  /** Messages the page posted to its host so far. */
  posted(): Promise<Out[]>;
  /** Forgets saved state and reloads: a fresh page. */
  fresh(): Promise<void>;
  /** Reloads keeping saved state (a window reload / hide+show in VS Code). */
  reload(): Promise<void>;
  /** Resolves after the page has rendered (a few animation frames). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface WebviewOptions {
  /** The bundle's name under dist/webview. */
  readonly bundle: string;
  readonly title: string;
  /** A selector present once the page has set itself up. */
  readonly readySelector: string;
  readonly viewport?: { width: number; height: number };
}

export async function openWebview<In, Out>(o: WebviewOptions): Promise<WebviewPage<In, Out>> {
  const dir = mkdtempSync(join(tmpdir(), `tideline-${o.bundle}-`));
  for (const f of [`${o.bundle}.js`, `${o.bundle}.css`]) copyFileSync(join(ROOT, 'dist', 'webview', f), join(dir, f));
  const server = await serveDirectory(dir);
  writeFileSync(
    join(dir, 'index.html'),
    webviewPageHtml({ title: o.title, cspSource: server.origin, nonce: '{{nonce}}', scriptUri: `${o.bundle}.js`, styleUri: `${o.bundle}.css` }),
  );
  let browser: LaunchedChromium | undefined;
  try {
    browser = await launchChromium({ viewport: o.viewport ?? { width: 1280, height: 720 } });
  } catch (err) {
    await server.close();
    throw err;
  }
  const page = browser.page;
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const posted: unknown[] = [];
    w.__posted = posted;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (w.__violations as unknown[]).push(e.violatedDirective));
    w.acquireVsCodeApi = () => ({
      postMessage: (m: unknown) => posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => JSON.parse(sessionStorage.getItem('tideline-state') ?? 'null'),
      setState: (s: unknown) => {
        if (!w.__noSave) sessionStorage.setItem('tideline-state', JSON.stringify(s));
      },
    });
  });
  const load = async (): Promise<void> => {
    await page.waitForSelector(o.readySelector);
  };
  await page.goto(`${server.origin}/index.html`);
  await load();
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
  };
  return {
    page,
    server,
    async post(...messages) {
      await page.evaluate((ms) => {
        for (const m of ms) window.postMessage(m, '*');
      }, messages);
      // postMessage delivers asynchronously: a message posted after these is handled after them.
      await page.evaluate(() => new Promise<void>((r) => {
        const done = (e: MessageEvent): void => {
          if (e.data === '__flushed') {
            window.removeEventListener('message', done);
            r();
          }
        };
        window.addEventListener('message', done);
        window.postMessage('__flushed', '*');
      }));
    },
    posted: () => page.evaluate(() => (window as unknown as { __posted: Out[] }).__posted),
    async fresh() {
      await page.evaluate(() => {
        (window as unknown as { __noSave: boolean }).__noSave = true;
        sessionStorage.clear();
      });
      await page.reload();
      await load();
    },
    async reload() {
      await page.reload();
      await load();
    },
    settle,
    async close() {
      await browser?.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
