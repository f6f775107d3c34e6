/**
 * The plan view webview (the built dist/webview/plan.js) in real Chromium: the operator graph of
 * a join + aggregate laid out in layers with its edges, live metrics replacing earlier ones,
 * hints in plain words, a running source's splits (count and lag on the box, each split's
 * subtask, watermark and lag in its tooltip) and a keyed stage's parallelism and worker threads,
 * hostile names rendered as text under the strict CSP, errors, restore after a reload, and
 * malformed messages ignored. Screenshots go to test-results/.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { HostToPlan, MetricsMessage, PlanGraph, PlanToHost } from '../../client/webview/plan/protocol';
import { openWebview, RESULTS_DIR, type WebviewPage } from './webview-harness';

let view: WebviewPage<HostToPlan, PlanToHost>;

before(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  view = await openWebview<HostToPlan, PlanToHost>({ bundle: 'plan', title: 'Tideline Plan', readySelector: '.plan-app', viewport: { width: 1100, height: 900 } });
});

after(async () => {
  await view?.close();
});

const JOIN_AGG: PlanGraph = {
  nodes: [
    { id: '1', name: 'Source: orders', kind: 'source', changelogMode: 'I', watermark: "order_time - INTERVAL '5' SECOND" },
    { id: '2', name: 'Source: customers', kind: 'source', changelogMode: 'I' },
    { id: '3', name: 'Calc', kind: 'operator', changelogMode: 'I', detail: 'customer_id, amount' },
    { id: '4', name: 'Join', kind: 'operator', changelogMode: 'I', detail: 'customer_id = id' },
    { id: '5', name: 'GroupAggregate', kind: 'operator', changelogMode: 'I,UB,UA', upsertKey: ['name'], detail: 'SUM(amount)' },
    { id: '6', name: 'Collect', kind: 'sink', changelogMode: 'I,UA,D', upsertKey: ['name'] },
  ],
  edges: [
    { from: '1', to: '3', exchange: 'forward' },
    { from: '3', to: '4', exchange: 'hash', keys: ['customer_id'] },
    { from: '2', to: '4', exchange: 'hash', keys: ['id'] },
    { from: '4', to: '5', exchange: 'hash', keys: ['name'] },
    { from: '5', to: '6', exchange: 'forward' },
  ],
};

const TEXT = 'Sink(Collect)\n+- GroupAggregate(groupBy=[name], select=[name, SUM(amount)])\n   +- Join(...)';

function metrics(statement: string, figures: Record<string, [number, number, number | null, number | null]>, hints: string[] = [], rows = 0): MetricsMessage {
  return {
    type: 'metrics',
    statement,
    phase: 'RUNNING',
    rows,
    ratePerSecond: 12,
    operators: Object.entries(figures).map(([id, [recordsIn, recordsOut, watermark, stateSize]]) => ({
      id,
      name: id,
      recordsIn,
      recordsOut,
      ...(watermark !== null ? { watermark } : {}),
      ...(stateSize !== null ? { stateSize } : {}),
      lateDropped: 0,
      errors: 0,
    })),
    hints,
  };
}

/** Each node's lines (its own text, tooltips left out), by node id. */
async function nodeTexts(): Promise<Record<string, string[]>> {
  return view.page.$$eval('g.node', (gs) =>
    Object.fromEntries(gs.map((g) => [(g as SVGGElement).dataset.id!, Array.from(g.querySelectorAll('text'), (t) => t.firstChild?.textContent ?? '')])),
  );
}

async function boxOf(id: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await view.page.locator(`g.node[data-id="${id}"] rect`).boundingBox();
  assert.ok(box, `node ${id} is not laid out`);
  return box;
}

