/**
 * The results panel webview (the built dist/webview/results.js) in real Chromium: virtualized
 * rendering of 100,000 rows, exact materialization under 10,000 changes a second, sort,
 * filter, search, column hiding, row pane, copy, export, chart, pause, restore after reload,
 * and hostile values rendered as text under the strict CSP. Screenshots go to test-results/.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ColumnSchema, HostToPanel, PanelToHost } from '../../client/webview/results/protocol';
import { openResultsPanel, RESULTS_DIR, ResultsPanelPage } from './results-harness';

let panel: ResultsPanelPage;

before(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  panel = await openResultsPanel();
});

after(async () => {
  await panel?.close();
});

const ORDERS: ColumnSchema[] = [
  { name: 'id', type: 'BIGINT NOT NULL' },
  { name: 'name', type: 'STRING' },
  { name: 'amount', type: 'DOUBLE' },
];

function open(id: string, schema: ColumnSchema[], upsertKey: number[] | null, title = id): HostToPanel {
  return { type: 'open', statementId: id, title, schema, upsertKey, startedAt: Date.now() };
}

function batch(id: string, kinds: number[], rows: unknown[][]): HostToPanel {
  return { type: 'batch', statementId: id, batch: { kinds, rows } };
}

async function counter(name: string): Promise<string> {
  return (await panel.page.textContent(`[data-counter="${name}"]`)) ?? '';
}

async function waitCounter(name: string, text: string): Promise<void> {
  await panel.page.waitForFunction(([n, t]) => document.querySelector(`[data-counter="${n}"]`)?.textContent === t, [name, text]);
}

/** Visible rows' cell texts, top to bottom. */
async function visibleRows(): Promise<string[][]> {
  return panel.page.evaluate(() => {
    const grid = document.querySelector('.grid') as HTMLElement;
    const head = document.querySelector('.grid-head') as HTMLElement;
    const top = grid.getBoundingClientRect().top + head.offsetHeight;
    const bottom = grid.getBoundingClientRect().bottom;
    return Array.from(document.querySelectorAll<HTMLElement>('.tr'))
      .filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= top - 1 && b.bottom <= bottom + 1;
      })
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((r) => Array.from(r.children, (c) => c.textContent ?? ''));
  });
}

async function exported(format: 'csv' | 'json'): Promise<string> {
  const before = (await panel.posted()).length;
  await panel.page.click(`.export-${format}`);
  const msgs = (await panel.posted()).slice(before);
  const m = msgs.find((x): x is Extract<PanelToHost, { type: 'export' }> => x.type === 'export');
  assert.ok(m, 'no export message posted');
  assert.equal(m.format, format);
  return m.content;
}

test('renders 100,000 rows with only the visible ones in the DOM', async () => {
  await panel.fresh();
  await panel.settle();
  assert.equal(await panel.page.textContent('.empty-note'), 'No results yet. Run a statement to see its results here.');
  const rows: unknown[][] = [];
  for (let i = 0; i < 100_000; i++) rows.push([i, `name-${i}`, i * 1.5]);
  await panel.post(open('big', ORDERS, [0]));
  for (let i = 0; i < rows.length; i += 10_000) await panel.post(batch('big', new Array(10_000).fill(0), rows.slice(i, i + 10_000)));
  await waitCounter('rows', '100,000');
  await panel.settle();
  const domRows = await panel.page.locator('.tr').count();
  assert.ok(domRows > 10 && domRows < 80, `rows in the DOM: ${domRows}`);
  let shown = await visibleRows();
  assert.deepEqual(shown[0], ['0', 'name-0', '0']);
  // Scroll to the middle: the rows there are shown, the DOM stays small.
  await panel.page.$eval('.grid', (g) => (g.scrollTop = 50_000 * 22));
  await panel.page.waitForSelector('.tr[data-index="50000"]');
  await panel.settle();
  shown = await visibleRows();
  assert.deepEqual(shown[0], ['50000', 'name-50000', '75000']);
  assert.ok((await panel.page.locator('.tr').count()) < 80);
  // The end.
  await panel.page.$eval('.grid', (g) => (g.scrollTop = g.scrollHeight));
  await panel.page.waitForSelector('.tr[data-index="99999"]');
  await panel.settle();
  shown = await visibleRows();
  assert.deepEqual(shown.at(-1), ['99999', 'name-99999', '149998.5']);
  await panel.page.screenshot({ path: join(RESULTS_DIR, 'results-100k.png') });
});

