/**
 * The Connections view in the real workbench: a Kafka connection added through its command
 * (a spec as the argument instead of quick inputs) is tested at once (an unreachable broker:
 * the failure with where and what to check, shown on the row), is in the engine without its
 * password, survives an engine host restart (the extension sends the password again from
 * SecretStorage), and Delete removes it from the view and the engine.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { driverAvailable, requestScreenshot, workbenchTexts } from './driver-channel';
import { readyApi } from './tideline';
import { waitFor } from './wait';

const ROWS = '[id="workbench.view.extension.tideline"] .pane:has(.pane-header[aria-label^="Connections"]) .monaco-list-row';
const SECRET = 'vsc-Connection-Secret-42';

interface Listed {
  readonly name: string;
  readonly auth: string;
  readonly status: string;
}

describe('Connections view', function () {
  before(async function () {
    if (!driverAvailable()) this.skip();
    await vscode.commands.executeCommand('workbench.view.extension.tideline');
    await readyApi();
  });

  it('adds, tests, keeps across an engine restart (password from SecretStorage) and deletes a connection', async () => {
    const api = await readyApi();
    await vscode.commands.executeCommand('tideline.connections.focus');
    const result = await vscode.commands.executeCommand<{ kafka: { ok: boolean; message: string } }>('tideline.connections.add', {
      name: 'vsc_down',
      brokers: ['127.0.0.1:1'],
      sasl: { mechanism: 'PLAIN', username: 'svc', password: SECRET },
    });
    assert.equal(result?.kafka.ok, false);
    assert.match(result!.kafka.message, /cannot connect to Kafka at 127\.0\.0\.1:1: .*check the brokers' host:port/);
    const row = await waitFor('the connection row with its test result', async () => (await workbenchTexts(ROWS)).find((t) => t.includes('vsc_down') && t.includes('cannot connect')));
    assert.ok(!row.includes(SECRET));
    await requestScreenshot('connections-view');

    const listed = async () => (await api.engine.request<{ connections: Listed[] }>('connections/list', {})).connections.find((c) => c.name === 'vsc_down');
    const before = await listed();
    assert.equal(before?.auth, 'plain');
    assert.ok(!JSON.stringify(before).includes(SECRET));
    assert.ok(!JSON.stringify(vscode.workspace.getConfiguration('tideline')).includes(SECRET), 'the password is not in the settings');

    // A new engine host knows the connection from its state dir but not its password, until the extension sends it again.
    await vscode.commands.executeCommand('tideline.restartEngine');
    const after = await waitFor('the connection with its password again after the restart', async () => {
      const c = await listed().catch(() => undefined);
      return c && !/not given since the engine started/.test(c.status) ? c : undefined;
    });
    assert.equal(after.auth, 'plain');

    assert.equal(await vscode.commands.executeCommand('tideline.connections.delete', 'vsc_down', { confirmed: true }), true);
    await waitFor('the row to leave the view', async () => !(await workbenchTexts(ROWS)).some((t) => t.includes('vsc_down')) || undefined);
    assert.equal(await listed(), undefined);
  });
});