test('draws the operators of a join + aggregate in layers, with their edges, modes, keys and watermark', async () => {
  await view.fresh();
  assert.equal(await view.page.textContent('.empty-note'), 'No plan yet. Use “Show Plan” on a statement.');
  await view.post({ type: 'plan', title: 'SELECT name, SUM(amount) FROM orders JOIN customers …', text: TEXT, graph: JOIN_AGG });
  await view.page.waitForSelector('g.node');
  assert.equal(await view.page.locator('.empty-note').isVisible(), false);
  assert.equal(await view.page.textContent('.plan-title'), 'SELECT name, SUM(amount) FROM orders JOIN customers …');
  const nodes = await nodeTexts();
  assert.deepEqual(Object.keys(nodes).sort(), ['1', '2', '3', '4', '5', '6']);
  // Long lines wrap inside the box.
  assert.deepEqual(nodes['1'], ['Source: orders', 'source · insert-only', "watermark: order_time - INTERVAL '5'", 'SECOND']);
  assert.deepEqual(nodes['5'], ['GroupAggregate', 'operator · retract (I,UB,UA)', 'key: name', 'SUM(amount)']);
  assert.deepEqual(nodes['6']!.slice(0, 2), ['Collect', 'sink · upsert (I,UA,D)']);
  // Boxes are coloured by the kind of changelog they emit (theme colours in plan.css).
  assert.deepEqual(await view.page.$$eval('g.node', (gs) => gs.map((g) => `${(g as SVGGElement).dataset.id}:${(g as SVGGElement).dataset.changelog}`).sort()), ['1:insert', '2:insert', '3:insert', '4:insert', '5:retract', '6:upsert']);
  assert.equal(nodes['4']!.some((l) => l.startsWith('in ')), false, 'an explained statement that does not run shows no figures');

  const edges = await view.page.$$eval('g.edge', (gs) => gs.map((g) => `${(g as SVGGElement).dataset.from}->${(g as SVGGElement).dataset.to} ${g.querySelector('text')?.textContent ?? ''}`));
  assert.deepEqual(edges.sort(), ['1->3 forward', '2->4 hash [id]', '3->4 hash [customer_id]', '4->5 hash [name]', '5->6 forward']);

  // Layers top to bottom: each operator below its inputs, the join below both sides.
  const [orders, customers, calc, joinBox, agg, sink] = await Promise.all(['1', '2', '3', '4', '5', '6'].map(boxOf));
  assert.ok(calc!.y > orders!.y + orders!.height, 'Calc is not below its source');
  assert.ok(joinBox!.y > calc!.y + calc!.height && joinBox!.y > customers!.y + customers!.height, 'Join is not below both inputs');
  assert.ok(agg!.y > joinBox!.y + joinBox!.height && sink!.y > agg!.y + agg!.height, 'the aggregate and sink are not below the join');
  // The second input of the join sits beside the first one's last operator, without overlap.
  assert.equal(customers!.y + customers!.height / 2, calc!.y + calc!.height / 2, 'Source: customers is not in the layer of Calc');
  const sameLayer = [calc!, customers!].sort((a, b) => a.x - b.x);
  assert.ok(sameLayer[0]!.x + sameLayer[0]!.width <= sameLayer[1]!.x, 'two boxes of a layer overlap');

  // The drawn text is also what a reader of the page gets (the VS Code tests read it so).
  assert.match(await view.page.locator('.graph-wrap').innerText(), /GroupAggregate[\s\S]*key: name/);
  assert.equal(await view.page.textContent('.plan-text'), TEXT);
  await view.page.click('.plan-text-summary');
  await view.page.screenshot({ path: join(RESULTS_DIR, 'plan-join-aggregate.png'), fullPage: true });
});

test('live metrics of a running statement replace the earlier ones on each node', async () => {
  await view.fresh();
  await view.post({ type: 'plan', title: 'orders_by_name', text: TEXT, graph: JOIN_AGG, statement: 'orders_by_name' });
  await view.page.waitForSelector('g.node[data-id="5"] [data-metric="records"]');
  assert.equal(await view.page.textContent('g.node[data-id="5"] [data-metric="records"]'), 'in — · out —');
  const wm = Date.UTC(2026, 0, 2, 3, 4, 5);
  await view.post(metrics('orders_by_name', { '1': [0, 1200, wm, null], '5': [1200, 34, wm, 17] }, [], 34));
  await view.page.waitForFunction(() => document.querySelector('g.node[data-id="5"] [data-metric="records"]')?.textContent === 'in 1,200 · out 34');
  assert.equal(await view.page.textContent('g.node[data-id="5"] [data-metric="watermark"]'), 'wm 2026-01-02 03:04:05.000');
  assert.equal(await view.page.textContent('g.node[data-id="5"] [data-metric="state"]'), 'state 17');
  assert.equal(await view.page.textContent('g.node[data-id="4"] [data-metric="watermark"]'), 'wm none yet');
  assert.equal(await view.page.textContent('.plan-status'), 'RUNNING · 34 rows · 12/s');

  await view.post(metrics('orders_by_name', { '1': [0, 5000, wm + 1000, null], '5': [5000, 40, wm + 1000, 20] }, [], 40));
  await view.page.waitForFunction(() => document.querySelector('g.node[data-id="5"] [data-metric="records"]')?.textContent === 'in 5,000 · out 40');
  assert.equal(await view.page.textContent('g.node[data-id="1"] [data-metric="records"]'), 'in 0 · out 5,000');
  // Figures of another statement do not land on this plan.
  await view.post(metrics('someone_else', { '5': [9, 9, null, null] }));
  await view.settle();
  assert.equal(await view.page.textContent('g.node[data-id="5"] [data-metric="records"]'), 'in 5,000 · out 40');
  await view.page.screenshot({ path: join(RESULTS_DIR, 'plan-metrics.png'), fullPage: true });
});

