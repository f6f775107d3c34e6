/**
 * Opens the built results panel (dist/webview/results.js + results.css, in the page that
 * client/webview/results/page.ts generates, with a fresh nonce per load) in Chromium, with a
 * stand-in for VS Code's webview API: messages the panel posts are recorded in
 * `window.__posted`, and getState/setState live in sessionStorage so a reload restores.
 * Messages reach the panel the way the extension's do: `window.postMessage`.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { resultsPageHtml } from '../../client/webview/results/page';
import type { HostToPanel, PanelToHost } from '../../client/webview/results/protocol';
import { launchChromium, LaunchedChromium } from '../infra/chromium';
import { serveDirectory, StaticServer } from './static-server';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = join(ROOT, 'test-results');

export interface ResultsPanelPage {
  readonly page: Page;
  readonly server: StaticServer;
  /** Sends host -> panel messages (in order). */
  post(...messages: HostToPanel[]): Promise<void>;
  /** Messages the panel posted to its host so far. */
  posted(): Promise<PanelToHost[]>;
  /** Forgets saved state and reloads: a fresh panel. */
  fresh(): Promise<void>;
  /** Reloads keeping saved state (a window reload / hide+show in VS Code). */
  reload(): Promise<void>;
  /** Resolves after the panel has rendered (two animation frames and its query pacing). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function openResultsPanel(viewport = { width: 1280, height: 720 }): Promise<ResultsPanelPage> {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-results-'));
  for (const f of ['results.js', 'results.css']) copyFileSync(join(ROOT, 'dist', 'webview', f), join(dir, f));
  const server = await serveDirectory(dir);
  writeFileSync(
    join(dir, 'index.html'),
    resultsPageHtml({ cspSource: server.origin, nonce: '{{nonce}}', scriptUri: 'results.js', styleUri: 'results.css' }),
  );
  let browser: LaunchedChromium | undefined;
  try {
    browser = await launchChromium({ viewport });
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
    await page.waitForSelector('.app');
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
    posted: () => page.evaluate(() => (window as unknown as { __posted: PanelToHost[] }).__posted),
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
