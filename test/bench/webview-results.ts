/**
 * The results panel in Chromium under load: frame times while 10,000 changes a second stream
 * into a 100,000-row table (plain, then sorted), the cost of applying one 1,000-change batch,
 * and of a sort/filter over 100,000 rows. Baseline measured in the same run: frame times of
 * the idle panel. Prints figures only (no assertions on time).
 * Run: node scripts/build.mjs --tests && node out/test/bench/webview-results.js
 */
import type { HostToPanel } from '../../client/webview/results/protocol';
import { openResultsPanel, ResultsPanelPage } from '../browser/results-harness';

const SCHEMA = [
  { name: 'id', type: 'BIGINT NOT NULL' },
  { name: 'name', type: 'STRING' },
  { name: 'amount', type: 'DOUBLE' },
  { name: 'window_start', type: 'TIMESTAMP(3)' },
];

/** Installs `window.__feed(count)` in the page: generates `count` +U changes over `keys` keys and posts them as one batch, as the extension would. */
async function installFeed(p: ResultsPanelPage, keys: number): Promise<void> {
  await p.page.evaluate((k) => {
    let v = 1;
    (window as unknown as { __feed: (n: number, kind: number, from?: number) => void }).__feed = (n, kind, from) => {
      const kinds: number[] = [];
      const rows: unknown[][] = [];
      for (let i = 0; i < n; i++, v++) {
        const id = from === undefined ? (v * 2654435761) % k : from + i;
        kinds.push(kind);
        rows.push([id, `name-${id}-${v}`, ((id * 7919 + v) % 10_000) / 100, 1_700_000_000_000 + v * 1000]);
      }
      window.postMessage({ type: 'batch', statementId: 'bench', batch: { kinds, rows } }, '*');
    };
  }, keys);
}

async function startFrameLog(p: ResultsPanelPage): Promise<void> {
  await p.page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __frameLoop: boolean };
    w.__frames = [];
    w.__frameLoop = true;
    let last = performance.now();
    const tick = (t: number): void => {
      w.__frames.push(t - last);
      last = t;
      if (w.__frameLoop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrameLog(p: ResultsPanelPage): Promise<string> {
  const frames = await p.page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __frameLoop: boolean };
    w.__frameLoop = false;
    return w.__frames.slice(1);
  });
  frames.sort((a, b) => a - b);
  const q = (f: number): string => (frames[Math.min(frames.length - 1, Math.floor(frames.length * f))] ?? 0).toFixed(1);
  return `${frames.length} frames, median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`;
}

/** Feeds `perSecond` changes a second for `seconds`, a batch every 100 ms holding what is due. */
async function stream(p: ResultsPanelPage, seconds: number, perSecond: number): Promise<number> {
  const t0 = Date.now();
  const total = seconds * perSecond;
  let sent = 0;
  let cut = t0;
  for (let tick = 1; sent < total; tick++) {
    const at = t0 + tick * 100;
    if (Date.now() < at) await new Promise((r) => setTimeout(r, at - Date.now()));
    cut = Date.now();
    const due = Math.min(total, Math.floor(((cut - t0) * perSecond) / 1000));
    if (due > sent) await p.page.evaluate((n) => (window as unknown as { __feed: (n: number, kind: number) => void }).__feed(n, 2), due - sent);
    sent = due;
  }
  return (total * 1000) / Math.max(1, cut - t0);
}

async function main(): Promise<void> {
  const p = await openResultsPanel({ width: 1400, height: 900 });
  try {
    await startFrameLog(p);
    await new Promise((r) => setTimeout(r, 2000));
    console.log(`idle panel (baseline):              ${await stopFrameLog(p)}`);

    const open: HostToPanel = { type: 'open', statementId: 'bench', title: 'bench', schema: SCHEMA, upsertKey: [0], startedAt: Date.now() };
    await p.post(open);
    await installFeed(p, 100_000);
    const t0 = Date.now();
    await p.page.evaluate(() => {
      const feed = (window as unknown as { __feed: (n: number, kind: number, from?: number) => void }).__feed;
      for (let i = 0; i < 100_000; i += 10_000) feed(10_000, 0, i);
    });
    await p.page.waitForFunction(() => document.querySelector('[data-counter="rows"]')?.textContent === '100,000');
    console.log(`load 100,000 rows (10 batches):     ${Date.now() - t0} ms to shown`);

    const baselineSortMs = await p.page.evaluate(() => {
      const keys = new Float64Array(100_000).map((_, i) => ((i * 7919) % 10_000) / 100);
      const t = performance.now();
      Int32Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
      return performance.now() - t;
    });
    console.log(`baseline: plain index sort of 100,000 numbers: ${baselineSortMs.toFixed(1)} ms`);

    const applyMs = await p.page.evaluate(() => {
      const rows: unknown[][] = [];
      for (let k = 0; k < 1000; k++) rows.push([k, `x${k}`, k, 0]);
      const t = performance.now();
      for (let r = 0; r < 20; r++) window.dispatchEvent(new MessageEvent('message', { data: { type: 'batch', statementId: 'bench', batch: { kinds: new Array(1000).fill(2), rows } } }));
      return (performance.now() - t) / 20;
    });
    console.log(`apply one 1,000-change batch:       ${applyMs.toFixed(2)} ms`);

    await startFrameLog(p);
    const rate = await stream(p, 5, 10_000);
    console.log(`10k/s into 100k rows, unsorted:     ${await stopFrameLog(p)} (fed ${Math.round(rate)}/s)`);

    const sortMs = await p.page.evaluate(async () => {
      const t = performance.now();
      (document.querySelector('.th[data-col="2"] .th-name') as HTMLElement).click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t;
    });
    console.log(`sort 100,000 rows (click to shown): ${sortMs.toFixed(1)} ms (${(sortMs / baselineSortMs).toFixed(1)}x the plain sort)`);
    await startFrameLog(p);
    const rate2 = await stream(p, 5, 10_000);
    console.log(`10k/s into 100k rows, sorted:       ${await stopFrameLog(p)} (fed ${Math.round(rate2)}/s)`);

    const filterMs = await p.page.evaluate(async () => {
      const input = document.querySelector('.th[data-col="1"] .th-filter') as HTMLInputElement;
      const t = performance.now();
      input.value = 'name-42';
      input.dispatchEvent(new Event('input'));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t;
    });
    console.log(`filter 100,000 rows (input to shown): ${filterMs.toFixed(1)} ms`);
    const domRows = await p.page.locator('.tr').count();
    console.log(`row elements in the DOM: ${domRows}`);
  } finally {
    await p.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