/** A seeded PRNG so the stream is the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** A changelog over `keys` keys with inserts, updates (-U/+U pairs) and deletes. */
function changelog(n: number, keys: number, seed: number): { kinds: number[]; rows: unknown[][] } {
  const rnd = prng(seed);
  const live = new Map<number, unknown[]>();
  const kinds: number[] = [];
  const rows: unknown[][] = [];
  let version = 0;
  while (kinds.length < n) {
    const k = Math.floor(rnd() * keys);
    const old = live.get(k);
    const next = [k, `n${k}-${version++}`, Math.round(rnd() * 10_000) / 100];
    if (!old) {
      kinds.push(0);
      rows.push(next);
      live.set(k, next);
    } else if (rnd() < 0.15) {
      kinds.push(3);
      rows.push(old);
      live.delete(k);
    } else {
      kinds.push(1, 2);
      rows.push(old, next);
      live.set(k, next);
    }
  }
  return { kinds, rows };
}

/** The reference: apply a changelog by whole-row multiset or by key, independently of the panel. */
function reference(kinds: number[], rows: unknown[][], keyed: boolean): string[] {
  if (keyed) {
    const m = new Map<unknown, unknown[]>();
    kinds.forEach((k, i) => (k === 0 || k === 2 ? m.set(rows[i][0], rows[i]) : m.delete(rows[i][0])));
    return [...m.values()].map((r) => JSON.stringify(r)).sort();
  }
  const bag = new Map<string, number>();
  kinds.forEach((k, i) => {
    const s = JSON.stringify(rows[i]);
    bag.set(s, (bag.get(s) ?? 0) + (k === 0 || k === 2 ? 1 : -1));
  });
  const out: string[] = [];
  for (const [s, c] of bag) for (let i = 0; i < c; i++) out.push(s);
  return out.sort();
}

/**
 * Feeds the changelog at `perSecond` changes a second, a batch every 100 ms holding every
 * change due by then (as the results channel coalesces: a late tick sends a bigger batch).
 * Returns the rate achieved.
 */
async function streamAtRate(id: string, kinds: number[], rows: unknown[][], perSecond: number): Promise<number> {
  const t0 = Date.now();
  let sent = 0;
  let cut = t0;
  for (let tick = 1; sent < kinds.length; tick++) {
    const at = t0 + tick * 100;
    if (Date.now() < at) await new Promise((r) => setTimeout(r, at - Date.now()));
    cut = Date.now();
    const due = Math.min(kinds.length, Math.floor(((cut - t0) * perSecond) / 1000));
    if (due > sent) await panel.post(batch(id, kinds.slice(sent, due), rows.slice(sent, due)));
    sent = due;
  }
  // Changes handed to the panel per second, up to the moment the last batch was cut.
  return (kinds.length * 1000) / Math.max(1, cut - t0);
}

