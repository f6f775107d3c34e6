/**
 * The Tideline activity-bar views in the real workbench, read and clicked through the browser
 * driver: the Catalog down to a table's columns, a compute pool created, edited and deleted
 * through the Compute pools view's commands (with arguments instead of quick inputs), a
 * submitted statement followed in the Statements view until Stop stops it, and the plan view
 * of that running statement with its live figures.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PoolView, StatementView } from '../../../client/views/engine-types';
import { clickInWorkbench, driverAvailable, requestScreenshot, workbenchTexts } from './driver-channel';
import { readyApi } from './tideline';
import { waitFor } from './wait';

const CONTAINER = '[id="workbench.view.extension.tideline"]';

/** The rows of one of the container's views, as shown (label, description). */
function rowsOf(view: string): string {
  return `${CONTAINER} .pane:has(.pane-header[aria-label^="${view}"]) .monaco-list-row`;
}

/** Each row's text: its label directly followed by its description (the workbench puts no space between). */
async function rows(view: string): Promise<string[]> {
  return (await workbenchTexts(rowsOf(view))).map((t) => t.replace(/\s+/g, ' ').trim());
}

async function waitForRow(view: string, what: string, match: (row: string) => boolean, timeoutMs = 30_000): Promise<string> {
  let seen: string[] = [];
  return waitFor(`${what} in the ${view} view`, async () => {
    seen = await rows(view);
    return seen.find(match);
  }, timeoutMs).catch((err: Error) => {
    throw new Error(`${err.message}; the view showed ${JSON.stringify(seen)}`);
  });
}

async function clickRow(view: string, label: string): Promise<void> {
  await clickInWorkbench(`${rowsOf(view)}:has(:text-is("${label}"))`);
}

describe('Tideline views', function () {
  before(async function () {
    if (!driverAvailable()) this.skip();
    // Opening the container is enough to start the extension (its views activate it).
    await vscode.commands.executeCommand('workbench.view.extension.tideline');
    await readyApi();
  });

  it('the Catalog view opens examples -> marketplace -> orders and shows its columns with their types', async () => {
    await vscode.commands.executeCommand('tideline.catalog.focus');
    await waitForRow('Catalog', 'the examples catalog', (r) => r.startsWith('examples'));
    await clickRow('Catalog', 'examples');
    await waitForRow('Catalog', 'the marketplace database', (r) => r.startsWith('marketplace'));
    await clickRow('Catalog', 'marketplace');
    await waitForRow('Catalog', 'the orders table', (r) => r.startsWith('orders'));
    await clickRow('Catalog', 'orders');
    const orderId = await waitForRow('Catalog', 'the order_id column', (r) => r.startsWith('order_id'));
    assert.match(orderId, /^order_id ?STRING/);
    const customerId = await waitForRow('Catalog', 'the customer_id column', (r) => r.startsWith('customer_id'));
    assert.match(customerId, /^customer_id ?BIGINT/);
    assert.ok((await rows('Catalog')).some((r) => r.startsWith('customers')), 'the other marketplace tables are listed too');
    await requestScreenshot('views-catalog');
  });

  it('a pool created, edited and deleted through the Compute pools view shows its CFU', async () => {
    const api = await readyApi();
    await vscode.commands.executeCommand('tideline.pools.focus');
    await waitForRow('Compute pools', 'the default pool', (r) => r.startsWith('default'));
    const created = await vscode.commands.executeCommand<PoolView>('tideline.pools.create', 'views-pool', 3);
    assert.equal(created?.maxCfu, 3);
    const row = await waitForRow('Compute pools', 'the new pool', (r) => r.startsWith('views-pool'));
    assert.match(row, /^views-pool ?0\/3 CFU ▱{8} · today 0 CFU·s · total 0 CFU·s$/);
    await vscode.commands.executeCommand('tideline.pools.edit', 'views-pool', 5);
    await waitForRow('Compute pools', 'the new cap', (r) => /^views-pool ?0\/5 CFU/.test(r));
    await requestScreenshot('views-pools');
    assert.equal(await vscode.commands.executeCommand('tideline.pools.delete', 'views-pool', { confirmed: true }), true);
    await waitFor('the pool to leave the view', async () => !(await rows('Compute pools')).some((r) => r.startsWith('views-pool')) || undefined);
    const { pools } = await api.engine.request<{ pools: PoolView[] }>('pools/list', {});
    assert.ok(!pools.some((p) => p.name === 'views-pool'), 'the pool is still in the engine');
  });

  it('a submitted statement appears in the Statements view, follows its phase, shows its plan, and Stop stops it', async () => {
    const api = await readyApi();
    const name = `views-${Date.now()}`;
    const sql = 'SELECT customer_id, COUNT(*) AS orders FROM examples.marketplace.orders GROUP BY customer_id';
    await vscode.commands.executeCommand('tideline.statements.focus');
    await api.engine.request<StatementView>('statements/submit', { sql, name });
    const running = await waitForRow('Statements', 'the running statement with its rows', (r) => r.startsWith(`${name}`) && / ?running · default · [1-9][\d,]* rows · /.test(r));
    assert.match(running, /\/s$/, 'a running statement shows its rate');
    // It is under its pool in the Compute pools view too, and holds slots there.
    await vscode.commands.executeCommand('tideline.pools.focus');
    await clickRow('Compute pools', 'default');
    await waitForRow('Compute pools', 'the statement under its pool', (r) => r.startsWith(name) && r.includes('running · default'));
    await waitForRow('Compute pools', 'the default pool with CFU in use', (r) => /^default ?[1-9]\d*\/4 CFU ▰/.test(r));
    await requestScreenshot('views-statements-running');

    await vscode.commands.executeCommand('tideline.showPlan', name);
    const title = await waitFor('the plan view', async () => (await workbenchTexts('.plan-title')).find((t) => t === name));
    assert.equal(title, name);
    const graph = await waitFor('live figures in the plan', async () => (await workbenchTexts('.graph-wrap')).find((t) => /out [1-9]/.test(t)));
    assert.match(graph, /Source: ?orders/);
    assert.match(graph, /key: customer_id/);
    await requestScreenshot('views-plan');

    const stopped = await vscode.commands.executeCommand<StatementView>('tideline.statements.stop', name);
    assert.ok(stopped && ['STOPPING', 'STOPPED'].includes(stopped.phase), `stop answered ${stopped?.phase}`);
    await vscode.commands.executeCommand('tideline.statements.focus');
    await waitForRow('Statements', 'the stopped statement', (r) => r.startsWith(name) && /stopped · default/.test(r));
    assert.equal((await api.engine.request<StatementView>('statements/get', { name })).phase, 'STOPPED');
    await requestScreenshot('views-statements-stopped');

    assert.equal(await vscode.commands.executeCommand('tideline.statements.delete', name, { confirmed: true }), true);
    await waitFor('the statement to leave the view', async () => !(await rows('Statements')).some((r) => r.startsWith(name)) || undefined);
  });
});
