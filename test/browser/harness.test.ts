/**
 * The browser layer's own test: a page served from 127.0.0.1 and loaded in Debian's Chromium
 * through test/infra/chromium.ts renders values as text and enforces a nonce-based CSP. The
 * results panel (client/webview) will bring its real pages; they load the same way.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, LaunchedChromium } from '../infra/chromium';
import { serveDirectory, StaticServer } from './static-server';

const ROOT = resolve(__dirname, '..', '..', '..');
const RESULTS = join(ROOT, 'test-results');

let server: StaticServer;
let browser: LaunchedChromium;

before(async () => {
  server = await serveDirectory(join(ROOT, 'test', 'browser', 'fixtures', 'harness'));
  browser = await launchChromium({ viewport: { width: 800, height: 400 } });
  await browser.page.goto(`${server.origin}/index.html`);
  await browser.page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('rendered'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('renders every value as text, markup included', async () => {
  const page = browser.page;
  const cells = await page.$$eval('#rows tbody tr', (trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent)));
  assert.deepEqual(cells, [
    ['+I', '1', 'plain text'],
    ['+I', '2', '<img src=x onerror="window.__pwned = true">'],
    ['-U', '1', '<b>not bold</b> & été — 漢字'],
  ]);
  assert.equal(await page.locator('#rows img, #rows b').count(), 0, 'a value was parsed as HTML');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned), undefined);
  // Really laid out and painted, not just in the DOM.
  const box = await page.locator('#rows').boundingBox();
  assert.ok(box && box.width > 100 && box.height > 40, `table box ${JSON.stringify(box)}`);
  assert.equal(await page.locator('text=漢字').isVisible(), true);
});

test('enforces the nonce-based Content-Security-Policy', async () => {
  const page = browser.page;
  assert.equal(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan), undefined, 'an inline script without the nonce ran');
  const violations = await page.evaluate(() => (window as unknown as { __violations: { directive: string; blocked: string }[] }).__violations);
  assert.ok(violations.some((v) => v.directive === 'script-src-elem' && v.blocked === 'inline'), `violations: ${JSON.stringify(violations)}`);
  // A script injected later without the nonce is refused too.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__lateRan = true';
    document.body.appendChild(s);
    return (window as unknown as { __lateRan?: boolean }).__lateRan === true;
  });
  assert.equal(ran, false);
  // The page runs with the nonce it was served (browsers hide the attribute; the property keeps it).
  const nonce = await page.evaluate(() => (document.querySelector('script[src="harness.js"]') as HTMLScriptElement | null)?.nonce);
  assert.equal(nonce, server.nonces.at(-1));
});

test('saves a screenshot under test-results/', async () => {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, 'browser-harness.png');
  await browser.page.screenshot({ path });
  assert.ok(statSync(path).size > 1000);
});