for (const keyed of [true, false]) {
  test(`applies 10,000 changes a second exactly (${keyed ? 'upsert key' : 'whole-row match'})`, async () => {
    await panel.fresh();
    const id = keyed ? 'keyed' : 'unkeyed';
    const { kinds, rows } = changelog(30_000, 2_000, keyed ? 7 : 11);
    await panel.post(open(id, ORDERS, keyed ? [0] : null));
    const rate = await streamAtRate(id, kinds, rows, 10_000);
    console.log(`# fed ${kinds.length} changes at ${Math.round(rate)}/s (${keyed ? 'keyed' : 'unkeyed'})`);
    const expected = reference(kinds, rows, keyed);
    await waitCounter('rows', expected.length.toLocaleString('en-US'));
    const table = JSON.parse(await exported('json')) as { id: number; name: string; amount: number }[];
    assert.deepEqual(table.map((r) => JSON.stringify([r.id, r.name, r.amount])).sort(), expected);
    const count = (k: number): string => kinds.filter((x) => x === k).length.toLocaleString('en-US');
    assert.equal(await counter('inserts'), count(0));
    assert.equal(await counter('updatesBefore'), count(1));
    assert.equal(await counter('updatesAfter'), count(2));
    assert.equal(await counter('deletes'), count(3));
    // Changelog mode shows every change with its op, oldest first; switching back loses nothing.
    await panel.page.click('.mode-changelog');
    await panel.settle();
    const log = JSON.parse(await exported('json')) as { op: string; id: number }[];
    assert.equal(log.length, kinds.length);
    assert.deepEqual(log.slice(-4).map((r) => [r.op, r.id]), kinds.slice(-4).map((k, i) => [['+I', '-U', '+U', '-D'][k], rows[rows.length - 4 + i][0]]));
    if (keyed) await panel.page.screenshot({ path: join(RESULTS_DIR, 'results-changelog.png') });
    await panel.page.click('.mode-table');
    const again = JSON.parse(await exported('json')) as { id: number; name: string; amount: number }[];
    assert.equal(again.length, expected.length);
  });
}

const FRUIT: unknown[][] = [
  [1, 'apple', 30],
  [2, 'banana', 5.5],
  [3, 'cherry', null],
  [4, 'grape', 70],
  [5, 'pineapple', 12],
  [6, 'Papaya', 99],
];

async function showFruit(): Promise<void> {
  await panel.fresh();
  await panel.post(open('fruit', ORDERS, [0], 'SELECT * FROM fruit'), batch('fruit', FRUIT.map(() => 0), FRUIT));
  await waitCounter('rows', '6');
  await panel.settle();
}

const column = async (i: number): Promise<string[]> => (await visibleRows()).map((r) => r[i]);

test('sorts by a clicked header: ascending, descending, then arrival order', async () => {
  await showFruit();
  const header = panel.page.locator('.th[data-col="2"] .th-name');
  await header.click();
  await panel.settle();
  assert.deepEqual(await column(2), ['5.5', '12', '30', '70', '99', 'NULL']);
  assert.equal(await panel.page.textContent('.th[data-col="2"] .th-sort'), '▲');
  await header.click();
  await panel.settle();
  assert.deepEqual(await column(2), ['99', '70', '30', '12', '5.5', 'NULL']);
  await header.click();
  await panel.settle();
  assert.deepEqual(await column(0), ['1', '2', '3', '4', '5', '6']);
  // Types are shown under the names.
  assert.deepEqual(await panel.page.$$eval('.th-type', (ts) => ts.map((t) => t.textContent)), ['BIGINT NOT NULL', 'STRING', 'DOUBLE']);
});

