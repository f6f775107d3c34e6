/**
 * The Tideline extension: starts the Flink SQL language server (IPC) and the engine host
 * (JSON-RPC over stdio), each supervised and restarted on crash, and shows the engine's state
 * in the status bar. Thin by design: logic lives in engine/.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TidelineApi } from './api';
import { registerCommands } from './commands';
import { RestartPolicy } from './restart-policy';
import { EngineHost } from './engine-host';
import { createEngineStatusItem } from './engine-status';
import { createLanguageClient } from './language-client';
import { ResultsPanelHost } from './results-panel';
import { registerEditorRuns } from './run/register';
import { registerViews } from './views/register';
import { ConnectionSecrets } from './connections/connection-secrets';
import { registerConnectionsView } from './connections/connections-view';
import { registerPlanView } from './plan-panel';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): TidelineApi {
  const serverOutput = vscode.window.createOutputChannel('Tideline Language Server');
  const engineOutput = vscode.window.createOutputChannel('Tideline Engine');
  context.subscriptions.push(serverOutput, engineOutput);

  // The engine keeps pools, statements, usage, the audit log and local tables in the
  // extension's own storage folder, never in the user's home.
  const engine = new EngineHost(context.asAbsolutePath('dist/engine-host.js'), engineOutput, new RestartPolicy(), [
    '--state-dir',
    context.globalStorageUri.fsPath,
  ]);
  context.subscriptions.push(engine, createEngineStatusItem(engine));
  engine.start();

  client = createLanguageClient(context.asAbsolutePath('dist/server.js'), serverOutput);
  context.subscriptions.push(registerCommands(engine, client, engineOutput));
  const serverStarted = client.start();

  const results = new ResultsPanelHost(context);
  context.subscriptions.push(results, vscode.commands.registerCommand('tideline.showResults', () => results.show()));
  context.subscriptions.push(registerViews(engine).disposable);
  // Kafka connections: secrets in SecretStorage, sent to the engine host and the language server.
  const connections = new ConnectionSecrets(context.globalState, context.secrets);
  context.subscriptions.push(registerConnectionsView(engine, client, connections, (m) => engineOutput.appendLine(`[connections] ${m}`)));
  context.subscriptions.push(registerPlanView(context, engine));
  context.subscriptions.push(registerEditorRuns(engine, results));

  const ready = Promise.all([serverStarted, engine.whenReady()]).then(() => undefined);
  // Failures are shown by the supervisors; this only keeps an unobserved rejection quiet.
  ready.catch((err: unknown) => serverOutput.appendLine(`[client] not ready: ${err instanceof Error ? err.message : String(err)}`));

  return {
    languageClient: client,
    engine: {
      get state() {
        return engine.state;
      },
      onDidChangeState: engine.onDidChangeState,
      ping: () => engine.ping(),
      request: <R>(method: string, params?: unknown) => engine.request<R>(method, params),
    },
    ready,
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}
