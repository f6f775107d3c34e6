/** The engine host's state in the status bar, and its output one click away. */
import * as vscode from 'vscode';
import type { ServerInfo } from '../../../client/language-client';
import { closePanel, click, outputViewText, waitForNotification, waitForStatusBar } from './workbench';
import { driverAvailable, requestScreenshot, workbenchTexts } from './driver-channel';
import { crashEngineUntilItGivesUp, openFixture, readyApi } from './tideline';
import { waitFor } from './wait';

describe('Tideline in the workbench', function () {
  before(async function () {
    if (!driverAvailable()) this.skip();
    await openFixture('queries.sql');
    await readyApi();
  });

  it('shows the engine host state in the status bar; a click shows the engine output', async () => {
    await waitForStatusBar('Tideline: ready');
    await closePanel();
    await click('.statusbar-item:has-text("Tideline: ready")');
    let seen = '';
    await waitFor('the Tideline Engine output in the panel', async () => {
      seen = await outputViewText();
      return /\[supervisor .*engine host .* ready/.test(seen) || undefined;
    }).catch(async (err: Error) => {
      const panelDump = await workbenchTexts('.part.panel');
      throw new Error(`${err.message}; the panel showed:\n${seen}\n(panel: ${JSON.stringify(panelDump)})`);
    });
  });

  it('warns on a crash, shows "failed" when it gives up, and the error offers the output', async () => {
    const api = await readyApi();
    await vscode.commands.executeCommand('tideline.restartEngine');
    const { pid } = await api.engine.ping();
    process.kill(pid, 'SIGKILL');
    await waitForNotification('Tideline engine host stopped unexpectedly');
    await crashEngineUntilItGivesUp(api);
    await waitForStatusBar('Tideline: failed');
    await waitForNotification('will not be restarted');
    await requestScreenshot('engine-failed');
    await closePanel();
    await click('.notification-toast:has-text("will not be restarted") .monaco-button:has-text("Show output")');
    await waitFor('the engine output after "Show output"', async () => /will not be restarted/.test(await outputViewText()) || undefined);
    await vscode.commands.executeCommand('tideline.restartEngine');
    await waitForStatusBar('Tideline: ready');
  });

  it('warns when the language server crashes, and it comes back', async () => {
    const api = await readyApi();
    const before = await api.languageClient.sendRequest<ServerInfo>('tideline/serverInfo');
    process.kill(before.pid, 'SIGKILL');
    await waitForNotification('Tideline language server stopped unexpectedly');
    await waitFor('a new language server', async () => {
      if (!api.languageClient.isRunning()) return undefined;
      return (await api.languageClient.sendRequest<ServerInfo>('tideline/serverInfo')).pid !== before.pid || undefined;
    }, 30_000);
  });
});
