/** Access to the Tideline extension and the workspace fixture from inside the extension host. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TidelineApi } from '../../../client/api';
import { EXTENSION_ID } from '../extension-id';
import { waitFor } from './wait';


export function tidelineExtension(): vscode.Extension<TidelineApi> {
  const ext = vscode.extensions.getExtension<TidelineApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor and returns its document. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The API of the (already activated) extension, after its language server and engine host are up. */
export async function readyApi(): Promise<TidelineApi> {
  const ext = tidelineExtension();
  const api = await waitFor('the Tideline extension to activate', () => (ext.isActive ? ext.exports : undefined));
  await api.ready;
  return api;
}

/** Kills the engine host until its supervisor stops restarting it (the state becomes `failed`). */
export async function crashEngineUntilItGivesUp(api: TidelineApi): Promise<void> {
  for (let i = 0; i < 10 && api.engine.state !== 'failed'; i++) {
    const { pid } = await api.engine.ping();
    process.kill(pid, 'SIGKILL');
    await waitFor('the engine host to restart or give up', async () => {
      if (api.engine.state === 'failed') return true;
      if (api.engine.state !== 'ready') return undefined;
      return (await api.engine.ping()).pid !== pid || undefined;
    }, 30_000);
  }
  assert.equal(api.engine.state, 'failed', 'the engine host was restarted without end');
}
