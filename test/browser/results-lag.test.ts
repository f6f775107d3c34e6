/**
 * The results panel's status line shows the sources' lag (Kafka consumer lag), as the CLI's
 * live status line does: hidden while unknown, `lag 1,234` once the engine measures it, kept
 * when later counters carry only late rows, updated, and gone when the statement ends or
 * another statement opens. In the built dist/webview/results.js in real Chromium.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { HostToPanel } from '../../client/webview/results/protocol';
import { openResultsPanel, RESULTS_DIR, type ResultsPanelPage } from './results-harness';

let panel: ResultsPanelPage;

before(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  panel = await openResultsPanel();
});

after(async () => {
  await panel?.close();
});

function open(id: string): HostToPanel {
  return { type: 'open', statementId: id, title: id, schema: [{ name: 'n', type: 'BIGINT' }], upsertKey: null, startedAt: Date.now() };
}

/** The lag counter as a reader sees it: its label and value, or null while hidden. */
async function lag(): Promise<string | null> {
  return panel.page.$eval('.counter-lag', (e) => ((e as HTMLElement).hidden || (e as HTMLElement).offsetParent === null ? null : (e.textContent ?? '')));
}

async function waitLag(want: string | null): Promise<void> {
  await panel.page.waitForFunction((w) => {
    const e = document.querySelector('.counter-lag') as HTMLElement | null;
    if (!e) return false;
    const shown = e.hidden || e.offsetParent === null ? null : e.textContent;
    return shown === w;
  }, want);
}

test('the status line shows the lag while the engine knows it, and drops it when the statement ends', async () => {
  await panel.fresh();
  await panel.post(open('q1'), { type: 'batch', statementId: 'q1', batch: { kinds: [0], rows: [[1]] } });
  await panel.settle();
  assert.equal(await lag(), null, 'no lag is shown before one is known');

  await panel.post({ type: 'counters', statementId: 'q1', lateRows: 0, backlog: 1234 });
  await waitLag('lag1,234');
  assert.equal(await panel.page.textContent('[data-counter="lag"]'), '1,234');
  await panel.page.screenshot({ path: join(RESULTS_DIR, 'results-lag.png') });

  // Late rows alone do not clear it; a new figure replaces it; another statement's is ignored.
  await panel.post({ type: 'counters', statementId: 'q1', lateRows: 3 });
  await panel.settle();
  assert.equal(await lag(), 'lag1,234');
  await panel.post({ type: 'counters', statementId: 'other', lateRows: 0, backlog: 99 });
  await panel.post({ type: 'counters', statementId: 'q1', lateRows: 3, backlog: 0 });
  await waitLag('lag0');

  await panel.post({ type: 'status', statementId: 'q1', phase: 'STOPPED' });
  await waitLag(null);

  await panel.post(open('q2'), { type: 'counters', statementId: 'q2', lateRows: 0, backlog: 5 });
  await waitLag('lag5');
  await panel.post(open('q3'));
  await waitLag(null);
});
