/**
 * Issue #7, the editor half, as a newcomer meets it: open a .sql file over the examples
 * catalog, see a typo'd column flagged, complete a column, click ▶ Run above a statement (and
 * press Ctrl+Enter in another), watch rows arrive in the results panel and the inline preview
 * count up, stop it and see the lens turn back to Run; a statement the engine refuses gets a
 * tideline-engine diagnostic, cleared by the next run; the chips write the file's directive.
 * Everything is read from the real workbench through the browser driver.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { StatementView } from '../../../client/views/engine-types';
import { afterTexts, clickInWorkbench, driverAvailable, pressInWorkbench, requestScreenshot, workbenchTexts } from './driver-channel';
import { fixtureUri, openFixture, readyApi, tidelineExtension } from './tideline';
import { waitFor } from './wait';
import { waitForNotification, waitForStatusBar } from './workbench';

const LONG = 60_000;

async function lensTexts(): Promise<string[]> {
  return workbenchTexts('.monaco-editor .codelens-decoration a');
}

async function waitForLens(text: string, timeoutMs = LONG): Promise<void> {
  await waitFor(`a "${text}" code lens`, async () => (await lensTexts()).includes(text) || undefined, timeoutMs);
}

/** Clicks the n-th (0-based) lens with exactly this text in the visible editors. */
async function clickLens(text: string, nth = 0): Promise<void> {
  await waitForLens(text);
  await clickInWorkbench(`.monaco-editor .codelens-decoration a:text-is("${text}") >> nth=${nth}`);
}

/** The inline previews shown after statements (decoration after-text). */
async function previews(): Promise<string[]> {
  return (await afterTexts('.monaco-editor .view-lines span')).filter((t) => /^[◌●◐◍✓■✗] [A-Z]+ · /.test(t));
}

async function waitForPreview(what: string, match: (text: string) => unknown, timeoutMs = LONG): Promise<string> {
  let seen: string[] = [];
  return waitFor(`an inline preview ${what}`, async () => {
    seen = await previews();
    return seen.find((t) => match(t));
  }, timeoutMs).catch((err: Error) => {
    throw new Error(`${err.message}; previews: ${JSON.stringify(seen)}`);
  });
}

const rowsOf = (preview: string) => Number(/ · ([\d,]+) rows/.exec(preview)?.[1].replace(/,/g, '') ?? NaN);

async function resultsPanelRows(): Promise<string[]> {
  return (await workbenchTexts('.app .tr')).filter((t) => t.trim().length > 0);
}

async function panelPhase(): Promise<string[]> {
  return workbenchTexts('.app .counter-phase');
}

/** The rows counter of the results panel. */
async function panelRowCount(): Promise<number> {
  const [text] = await workbenchTexts('.app .counter-rows .counter-value');
  return Number((text ?? '').replace(/[^\d]/g, '') || 0);
}

async function focusEditorAt(doc: vscode.TextDocument, line: number, character = 0): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, viewColumn: vscode.ViewColumn.One });
  editor.selection = new vscode.Selection(line, character, line, character);
  editor.revealRange(new vscode.Range(line, 0, line, 0));
}

function lineOf(doc: vscode.TextDocument, text: string): number {
  const i = doc.getText().indexOf(text);
  assert.ok(i >= 0, `${text} is not in ${doc.fileName}`);
  return doc.positionAt(i).line;
}

async function statementsWith(sql: string): Promise<StatementView[]> {
  const api = await readyApi();
  const { statements } = await api.engine.request<{ statements: StatementView[] }>('statements/list', {});
  return statements.filter((s) => s.sql.trim() === sql);
}

