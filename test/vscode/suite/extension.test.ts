/** The extension activates on Flink SQL, and both of its processes are running and answering. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ServerInfo } from '../../../client/language-client';
import { openFixture, readyApi, tidelineExtension } from './tideline';
import { waitFor } from './wait';

describe('Tideline extension', () => {
  it('stays inactive until a Flink SQL file opens', async () => {
    await openFixture('notes.txt');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(tidelineExtension().isActive, false, 'opening a .txt file activated Tideline');
  });

  it('activates when a .sql file opens', async () => {
    await openFixture('queries.sql');
    await waitFor('activation after opening queries.sql', () => tidelineExtension().isActive);
  });

  it('gives .sql documents the flinksql language', async () => {
    const doc = await openFixture('queries.sql');
    assert.equal(doc.languageId, 'flinksql');
  });

  it('runs the language server, which answers tideline/serverInfo and has the document', async () => {
    const api = await readyApi();
    assert.equal(api.languageClient.isRunning(), true);
    const doc = await openFixture('queries.sql');
    const info = await waitFor('the server to see queries.sql', async () => {
      const i = await api.languageClient.sendRequest<ServerInfo>('tideline/serverInfo');
      return i.openDocuments.includes(doc.uri.toString()) ? i : undefined;
    });
    assert.equal(info.name, 'tideline-flinksql');
    assert.match(info.version, /^\d+\.\d+\.\d+/);
    assert.ok(Number.isInteger(info.pid) && info.pid !== process.pid, 'the server runs in its own process');
  });

  it('runs the engine host, which answers engine/ping', async () => {
    const api = await readyApi();
    const pong = await api.engine.ping();
    assert.equal(pong.pong, true);
    assert.match(pong.version, /^\d+\.\d+\.\d+/);
    assert.ok(pong.pid !== process.pid, 'the engine host runs in its own process');
    assert.equal(api.engine.state, 'ready');
    const viaRequest = await api.engine.request<{ pid: number }>('engine/ping');
    assert.equal(viaRequest.pid, pong.pid);
  });

  it('contributes its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['tideline.showOutput', 'tideline.restartEngine', 'tideline.restartServer']) {
      assert.ok(all.includes(c), `command ${c} is not registered`);
    }
    await vscode.commands.executeCommand('tideline.showOutput');
  });
});