test('a running source shows its splits and lag, each split in the tooltip; a keyed stage its parallelism and worker threads', async () => {
  await view.fresh();
  await view.post({ type: 'plan', title: 'by_name', text: TEXT, graph: JOIN_AGG, statement: 'by_name' });
  await view.page.waitForSelector('g.node[data-id="1"] [data-metric="records"]');
  // Nothing measured yet: no split or parallelism line.
  assert.equal(await view.page.locator('[data-metric="splits"], [data-metric="parallelism"]').count(), 0);
  const wm = Date.UTC(2026, 0, 2, 3, 4, 5);
  const base = metrics('by_name', { '1': [0, 900, wm, null], '2': [0, 10, null, null], '4': [910, 900, wm, 40], '5': [900, 30, wm, 17] }, [], 30);
  const ops = base.operators.map((o) => {
    if (o.id === '1') {
      return {
        ...o,
        backlog: 1234,
        splitReaders: [
          { split: 'partition-0', subtask: 0, watermark: wm, backlog: 1000 },
          { split: 'partition-1', subtask: 1, watermark: wm + 2000, backlog: 234 },
          { split: 'partition-2', subtask: 0, backlog: 0 },
          { split: 'partition-3', subtask: 1, ended: true },
        ],
      };
    }
    if (o.id === '2') return { ...o, splitReaders: [{ split: 'customers.csv', subtask: 0 }] };
    if (o.id === '4') return { ...o, parallelism: 2, workerThreads: 2 };
    if (o.id === '5') return { ...o, parallelism: 2, workerThreads: 0 };
    return o;
  });
  assert.equal(await view.page.locator('.plan-scaling').isVisible(), false, 'no decision yet, none shown');
  await view.post({ ...base, parallelism: 2, backlog: 1234, scaling: { parallelism: 2, reason: 'grow: need 2 for 900 rec/s at 500 rec/s per slot', at: wm }, operators: ops });
  await view.page.waitForSelector('g.node[data-id="1"] [data-metric="splits"]');
  // The heading: parallelism and lag, and the autoscaler's last decision with its time.
  assert.equal(await view.page.textContent('.plan-status'), 'RUNNING · parallelism 2 · 30 rows · 12/s · lag 1,234');
  assert.equal(await view.page.textContent('.plan-scaling'), 'Autoscaler: grow: need 2 for 900 rec/s at 500 rec/s per slot (parallelism 2, 2026-01-02 03:04:05.000 UTC)');
  assert.equal(await view.page.locator('.plan-scaling').isVisible(), true);
  assert.equal(await view.page.textContent('g.node[data-id="1"] [data-metric="splits"]'), '4 partitions · lag 1,234');
  assert.equal(await view.page.textContent('g.node[data-id="2"] [data-metric="splits"]'), '1 split');
  assert.equal(await view.page.textContent('g.node[data-id="4"] [data-metric="parallelism"]'), 'parallelism 2 · 2 worker threads');
  assert.equal(await view.page.textContent('g.node[data-id="5"] [data-metric="parallelism"]'), 'parallelism 2 · in process');
  assert.equal(await view.page.locator('g.node[data-id="1"] [data-metric="parallelism"], g.node[data-id="6"] [data-metric="splits"]').count(), 0);
  // The box's tooltip has every split with the subtask reading it, its watermark and lag.
  const tip = await view.page.$eval('g.node[data-id="1"] > title', (t) => t.textContent ?? '');
  assert.deepEqual(tip.split('\n').slice(-4), [
    'partition-0 · subtask 0 · wm 2026-01-02 03:04:05.000 · lag 1,000',
    'partition-1 · subtask 1 · wm 2026-01-02 03:04:07.000 · lag 234',
    'partition-2 · subtask 0 · wm none yet · lag 0',
    'partition-3 · subtask 1 · wm none yet · ended',
  ]);
  await view.page.screenshot({ path: join(RESULTS_DIR, 'plan-splits.png'), fullPage: true });

  // Rescaled to 1: the figures follow.
  const rescaled = ops.map((o) => (o.id === '4' ? { ...o, parallelism: 1, workerThreads: 0 } : o.id === '1' ? { ...o, backlog: 0, splitReaders: o.splitReaders!.map((r) => ({ ...r, subtask: 0, backlog: 0 })) } : o));
  await view.post({ ...base, operators: rescaled });
  await view.page.waitForFunction(() => document.querySelector('g.node[data-id="4"] [data-metric="parallelism"]')?.textContent === 'parallelism 1 · in process');
  assert.equal(await view.page.textContent('g.node[data-id="1"] [data-metric="splits"]'), '4 partitions · lag 0');
  assert.match(await view.page.$eval('g.node[data-id="1"] > title', (t) => t.textContent ?? ''), /partition-1 · subtask 0 · /);
});