test('filters per column (text and numeric comparisons) and searches with highlighting', async () => {
  await showFruit();
  await panel.page.fill('.th[data-col="1"] .th-filter', 'no such fruit');
  await panel.settle();
  assert.equal(await panel.page.textContent('.empty-note'), 'No rows match the filters.');
  await panel.page.fill('.th[data-col="1"] .th-filter', 'apple');
  await panel.settle();
  assert.deepEqual(await column(1), ['apple', 'pineapple']);
  await panel.page.fill('.th[data-col="1"] .th-filter', '');
  await panel.page.fill('.th[data-col="2"] .th-filter', '>=30');
  await panel.settle();
  assert.deepEqual(await column(1), ['apple', 'grape', 'Papaya']);
  await panel.page.fill('.th[data-col="2"] .th-filter', '');
  await panel.page.fill('.search', 'PA');
  await panel.settle();
  assert.deepEqual(await column(1), ['Papaya']);
  assert.deepEqual(await panel.page.$$eval('.tr mark', (ms) => ms.map((m) => m.textContent)), ['Pa', 'pa']);
  // The highlighted cell still reads as its whole text, and only matches are marked.
  assert.equal(await panel.page.$eval('.tr .td[data-col="1"]:has(mark)', (c) => c.textContent), 'Papaya');
  assert.equal(await panel.page.$eval('.tr .td[data-col="1"]:has(mark)', (c) => c.innerHTML), '<mark>Pa</mark><mark>pa</mark>ya');
  await panel.page.fill('.search', 'ap');
  await panel.settle();
  assert.deepEqual(await column(1), ['apple', 'grape', 'pineapple', 'Papaya']);
  assert.deepEqual(await panel.page.$$eval('.tr mark', (ms) => ms.map((m) => m.textContent)), ['ap', 'ap', 'ap', 'ap']);
  // Another statement starts with no search or filters.
  await panel.page.fill('.th[data-col="2"] .th-filter', '>1');
  await panel.post(open('other', ORDERS, null), batch('other', [0], [[1, 'x', 0]]));
  await waitCounter('rows', '1');
  await panel.settle();
  assert.equal(await panel.page.inputValue('.search'), '');
  assert.equal(await panel.page.inputValue('.th[data-col="2"] .th-filter'), '');
  assert.deepEqual(await visibleRows(), [['1', 'x', '0']]);
  await panel.page.screenshot({ path: join(RESULTS_DIR, 'results-search.png') });
});

test('hides and shows columns', async () => {
  await showFruit();
  await panel.page.click('.columns-button');
  await panel.page.uncheck('.column-check[data-col="1"]');
  await panel.settle();
  assert.deepEqual(await panel.page.$$eval('.th .th-label', (ls) => ls.map((l) => l.textContent)), ['id', 'amount']);
  assert.deepEqual((await visibleRows())[0], ['1', '30']);
  await panel.page.check('.column-check[data-col="1"]');
  await panel.settle();
  assert.deepEqual(await panel.page.$$eval('.th .th-label', (ls) => ls.map((l) => l.textContent)), ['id', 'name', 'amount']);
});

test('opens a row as formatted JSON, copies a cell and a row', async () => {
  await showFruit();
  await panel.page.click('.tr[data-index="1"] .td[data-col="1"]');
  const json = await panel.page.textContent('.row-json');
  assert.equal(json, JSON.stringify({ id: 2, name: 'banana', amount: 5.5 }, null, 2));
  assert.equal(await panel.page.isVisible('.row-pane'), true);
  await panel.page.click('.copy-cell');
  await panel.page.click('.row-pane .copy-row');
  const copies = (await panel.posted()).filter((m) => m.type === 'copy').map((m) => (m as { text: string }).text);
  assert.deepEqual(copies.slice(-2), ['banana', json]);
  // Ctrl+C on the grid copies the selected cell.
  await panel.page.click('.tr[data-index="3"] .td[data-col="2"]');
  await panel.page.keyboard.press('Control+c');
  const last = (await panel.posted()).filter((m) => m.type === 'copy').at(-1);
  assert.deepEqual(last, { type: 'copy', text: '70' });
  await panel.page.screenshot({ path: join(RESULTS_DIR, 'results-row-pane.png') });
  // Arrow keys move the selection and the row pane follows.
  await panel.page.keyboard.press('ArrowDown');
  await panel.page.keyboard.press('ArrowLeft');
  await panel.page.keyboard.press('Control+c');
  assert.deepEqual((await panel.posted()).filter((m) => m.type === 'copy').at(-1), { type: 'copy', text: 'pineapple' });
  assert.equal(JSON.parse((await panel.page.textContent('.row-json')) ?? '{}').id, 5);
  await panel.page.keyboard.press('Escape');
  assert.equal(await panel.page.isVisible('.row-pane'), false);
});