describe('Running statements from the editor', function () {
  this.timeout(180_000);

  before(async function () {
    if (!driverAvailable()) this.skip();
    await openFixture('run.sql');
    // Run alone (TIDELINE_VSCODE_GREP), this is the first file the window opens, possibly before
    // the extension host saw the development extension's activation events.
    await tidelineExtension().activate();
    await readyApi();
  });

  it('examples/quickstart.sql: ▶ Run above the first statement streams live rows into the results panel', async () => {
    // The newcomer's first minute, on the repository's own quickstart file.
    const source = join(__dirname, '..', '..', '..', '..', 'examples', 'quickstart.sql');
    const target = fixtureUri('quickstart.sql');
    await vscode.workspace.fs.writeFile(target, readFileSync(source));
    const doc = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    await waitForLens('examples.marketplace');
    await clickLens('▶ Run', 0);
    await waitFor('the clicks query in the results panel', async () => (await workbenchTexts('.app .title')).some((t) => t.startsWith('SELECT click_id, user_id, url, ts')) || undefined, LONG);
    const first = await waitFor('rows in the results panel', async () => ((await panelRowCount()) > 0 ? panelRowCount() : undefined), LONG);
    await waitFor('more rows, live', async () => (await panelRowCount()) > first || undefined, LONG);
    await requestScreenshot('run-quickstart');
    await clickLens('■ Stop', 0);
    await waitFor('the lens back to ▶ Run', async () => !(await lensTexts()).includes('■ Stop') || undefined, LONG);
  });

  it('flags a typo\'d column as the file opens', async () => {
    const doc = await openFixture('run.sql');
    const line = lineOf(doc, 'urll');
    const d = await waitFor('a diagnostic on urll', () =>
      vscode.languages.getDiagnostics(doc.uri).find((x) => x.range.start.line === line && /urll/.test(x.message)),
    );
    assert.notEqual(d.source, 'tideline-engine', 'the language server, not a run, reports it');
  });

  it('completes a column of the table in FROM', async () => {
    const doc = await openFixture('complete.sql');
    const line = lineOf(doc, 'user_');
    await focusEditorAt(doc, line, doc.lineAt(line).text.indexOf('user_') + 'user_'.length);
    // Asked again now and then: under load the first Ctrl+Space may come before the editor has focus.
    let probes = 0;
    await waitFor('user_id in the suggestions', async () => {
      if (probes++ % 30 === 0) await pressInWorkbench('Control+Space');
      return (await workbenchTexts('.suggest-widget .monaco-list-row')).some((t) => t.includes('user_id')) || undefined;
    }, LONG);
    await pressInWorkbench('Enter');
    await waitFor('the accepted completion in the text', () => doc.lineAt(line).text.startsWith('SELECT user_id FROM clicks') || undefined);
  });

  it('runs a query from its ▶ Run lens: rows in the results panel, a live inline preview, Stop turns the lens back to Run', async () => {
    const doc = await openFixture('run.sql');
    const sql = 'SELECT click_id, user_id, url FROM clicks';
    await focusEditorAt(doc, 0);
    await waitForLens('examples.marketplace');
    await waitForLens('⛁ default');
    await clickLens('▶ Run', 0);
    await waitForLens('■ Stop');

    // The engine ran it with the file's context.
    const statement = await waitFor('the statement running in the engine', async () =>
      (await statementsWith(sql)).find((s) => s.phase === 'RUNNING' && s.context?.line === lineOf(doc, sql) + 1),
    LONG);
    assert.equal(statement.context?.catalog, 'examples');
    assert.equal(statement.context?.database, 'marketplace');
    assert.equal(statement.pool, 'default');

    // Rows stream into the results panel.
    await waitFor('the statement as the results panel title', async () => (await workbenchTexts('.app .title')).some((t) => t.includes(sql)) || undefined, LONG);
    await waitFor('rows in the results panel', async () => (await resultsPanelRows()).length >= 3 || undefined, LONG);

    // The inline preview counts up while it runs.
    const first = await waitForPreview('of a running query with rows', (t) => t.startsWith('● RUNNING') && rowsOf(t) > 0);
    await waitForPreview('with more rows', (t) => t.startsWith('● RUNNING') && rowsOf(t) > rowsOf(first));
    await waitForStatusBar('⛁ default');
    assert.ok((await workbenchTexts('.statusbar-item')).some((t) => /⛁ default \d+\/\d+ CFU/.test(t)), 'the pool item shows CFU in use/cap');

    // Hovering the statement's last line shows the latest rows as a table.
    await focusEditorAt(doc, lineOf(doc, sql), 5);
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor('the preview hover with the latest rows', async () => (await workbenchTexts('.monaco-hover')).some((t) => t.includes('Latest rows') && t.includes('click_id') && /https:\/\//.test(t)) || undefined);
    assert.deepEqual((await workbenchTexts('.monaco-hover a')).filter((t) => t.includes('example.com')), [], 'values are text, not links');
    await requestScreenshot('run-query-live');

    await clickLens('■ Stop', 0);
    await waitFor('the lens back to ▶ Run', async () => {
      const lenses = await lensTexts();
      return (!lenses.includes('■ Stop') && lenses.includes('▶ Run')) || undefined;
    }, LONG);
    await waitForPreview('of the stopped query', (t) => t.startsWith('■ STOPPED'));
    await waitFor('STOPPED in the results panel', async () => (await panelPhase()).includes('STOPPED') || undefined, LONG);
    assert.equal((await statementsWith(sql)).find((s) => s.name === statement.name)?.phase, 'STOPPED');
  });

  it('Ctrl+Enter runs the statement at the cursor, and stops it from the palette', async () => {
    const doc = await openFixture('run.sql');
    const sql = 'SELECT customer_id, COUNT(*) AS orders FROM orders GROUP BY customer_id';
    await focusEditorAt(doc, lineOf(doc, sql), 10);
    await pressInWorkbench('Control+Enter');
    await waitFor('the aggregate in the results panel', async () => (await workbenchTexts('.app .title')).some((t) => t.includes('SELECT customer_id')) || undefined, LONG);
    await waitFor('aggregate rows in the results panel', async () => (await resultsPanelRows()).length >= 1 || undefined, LONG);
    await waitForLens('■ Stop');
    await focusEditorAt(doc, lineOf(doc, sql), 10);
    await vscode.commands.executeCommand('tideline.stopStatement');
    await waitFor('no running statement left', async () => !(await lensTexts()).includes('■ Stop') || undefined, LONG);
  });

  it('Run Selected Statements runs each statement the selection touches, in order', async () => {
    const doc = await openFixture('run.sql');
    const first = lineOf(doc, 'SELECT click_id, user_id');
    const second = lineOf(doc, 'SELECT customer_id');
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(first, 10, second, 10);
    await vscode.commands.executeCommand('tideline.runSelection');
    await waitFor('two statements running', async () => (await lensTexts()).filter((t) => t === '■ Stop').length === 2 || undefined, LONG);
    await waitFor('the later one in the results panel', async () => (await workbenchTexts('.app .title')).some((t) => t.includes('SELECT customer_id')) || undefined, LONG);
    const api = await readyApi();
    const { statements } = await api.engine.request<{ statements: StatementView[] }>('statements/list', {});
    const mine = statements.filter((s) => s.phase === 'RUNNING' && s.context?.file === 'run.sql').sort((a, b) => a.createdAt - b.createdAt);
    assert.deepEqual(mine.map((s) => s.context?.line), [first + 1, second + 1]);
    for (const s of mine) await api.engine.request('statements/stop', { name: s.name });
    await waitFor('both stopped', async () => !(await lensTexts()).includes('■ Stop') || undefined, LONG);
  });

  it('Explain above a statement shows its plan', async () => {
    const doc = await openFixture('run.sql');
    await focusEditorAt(doc, 0);
    await clickLens('Explain', 0);
    // In the plan view when the extension has one, else in a read-only text document.
    let opened = false;
    const plan = await waitFor('the plan of the clicks query', async () => {
      // The plan view keeps the EXPLAIN text in a collapsed <details>; open it to read it.
      if (!opened && (await workbenchTexts('.plan-app .plan-text-summary')).length > 0) {
        await clickInWorkbench('.plan-app .plan-text-summary');
        opened = true;
      }
      const inView = (await workbenchTexts('.plan-app .plan-text')).find((t) => /clicks/i.test(t));
      const inDoc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'tideline-explain' && /clicks/i.test(d.getText()))?.getText();
      return inView ?? inDoc;
    }, LONG);
    assert.match(plan, /scan|source/i, 'a scan of clicks in the plan');
    await requestScreenshot('run-explain');
  });

  it('a statement the engine refuses gets a tideline-engine diagnostic, cleared by the next run', async () => {
    const doc = await openFixture('run.sql');
    const line = lineOf(doc, 'urll');
    await focusEditorAt(doc, line, 3);
    await pressInWorkbench('Control+Enter');
    const engineDiagnostic = () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'tideline-engine');
    const d = await waitFor('a tideline-engine diagnostic', engineDiagnostic, LONG);
    assert.equal(d.range.start.line, line, 'on the statement\'s line');
    assert.match(d.message, /urll/);
    assert.ok(doc.lineAt(line).text.slice(d.range.start.character, d.range.end.character).includes('urll'), 'on the column itself');
    await requestScreenshot('run-refused');

    // Fixed and run again: the engine diagnostic is gone and the statement runs.
    const edit = new vscode.WorkspaceEdit();
    const at = doc.lineAt(line).text.indexOf('urll');
    edit.replace(doc.uri, new vscode.Range(line, at, line, at + 4), 'url');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await focusEditorAt(doc, line, 3);
    await pressInWorkbench('Control+Enter');
    await waitForLens('■ Stop');
    assert.equal(engineDiagnostic(), undefined);
    await vscode.commands.executeCommand('tideline.stopStatement');
    await waitFor('the fixed statement stopped', async () => !(await lensTexts()).includes('■ Stop') || undefined, LONG);
  });

  it('a statement that fails while running shows its reason on the statement and in the preview', async () => {
    const doc = await openFixture('fail.sql');
    const sql = 'SELECT CAST(url AS INT) AS n FROM clicks';
    await focusEditorAt(doc, lineOf(doc, sql), 3);
    await pressInWorkbench('Control+Enter');
    const d = await waitFor('a tideline-engine diagnostic with the failure', () => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'tideline-engine'), LONG).catch(
      async (err: Error) => {
        const seen = (await statementsWith(sql)).map((s) => `${s.name} ${s.phase} ${s.reason ?? ''}`);
        throw new Error(`${err.message}; the engine has: ${JSON.stringify(seen)}; previews: ${JSON.stringify(await previews())}`);
      },
    );
    assert.match(d.message, /Cannot cast/);
    assert.equal(d.range.start.line, lineOf(doc, sql));
    await waitForPreview('of the failed query', (t) => t.startsWith('✗ FAILED') && /Cannot cast/.test(t));
    await waitForLens('▶ Run');
    assert.ok(!(await lensTexts()).includes('■ Stop'));
    await waitFor('FAILED in the results panel', async () => (await panelPhase()).includes('FAILED') || undefined, LONG);
  });

  it('Run File runs statements in order: the DDL finishes, the INSERT starts, the query reads what it writes', async () => {
    const doc = await openFixture('pipeline.sql');
    await focusEditorAt(doc, 0);
    await vscode.commands.executeCommand('tideline.runFile');
    const [create, insert, select] = await waitFor('three statements in the engine', async () => {
      const found = await Promise.all([
        statementsWith('CREATE TABLE IF NOT EXISTS url_hits (url STRING, user_id BIGINT)'),
        statementsWith('INSERT INTO url_hits SELECT url, user_id FROM examples.marketplace.clicks'),
        statementsWith('SELECT url, COUNT(*) AS hits FROM url_hits GROUP BY url'),
      ]);
      return found.every((f) => f.length === 1) ? found.map((f) => f[0]) : undefined;
    }, LONG);
    assert.equal(create.phase, 'COMPLETED');
    const completedAt = create.history?.find((h) => h.phase === 'COMPLETED')?.at ?? Infinity;
    assert.ok(completedAt <= insert.createdAt, 'the INSERT was submitted after the CREATE TABLE completed');
    assert.ok(insert.createdAt <= select.createdAt, 'the query was submitted after the INSERT');
    // The query shows what the INSERT writes.
    await waitFor('the query in the results panel', async () => (await workbenchTexts('.app .title')).some((t) => t.includes('SELECT url, COUNT(*)')) || undefined, LONG);
    await waitFor('rows the INSERT wrote, counted by the query', async () => (await panelRowCount()) > 0 || undefined, LONG);
    await waitForPreview('of the DDL', (t) => t.startsWith('✓ COMPLETED'));
    await waitForPreview('of the running INSERT with rows', (t) => t.startsWith('● RUNNING') && / rows written/.test(t) && rowsOf(t) > 0);
    await requestScreenshot('run-file');
    const api = await readyApi();
    for (const s of [insert, select]) await api.engine.request('statements/stop', { name: s.name });
    await waitFor('both stopped, lenses back to Run', async () => !(await lensTexts()).includes('■ Stop') || undefined, LONG);
  });

  it("Run File with SET 'table.dml-sync' = 'true' waits for each INSERT to finish before the next statement", async () => {
    const doc = await openFixture('dml-sync.sql');
    await focusEditorAt(doc, 0);
    await vscode.commands.executeCommand('tideline.runFile');
    const [insert, select] = await waitFor('the INSERT and the query in the engine', async () => {
      const found = await Promise.all([
        statementsWith("INSERT INTO sync_hits SELECT url, user_id FROM examples.marketplace.clicks /*+ OPTIONS('number-of-rows'='20', 'rows-per-second'='10') */"),
        statementsWith('SELECT COUNT(*) AS n FROM sync_hits'),
      ]);
      return found.every((f) => f.length === 1) ? found.map((f) => f[0]) : undefined;
    }, LONG);
    const insertDone = insert.history?.find((h) => h.phase === 'COMPLETED')?.at ?? Infinity;
    assert.ok(insertDone <= select.createdAt, `the query was submitted after the INSERT completed (INSERT: ${JSON.stringify(insert.history)}, query at ${select.createdAt})`);
    const api = await readyApi();
    await api.engine.request('statements/stop', { name: select.name });
  });

  it('a statement waiting for a slot shows its progress and the pool in the status bar, and starts when one frees up', async () => {
    const api = await readyApi();
    await api.engine.request('pools/create', { name: 'tiny', maxCfu: 1 });
    const doc = await openFixture('pending.sql');
    await focusEditorAt(doc, lineOf(doc, 'SELECT click_id'), 3);
    await pressInWorkbench('Control+Enter');
    await waitForPreview('of the first query running', (t) => t.startsWith('● RUNNING'));
    await waitForStatusBar('⛁ tiny 1/1 CFU');
    await focusEditorAt(doc, lineOf(doc, 'SELECT order_id'), 3);
    await pressInWorkbench('Control+Enter');
    const toast = await waitForNotification('waiting in pool tiny', LONG);
    assert.match(toast, /SELECT order_id FROM orders/);
    await waitForPreview('of the waiting query', (t) => t.startsWith('◌ PENDING'));
    await requestScreenshot('run-pending');
    await clickLens('■ Stop', 0);
    await waitFor('the second query running, the first stopped', async () => {
      const p = await previews();
      return (p.some((t) => t.startsWith('■ STOPPED')) && p.some((t) => t.startsWith('● RUNNING'))) || undefined;
    }, LONG);
    await waitFor('the waiting notification gone', async () => !(await workbenchTexts('.notification-toast')).some((t) => t.includes('waiting in pool tiny')) || undefined, LONG);
    await waitFor('one Stop lens left', async () => (await lensTexts()).filter((t) => t === '■ Stop').length === 1 || undefined, LONG);
    await clickLens('■ Stop', 0);
    await waitFor('nothing running', async () => !(await lensTexts()).includes('■ Stop') || undefined, LONG);
    await api.engine.request('pools/delete', { name: 'tiny' });
  });

  it('after an engine host restart, a running query is read again and its results re-subscribed', async () => {
    const api = await readyApi();
    const doc = await openFixture('run.sql');
    const sql = 'SELECT click_id, user_id, url FROM clicks';
    await focusEditorAt(doc, lineOf(doc, sql), 3);
    await pressInWorkbench('Control+Enter');
    await waitForLens('■ Stop');
    await waitFor('RUNNING with rows in the results panel', async () => ((await panelPhase()).includes('RUNNING') && (await panelRowCount()) > 0) || undefined, LONG);
    const running = await waitFor('the statement in the engine', async () => (await statementsWith(sql)).find((s) => s.phase === 'RUNNING'), LONG);
    const { pid } = await api.engine.ping();
    process.kill(pid, 'SIGKILL');
    await waitFor('a new engine host', async () => api.engine.state === 'ready' && (await api.engine.ping()).pid !== pid, LONG);
    const rowsBefore = await panelRowCount();
    // The new host resumes the statement or brings it back STOPPED; either way the editor reads
    // it again and subscribes its results anew (a subscription does not survive the host).
    await waitFor('the statement followed again', async () => {
      const now = (await statementsWith(sql)).find((s) => s.name === running.name);
      if (now?.phase === 'RUNNING') return (await panelRowCount()) > rowsBefore && (await lensTexts()).includes('■ Stop') ? true : undefined;
      if (now?.phase === 'STOPPED') return (await panelPhase()).includes('STOPPED') && !(await lensTexts()).includes('■ Stop') ? true : undefined;
      return undefined;
    }, LONG);
    await requestScreenshot('run-after-restart');
    await vscode.commands.executeCommand('tideline.restartEngine'); // a clean slate for the restart policy
    await api.ready;
    const left = (await statementsWith(sql)).filter((s) => s.phase === 'RUNNING' || s.phase === 'PENDING');
    for (const s of left) await api.engine.request('statements/stop', { name: s.name });
  });

  it('the pool and catalog chips write the file\'s directive, updating it in place', async () => {
    const doc = await openFixture('chips.sql');
    await focusEditorAt(doc, 0);
    await clickLens('⛁ default');
    await waitFor('the pool quick pick', async () => (await workbenchTexts('.quick-input-widget .monaco-list-row')).some((t) => t.includes('default') && /CFU in use/.test(t)) || undefined);
    await pressInWorkbench('Enter');
    await waitFor('the pool in the directive', () => doc.lineAt(0).text === '-- tideline: pool=default' || undefined);

    await clickLens('local.default');
    await waitFor('catalogs in the quick pick', async () => (await workbenchTexts('.quick-input-widget .monaco-list-row')).some((t) => t.includes('examples.marketplace')) || undefined);
    for (const key of 'marketplace') await pressInWorkbench(key);
    await waitFor('only marketplace left', async () => {
      const rows = await workbenchTexts('.quick-input-widget .monaco-list-row');
      return (rows.length > 0 && rows.every((t) => t.includes('marketplace'))) || undefined;
    });
    await pressInWorkbench('Enter');
    await waitFor('catalog and database in the directive', () => doc.lineAt(0).text === '-- tideline: pool=default catalog=examples database=marketplace' || undefined);
    await waitForLens('examples.marketplace');

    await clickLens('examples.marketplace');
    await waitFor('catalogs in the quick pick', async () => (await workbenchTexts('.quick-input-widget .monaco-list-row')).some((t) => t.includes('examples.nexmark')) || undefined);
    for (const key of 'nexmark') await pressInWorkbench(key);
    await waitFor('only nexmark left', async () => {
      const rows = await workbenchTexts('.quick-input-widget .monaco-list-row');
      return (rows.length > 0 && rows.every((t) => t.includes('nexmark'))) || undefined;
    });
    await pressInWorkbench('Enter');
    await waitFor('the database changed in place', () => doc.lineAt(0).text === '-- tideline: pool=default catalog=examples database=nexmark' || undefined);
    assert.equal(doc.lineCount, 5, 'one directive line, inserted once');
    await requestScreenshot('run-chips');

    // The pool item in the status bar opens the same pool pick.
    await waitForStatusBar('⛁ default');
    await clickInWorkbench('.statusbar-item:has-text("⛁ default")');
    await waitFor('the pool quick pick from the status bar', async () => (await workbenchTexts('.quick-input-widget .monaco-list-row')).some((t) => /default/.test(t) && /CFU in use/.test(t)) || undefined);
    await pressInWorkbench('Escape');
  });
});