test('hints say in plain words why nothing comes out, and go away when output flows', async () => {
  await view.fresh();
  await view.post({ type: 'plan', title: 'windowed', text: TEXT, graph: JOIN_AGG, statement: 'windowed' });
  assert.equal(await view.page.locator('.hints').isVisible(), false);
  const hints = ['The watermark (2026-01-02 03:04:00) is before the end of the first window (03:05:00): no window has closed yet.', 'Split 2 of orders is idle and holds the watermark back.'];
  await view.post(metrics('windowed', { '1': [0, 10, null, null] }, hints));
  await view.page.waitForSelector('.hints:not([hidden])');
  assert.equal(await view.page.textContent('.hints-heading'), 'Why there is no output yet');
  assert.deepEqual(await view.page.$$eval('.hint', (li) => li.map((l) => l.textContent)), hints);
  await view.page.screenshot({ path: join(RESULTS_DIR, 'plan-hints.png'), fullPage: true });
  await view.post(metrics('windowed', { '1': [0, 10, null, null] }, [], 3));
  await view.page.waitForSelector('.hints', { state: 'hidden' });
});

test('markup in names, keys, hints and titles is shown as text and nothing runs', async () => {
  await view.fresh();
  const evil = '<img src=x onerror="window.__pwned=1">';
  await view.post({
    type: 'plan',
    title: evil,
    text: evil,
    statement: 'evil',
    graph: {
      nodes: [
        { id: 'a', name: evil, kind: '<b>k</b>' as 'source', changelogMode: 'I', upsertKey: [evil], watermark: evil },
        { id: 'b', name: 'sink', kind: 'sink', changelogMode: '<u>I</u>', detail: '<script>window.__pwned=2</script>' },
      ],
      edges: [{ from: 'a', to: 'b', exchange: '<i>hash</i>' as 'hash', keys: [evil] }],
    },
  });
  const m = metrics('evil', { a: [1, 1, null, null] }, [evil]);
  await view.post({ ...m, operators: m.operators.map((o) => ({ ...o, splitReaders: [{ split: evil, subtask: 0 }] })) });
  await view.page.waitForSelector('.hint');
  assert.match(await view.page.$eval('g.node[data-id="a"] > title', (t) => t.textContent ?? ''), /<img src=x onerror="window.__pwned=1"> · subtask 0/);
  const nodes = await nodeTexts();
  assert.equal(nodes['a']![0], '<img src=x onerror="window.__pwned=1">');
  assert.equal(nodes['a']![1], '<b>k</b> · insert-only');
  assert.equal(await view.page.textContent('.plan-title'), evil);
  assert.equal(await view.page.textContent('.hint'), evil);
  assert.equal(nodes['b']![1], 'sink · <u>I</u>');
  assert.equal(await view.page.locator('img, b, i, u, script:not([src])').count(), 0, 'markup was parsed');
  assert.equal(await view.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(await view.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
});

test('an error replaces the graph; the view restores after a reload; malformed messages are ignored', async () => {
  await view.fresh();
  await view.post({ type: 'plan', title: 'q', text: TEXT, graph: JOIN_AGG, statement: 'q' });
  await view.post(metrics('q', { '5': [7, 3, null, null] }));
  await view.page.waitForFunction(() => document.querySelector('g.node[data-id="5"] [data-metric="records"]')?.textContent === 'in 7 · out 3');
  await view.reload();
  await view.page.waitForSelector('g.node[data-id="5"] [data-metric="records"]');
  assert.equal(await view.page.textContent('g.node[data-id="5"] [data-metric="records"]'), 'in 7 · out 3');
  const readies = (await view.posted()).filter((m) => m.type === 'ready');
  assert.ok(readies.length >= 1, 'the view did not say ready');

  // Garbage and half messages: the page keeps working.
  await view.post(null as never, 'text' as never, { type: 'metrics' } as never, { type: 'plan', title: 'broken', text: 1, graph: { nodes: 'x' } } as never);
  await view.settle();
  assert.equal(await view.page.textContent('.plan-title'), 'broken');
  assert.equal(await view.page.locator('g.node').count(), 0);

  await view.post({ type: 'error', title: 'bad', message: "Table 'nope' not found" });
  await view.page.waitForSelector('.plan-error:not([hidden])');
  assert.equal(await view.page.textContent('.plan-error'), "Table 'nope' not found");
  assert.equal(await view.page.locator('g.node').count(), 0);
  assert.equal(await view.page.locator('.plan-text-box').isVisible(), false);
});