test('exports every row as CSV (quoted where needed) and JSON', async () => {
  await panel.fresh();
  const schema: ColumnSchema[] = [
    { name: 'id', type: 'INT' },
    { name: 'note', type: 'STRING' },
    { name: 'ts', type: 'TIMESTAMP(3)' },
  ];
  const rows = [
    [1, 'plain', 0],
    [2, 'comma, "quote"\nnewline', 1_700_000_000_123],
    [3, null, null],
  ];
  await panel.post(open('exp', schema, null), batch('exp', [0, 0, 0], rows));
  await waitCounter('rows', '3');
  // A filter does not limit an export: all rows go out.
  await panel.page.fill('.search', 'plain');
  await panel.settle();
  assert.equal(
    await exported('csv'),
    'id,note,ts\r\n1,plain,1970-01-01 00:00:00.000\r\n2,"comma, ""quote""\nnewline",2023-11-14 22:13:20.123\r\n3,NULL,NULL\r\n',
  );
  assert.deepEqual(JSON.parse(await exported('json')), [
    { id: 1, note: 'plain', ts: '1970-01-01 00:00:00.000' },
    { id: 2, note: 'comma, "quote"\nnewline', ts: '2023-11-14 22:13:20.123' },
    { id: 3, note: null, ts: null },
  ]);
});

