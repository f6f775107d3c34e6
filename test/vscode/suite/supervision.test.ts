/** Crashed processes come back; too many crashes stop the retries; the restart commands work. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ServerInfo } from '../../../client/language-client';
import { crashEngineUntilItGivesUp, openFixture, readyApi } from './tideline';
import { waitFor } from './wait';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('Tideline process supervision', () => {
  before(async () => {
    await openFixture('queries.sql');
    await readyApi();
  });

  it('restarts the engine host after it is killed', async () => {
    const api = await readyApi();
    const before = await api.engine.ping();
    const states: string[] = [];
    const sub = api.engine.onDidChangeState((s) => states.push(s));
    try {
      process.kill(before.pid, 'SIGKILL');
      await waitFor('the engine host to restart', () => (states.includes('restarting') && api.engine.state === 'ready' ? true : undefined));
      const after = await api.engine.ping();
      assert.notEqual(after.pid, before.pid);
      assert.equal(alive(before.pid), false);
    } finally {
      sub.dispose();
    }
  });

  it('gives up after repeated crashes, then recovers on "Restart Engine Host"', async () => {
    const api = await readyApi();
    await vscode.commands.executeCommand('tideline.restartEngine'); // clean slate for the policy
    await crashEngineUntilItGivesUp(api);
    assert.equal(api.engine.state, 'failed');
    await assert.rejects(api.engine.ping(), /will not be restarted|failed/);
    await vscode.commands.executeCommand('tideline.restartEngine');
    assert.equal(api.engine.state, 'ready');
    assert.equal((await api.engine.ping()).pong, true);
  });

  it('restarts the language server after it is killed', async () => {
    const api = await readyApi();
    const before = await api.languageClient.sendRequest<ServerInfo>('tideline/serverInfo');
    process.kill(before.pid, 'SIGKILL');
    const after = await waitFor('a new language server to answer', async () => {
      if (!api.languageClient.isRunning()) return undefined;
      const info = await api.languageClient.sendRequest<ServerInfo>('tideline/serverInfo');
      return info.pid !== before.pid ? info : undefined;
    }, 30_000);
    assert.equal(after.name, 'tideline-flinksql');
    const doc = await openFixture('queries.sql');
    await waitFor('the restarted server to have the open document', async () => {
      const info = await api.languageClient.sendRequest<ServerInfo>('tideline/serverInfo');
      return info.openDocuments.includes(doc.uri.toString()) || undefined;
    });
  });

  it('"Restart Language Server" starts a fresh server', async () => {
    const api = await readyApi();
    const before = await api.languageClient.sendRequest<ServerInfo>('tideline/serverInfo');
    await vscode.commands.executeCommand('tideline.restartServer');
    const after = await api.languageClient.sendRequest<ServerInfo>('tideline/serverInfo');
    assert.notEqual(after.pid, before.pid);
  });
});
