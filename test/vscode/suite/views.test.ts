/**
 * The Tideline activity-bar views in the real workbench, read and clicked through the browser
 * driver: the Catalog down to a table's columns, a compute pool created, edited and deleted
 * through the Compute pools view's commands (with arguments instead of quick inputs), a
 * submitted statement followed in the Statements view (results, SQL, plan with live figures)
 * until Stop stops it, the catalog actions (Query runs through the editor's Run), the plan
 * of SQL that was never submitted, and a statement at parallelism 2 over a 4-partition local
 * topic: its parallelism, CFU, lag and autoscaler decision in the Statements view, its pool's
 * worker threads, its sources' partitions and lag and its keyed stages on worker threads in the
 * plan, its lag in the results panel's status line.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PoolView, StatementView } from '../../../client/views/engine-types';
import { clickInWorkbench, driverAvailable, pressInWorkbench, requestScreenshot, workbenchTexts } from './driver-channel';
import { statementTooltip } from '../../../client/views/statement-item';
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

  it('Query opens and runs a LIMIT 10 query; Describe, Copy name and Drop act on the object', async () => {
    const api = await readyApi();
    const orders = ['examples', 'marketplace', 'orders'];
    const query = await vscode.commands.executeCommand<vscode.TextDocument>('tideline.catalog.query', orders);
    assert.equal(query?.getText(), 'SELECT * FROM examples.marketplace.orders LIMIT 10;\n');
    assert.equal(query.languageId, 'flinksql');
    assert.equal(vscode.window.activeTextEditor?.document, query);
    // The editor's Run ran it: the statement is in the engine and in the Statements view.
    const ran = await waitFor('the query to be submitted', async () =>
      (await api.engine.request<{ statements: StatementView[] }>('statements/list', {})).statements.find((x) => x.sql.startsWith('SELECT * FROM examples.marketplace.orders LIMIT 10')),
    );
    await vscode.commands.executeCommand('tideline.statements.focus');
    await waitForRow('Statements', 'the query run from the catalog', (r) => r.startsWith(ran.name));

    const described = await vscode.commands.executeCommand<vscode.TextDocument>('tideline.catalog.describe', orders);
    assert.match(described?.getText() ?? '', /CREATE TABLE[\s\S]*`?order_id`? STRING NOT NULL/);
    assert.equal(described.isUntitled, false, 'the description is a buffer to save or discard');
    assert.equal(described.languageId, 'flinksql');
    assert.equal(await vscode.commands.executeCommand('tideline.catalog.copyName', orders), 'examples.marketplace.orders');
    assert.equal(await vscode.env.clipboard.readText(), 'examples.marketplace.orders');

    await api.engine.request('statements/submit', { sql: 'CREATE TABLE views_drop_me (a INT)', name: `views-ddl-${Date.now()}` });
    const local = await waitFor('the new table in the engine catalog', async () => {
      const { nodes } = await api.engine.request<{ nodes: { name: string }[] }>('catalog/tree', { path: ['local', 'default'] });
      return nodes.some((n) => n.name === 'views_drop_me') || undefined;
    });
    assert.ok(local);
    await vscode.commands.executeCommand('workbench.actions.treeView.tideline.catalog.collapseAll');
    await vscode.commands.executeCommand('tideline.catalog.refresh');
    await vscode.commands.executeCommand('tideline.catalog.focus');
    await clickRow('Catalog', 'local');
    await waitForRow('Catalog', 'the default database of local', (r) => r.startsWith('default'));
    await clickRow('Catalog', 'default');
    await waitForRow('Catalog', 'the table to drop', (r) => r.startsWith('views_drop_me'));
    // A table created now shows up without a refresh: a completed DDL statement reloads the view.
    await api.engine.request('statements/submit', { sql: 'CREATE TABLE views_appears (b STRING)', name: `views-ddl2-${Date.now()}` });
    await waitForRow('Catalog', 'the table created while the view is open', (r) => r.startsWith('views_appears'));
    await requestScreenshot('views-catalog-local');
    assert.equal(await vscode.commands.executeCommand('tideline.catalog.drop', ['local', 'default', 'views_drop_me'], { confirmed: true }), true);
    await waitFor('the dropped table to leave the view', async () => !(await rows('Catalog')).some((r) => r.startsWith('views_drop_me')) || undefined);
    assert.equal(await vscode.commands.executeCommand('tideline.catalog.drop', ['local', 'default', 'views_appears'], { confirmed: true }), true);
    const { nodes } = await api.engine.request<{ nodes: { name: string }[] }>('catalog/tree', { path: ['local', 'default'] });
    assert.ok(!nodes.some((n) => n.name === 'views_drop_me'), 'the table is still in the engine catalog');
  });

  it('a part of the catalog that cannot be read shows as unavailable, with the reason from the engine', async () => {
    const api = await readyApi();
    // A Kafka cluster nobody listens for: its database in the catalog cannot be read.
    await api.engine.request('connections/set', { name: 'views_down', environment: 'views_env', brokers: ['127.0.0.1:1'] });
    try {
      const reason = await waitFor('the engine to give up on the cluster', async () => {
        const { nodes } = await api.engine.request<{ nodes: { name: string; unavailable?: string }[] }>('catalog/tree', { path: ['views_env'] });
        return nodes.find((n) => n.name === 'views_down')?.unavailable;
      }, 60_000);
      assert.ok(reason.length > 0);
      await vscode.commands.executeCommand('workbench.actions.treeView.tideline.catalog.collapseAll');
      await vscode.commands.executeCommand('tideline.catalog.refresh');
      await vscode.commands.executeCommand('tideline.catalog.focus');
      await waitForRow('Catalog', 'the catalog of the environment', (r) => r.startsWith('views_env'));
      await clickRow('Catalog', 'views_env');
      await waitForRow('Catalog', 'the unreadable database', (r) => r === 'views_downunavailable' || r === 'views_down unavailable');
      await requestScreenshot('views-catalog-unavailable');
    } finally {
      await api.engine.request('connections/delete', { name: 'views_down' });
    }
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

  it('Create compute pool asks for the name and the max CFU in quick inputs, checking both', async () => {
    const api = await readyApi();
    const created = vscode.commands.executeCommand<PoolView>('tideline.pools.create');
    await waitFor('the name input', async () => (await workbenchTexts('.quick-input-widget')).find((t) => t.includes('Name of the new compute pool')));
    await pressInWorkbench('9');
    await waitFor('the name to be refused', async () => (await workbenchTexts('.quick-input-widget')).find((t) => t.includes('A letter, then letters, digits')));
    await pressInWorkbench('Backspace');
    for (const key of ['q', 'i', 'p']) await pressInWorkbench(key);
    await pressInWorkbench('Enter');
    await waitFor('the CFU input', async () => (await workbenchTexts('.quick-input-widget')).find((t) => t.includes('Maximum CFU of pool qip')));
    await pressInWorkbench('0'); // replaces the selected default
    await waitFor('0 CFU to be refused', async () => (await workbenchTexts('.quick-input-widget')).find((t) => t.includes('A whole number of CFU from 1 to 1024')));
    await pressInWorkbench('Backspace');
    await pressInWorkbench('2');
    await pressInWorkbench('Enter');
    const pool = await created;
    assert.equal(pool?.name, 'qip');
    assert.equal(pool.maxCfu, 2);
    await waitForRow('Compute pools', 'the pool made through quick inputs', (r) => /^qip ?0\/2 CFU/.test(r));
    await api.engine.request('pools/delete', { name: 'qip' });
  });

  it('a submitted statement appears in the Statements view, follows its phase, shows its plan, and Stop stops it', async () => {
    const api = await readyApi();
    const name = `views-${Date.now()}`;
    const sql = 'SELECT customer_id, COUNT(*) AS orders FROM examples.marketplace.orders GROUP BY customer_id';
    await vscode.commands.executeCommand('tideline.statements.focus');
    await api.engine.request<StatementView>('statements/submit', { sql, name, context: { file: 'queries.sql', line: 11 } });
    const running = await waitForRow('Statements', 'the running statement with its rows', (r) => r.startsWith(`${name}`) && / ?running · default · parallelism [1-9]\d* \([1-9]\d* CFU\) · [1-9][\d,]* rows · /.test(r));
    assert.match(running, /\/s$/, 'a running statement shows its rate');
    // It is under its pool in the Compute pools view too, and holds slots there.
    await vscode.commands.executeCommand('tideline.pools.focus');
    await clickRow('Compute pools', 'default');
    await waitForRow('Compute pools', 'the statement under its pool', (r) => r.startsWith(name) && r.includes('running · default'));
    await waitForRow('Compute pools', 'the default pool with CFU in use', (r) => /^default ?[1-9]\d*\/4 CFU ▰/.test(r));
    // Metered while it runs: CFU-seconds today and in total grow from zero.
    await waitForRow('Compute pools', 'usage metered in the default pool', (r) => /^default.* · today [1-9][\d.]* CFU·(s|min|h) · total [1-9][\d.]* CFU·(s|min|h)$/.test(r));
    await requestScreenshot('views-statements-running');

    await vscode.commands.executeCommand('tideline.showPlan', name);
    const title = await waitFor('the plan view', async () => (await workbenchTexts('.plan-title')).find((t) => t === name));
    assert.equal(title, name);
    await waitFor('the plan tab named for the statement', async () => (await workbenchTexts('.tabs-container .tab')).find((t) => t.includes(`Plan: ${name}`)));
    const graph = await waitFor('live figures in the plan', async () => (await workbenchTexts('.graph-wrap')).find((t) => /out [1-9]/.test(t)));
    assert.match(graph, /Source: ?orders/);
    assert.match(graph, /key: customer_id/);
    await requestScreenshot('views-plan');

    // Open results: the results panel follows this statement (it was not run from an editor).
    await vscode.commands.executeCommand('tideline.openResults', name);
    await waitFor('the results panel of the statement', async () => (await workbenchTexts('.toolbar .title')).find((t) => t.startsWith('SELECT customer_id, COUNT(*)')));
    await waitFor('result rows in the panel', async () => (await workbenchTexts('.tr')).length > 0 || undefined);
    await requestScreenshot('views-open-results');

    // Open SQL: the statement's file at its line.
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('tideline.statements.openSql', name);
    assert.ok(editor?.document.uri.path.endsWith('/queries.sql'), `opened ${editor?.document.uri.toString()}`);
    assert.equal(editor.selection.active.line, 10);

    const stopped = await vscode.commands.executeCommand<StatementView>('tideline.statements.stop', name);
    assert.ok(stopped && ['STOPPING', 'STOPPED'].includes(stopped.phase), `stop answered ${stopped?.phase}`);
    await vscode.commands.executeCommand('tideline.statements.focus');
    await waitForRow('Statements', 'the stopped statement', (r) => r.startsWith(name) && /stopped · default/.test(r));
    assert.equal((await api.engine.request<StatementView>('statements/get', { name })).phase, 'STOPPED');
    await requestScreenshot('views-statements-stopped');

    assert.equal(await vscode.commands.executeCommand('tideline.statements.delete', name, { confirmed: true }), true);
    await waitFor('the statement to leave the view', async () => !(await rows('Statements')).some((r) => r.startsWith(name)) || undefined);
  });

  it('the plan of a running statement that produces nothing says why in plain words', async () => {
    const api = await readyApi();
    const name = `views-quiet-${Date.now()}`;
    await api.engine.request('statements/submit', { sql: "SELECT order_id FROM examples.marketplace.orders WHERE order_id = 'never'", name });
    await vscode.commands.executeCommand('tideline.showPlan', name);
    const hint = await waitFor('a hint in the plan view', async () => (await workbenchTexts('.hint')).find((t) => /none reached the result/.test(t)), 30_000);
    assert.match(hint, /^\d+ rows were read but none reached the result: the filters or join conditions let nothing through so far$/);
    assert.deepEqual(await workbenchTexts('.hints-heading'), ['Why there is no output yet']);
    await requestScreenshot('views-plan-hints');
    await vscode.commands.executeCommand('tideline.statements.stop', name);
    await waitFor('the quiet statement to stop', async () => (await api.engine.request<StatementView>('statements/get', { name })).phase === 'STOPPED' || undefined);
  });

  it('a statement at parallelism 2 over a 4-partition topic shows its parallelism, lag, autoscaler decision, worker threads and splits', async () => {
    // Autoscaler rounds twice a second that never scale an idle statement to zero: over an empty
    // topic nothing is measured, so each round keeps the 2 slots it started with (one per source).
    process.env['TIDELINE_AUTOSCALE_INTERVAL_MS'] = '500';
    process.env['TIDELINE_AUTOSCALE_IDLE_MS'] = '86400000';
    const stamp = Date.now();
    const pool = `views-par-${stamp}`;
    const name = `views-par-${stamp}`;
    try {
      await vscode.commands.executeCommand('tideline.restartEngine');
      const api = await readyApi();
      await waitFor('the restarted engine host', async () => (api.engine.state === 'ready' ? (await api.engine.ping()).pong : undefined));
      await api.engine.request('pools/create', { name: pool, maxCfu: 2 });
      const table = `views_parts_${stamp}`;
      await api.engine.request('statements/submit', { name: `${name}-ddl`, sql: `CREATE TABLE ${table} (id BIGINT, v STRING) WITH ('connector' = 'local', 'topic' = '${table}', 'partitions' = '4')` });
      await waitFor('the topic table', async () => ((await api.engine.request<StatementView>('statements/get', { name: `${name}-ddl` })).phase === 'COMPLETED' ? true : undefined));
      await api.engine.request('statements/submit', { name, pool, sql: `SELECT a.id, COUNT(*) AS n FROM ${table} AS a JOIN ${table} AS b ON a.id = b.id GROUP BY a.id` });

      await vscode.commands.executeCommand('tideline.statements.focus');
      const row = await waitForRow('Statements', 'the statement with its parallelism and lag', (r) => r.startsWith(name) && r.includes(`running · ${pool} · parallelism 2 (2 CFU) · 0 rows`));
      assert.match(row, / · lag 0$/);
      // The tooltip the view draws: parallelism, the autoscaler's last decision with its time, the lag.
      const view = await waitFor('an autoscaler decision', async () => {
        const s = await api.engine.request<StatementView>('statements/get', { name });
        return s.scaling ? s : undefined;
      });
      const tip = statementTooltip(view).value.replace(/\\(.)/g, '$1');
      assert.match(tip, /^Parallelism: 2 {2}$/m);
      assert.match(tip, /^Autoscaler: no measurement yet: keep \(parallelism 2, at \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\) {2}$/m);
      assert.match(tip, /^Source lag: 0 records not read yet {2}$/m);
      await requestScreenshot('views-statement-parallelism');

      await vscode.commands.executeCommand('tideline.pools.focus');
      // Pools expanded by earlier tests list their statements; collapsed, every pool's row is in view.
      await vscode.commands.executeCommand('workbench.actions.treeView.tideline.pools.collapseAll');
      await waitForRow('Compute pools', 'the pool with its worker threads', (r) => r.startsWith(pool) && /^ ?2\/2 CFU ▰+ · 2 worker threads · today /.test(r.slice(pool.length)));

      await vscode.commands.executeCommand('tideline.showPlan', name);
      const graph = await waitFor('splits and parallelism in the plan', async () =>
        (await workbenchTexts('.graph-wrap')).find((t) => /4 partitions · lag 0/.test(t) && /parallelism 2 · 2 worker threads/.test(t)),
      );
      assert.doesNotMatch(graph, /in process/, 'every keyed stage runs on worker threads');
      await waitFor('parallelism and lag in the plan heading', async () => (await workbenchTexts('.plan-status')).find((t) => /^RUNNING · parallelism 2 · 0 rows · [\d,]+\/s · lag 0$/.test(t)));
      await waitFor('the autoscaler decision in the plan', async () => (await workbenchTexts('.plan-scaling')).find((t) => /^Autoscaler: no measurement yet: keep \(parallelism 2, \d{4}-/.test(t)));
      await requestScreenshot('views-plan-parallelism');

      // The results panel's status line shows the lag too, as the CLI's does.
      await vscode.commands.executeCommand('tideline.openResults', name);
      await waitFor('the results panel of the statement', async () => (await workbenchTexts('.toolbar .title')).find((t) => t.startsWith('SELECT a.id, COUNT(*)')));
      await waitFor('the lag in the results status line', async () => (await workbenchTexts('.counter-lag')).find((t) => t.replace(/\s+/g, '') === 'lag0'));

      await vscode.commands.executeCommand('tideline.statements.stop', name);
      await waitFor('the statement to stop', async () => ((await api.engine.request<StatementView>('statements/get', { name })).phase === 'STOPPED' ? true : undefined));
      await api.engine.request('pools/delete', { name: pool });
    } finally {
      delete process.env['TIDELINE_AUTOSCALE_INTERVAL_MS'];
      delete process.env['TIDELINE_AUTOSCALE_IDLE_MS'];
      await vscode.commands.executeCommand('tideline.restartEngine');
      await readyApi();
    }
  });

  it('Show Plan of SQL in a context draws its operators; a statement that does not analyze shows why', async () => {
    const sql = 'SELECT url, COUNT(*) AS views\nFROM clicks GROUP BY url';
    await vscode.commands.executeCommand('tideline.showPlan', { sql, context: { catalog: 'examples', database: 'marketplace' } });
    await waitFor('the plan of the SQL', async () => (await workbenchTexts('.plan-title')).includes('SELECT url, COUNT(*) AS views') || undefined);
    const graph = await waitFor('its operators', async () => (await workbenchTexts('.graph-wrap')).find((t) => /GroupAggregate/.test(t)));
    assert.match(graph, /key: url/);
    assert.doesNotMatch(graph, /\bin [\d—]/, 'a plan that is not running shows no figures');
    await vscode.commands.executeCommand('tideline.showPlan', { sql: 'SELECT nope FROM clicks', context: { catalog: 'examples', database: 'marketplace' } });
    const error = await waitFor('the refusal', async () => (await workbenchTexts('.plan-error')).find((t) => t.length > 0));
    assert.match(error, /nope/);
  });
});