test('renders markup and script in values as text', async () => {
  await panel.fresh();
  const payload = '<img src=x onerror=window.__pwned=1>';
  const schema: ColumnSchema[] = [
    { name: 'window_start', type: 'TIMESTAMP(3)' },
    { name: '<b>col</b>', type: 'STRING' },
    { name: 'v', type: 'INT' },
  ];
  await panel.post(
    open('xss', schema, null, '<script>window.__pwned=1</script>'),
    batch('xss', [0, 0], [[0, payload, 1], [60_000, '<b>bold?</b> & "quotes"', 2]]),
  );
  await waitCounter('rows', '2');
  await panel.page.fill('.search', 'img');
  await panel.settle();
  await panel.page.click('.tr[data-index="0"] .td[data-col="1"]');
  assert.equal(await panel.page.locator('.app img, .app b, .app script').count(), 0);
  assert.equal(await panel.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.equal(await panel.page.locator(`.td:has-text("${payload}")`).first().isVisible(), true);
  assert.equal(await panel.page.textContent('.title'), '<script>window.__pwned=1</script>');
  assert.ok((await panel.page.textContent('.row-json'))?.includes(payload));
  assert.equal(await panel.page.textContent('.th[data-col="1"] .th-label'), '<b>col</b>');
  await panel.page.screenshot({ path: join(RESULTS_DIR, 'results-xss.png') });
  await panel.page.click('.mode-chart');
  await panel.settle();
  assert.ok((await panel.page.$$eval('.chart-legend-label', (ls) => ls.map((l) => l.textContent))).includes(payload));
  assert.equal(await panel.page.locator('.app img').count(), 0);
  assert.equal(await panel.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.deepEqual(await panel.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  // The page's policy refuses a script without the nonce.
  const ran = await panel.page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.body.appendChild(s);
    return (window as unknown as { __pwned?: unknown }).__pwned !== undefined;
  });
  assert.equal(ran, false);
});

test('charts a value over window_start, one series per key, live', async () => {
  await panel.fresh();
  const schema: ColumnSchema[] = [
    { name: 'symbol', type: 'STRING' },
    { name: 'window_start', type: 'TIMESTAMP(3)' },
    { name: 'window_end', type: 'TIMESTAMP(3)' },
    { name: 'avg_price', type: 'DOUBLE' },
  ];
  const rowsAt = (w: number): unknown[][] =>
    ['AAPL', 'GOOG', 'MSFT'].map((s, i) => [s, w * 60_000, (w + 1) * 60_000, 100 + i * 20 + Math.sin(w + i) * 10]);
  await panel.post(open('chart', schema, null));
  for (let w = 0; w < 5; w++) await panel.post(batch('chart', [0, 0, 0], rowsAt(w)));
  await panel.page.click('.mode-chart');
  await panel.settle();
  assert.equal(await panel.page.inputValue('.chart-time'), 'window_start');
  assert.equal(await panel.page.inputValue('.chart-series'), 'symbol');
  assert.equal(await panel.page.inputValue('.chart-value'), 'avg_price');
  assert.deepEqual(await panel.page.$$eval('.chart-series[data-series]', (gs) => gs.map((g) => (g as SVGElement).dataset.series)), ['AAPL', 'GOOG', 'MSFT']);
  assert.equal(await panel.page.locator('.chart-point').count(), 15);
  assert.equal(await panel.page.locator('path.chart-line').count(), 3);
  // Live: a new window adds a point to every series.
  await panel.post(batch('chart', [0, 0, 0], rowsAt(5)));
  await panel.page.waitForFunction(() => document.querySelectorAll('.chart-point').length === 18);
  await panel.page.screenshot({ path: join(RESULTS_DIR, 'results-chart-line.png') });
  await panel.page.selectOption('.chart-kind', 'bar');
  await panel.page.waitForFunction(() => document.querySelectorAll('rect.chart-bar').length === 18);
  await panel.page.screenshot({ path: join(RESULTS_DIR, 'results-chart-bar.png') });
});

test('pause buffers batches, resume applies them; counters and status', async () => {
  await showFruit();
  await panel.page.click('.pause');
  await panel.post(batch('fruit', [0, 3], [[7, 'kiwi', 1], FRUIT[0]]));
  await panel.post({ type: 'counters', statementId: 'fruit', lateRows: 42 });
  await panel.settle();
  assert.equal(await counter('rows'), '6');
  assert.equal(await counter('phase'), 'PAUSED (2 buffered)');
  assert.equal(await counter('late'), '42');
  await panel.page.click('.pause');
  await waitCounter('inserts', '7');
  await panel.settle();
  assert.equal(await counter('rows'), '6');
  assert.equal(await counter('deletes'), '1');
  assert.deepEqual(await column(1), ['banana', 'cherry', 'grape', 'pineapple', 'Papaya', 'kiwi']);
  // Elapsed time runs from startedAt and stops at endedAt.
  const started = Date.now() - 3_600_000;
  await panel.post(
    { type: 'open', statementId: 'timed', title: 'timed', schema: ORDERS, upsertKey: null, startedAt: started },
    { type: 'status', statementId: 'timed', phase: 'FINISHED', endedAt: started + 65_000 },
  );
  await waitCounter('phase', 'FINISHED');
  assert.equal(await counter('elapsed'), '01:05');
});

test('restores rows and view choices after a reload', async () => {
  await showFruit();
  await panel.page.click('.mode-changelog');
  await panel.page.fill('.search', 'ap');
  await panel.settle();
  await panel.reload();
  await waitCounter('rows', '6');
  await panel.settle();
  assert.equal(await panel.page.getAttribute('.mode-changelog', 'aria-selected'), 'true');
  assert.equal(await panel.page.inputValue('.search'), 'ap');
  assert.deepEqual(await column(2), ['apple', 'grape', 'pineapple', 'Papaya']);
  assert.deepEqual(await column(0), ['+I', '+I', '+I', '+I']);
  assert.ok((await panel.posted()).some((m) => m.type === 'ready'));
});

test('an update by key keeps the row in place; malformed changes are skipped', async () => {
  await showFruit();
  await panel.post(batch('fruit', [1, 2], [FRUIT[1], [2, 'blueberry', 6]]));
  await panel.post(batch('fruit', [0, 7, 0], [[8, 'lime', 2], [9, 'bad kind', 0], null as unknown as unknown[]]));
  await waitCounter('rows', '7');
  await panel.settle();
  assert.deepEqual(await column(1), ['apple', 'blueberry', 'cherry', 'grape', 'pineapple', 'Papaya', 'lime']);
});
