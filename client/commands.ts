/** The Tideline commands contributed in package.json. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { EngineHost } from './engine-host';

export function registerCommands(engine: EngineHost, client: LanguageClient, engineOutput: vscode.OutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('tideline.showOutput', () => engineOutput.show(true)),
    vscode.commands.registerCommand('tideline.restartEngine', async () => {
      try {
        await engine.restart();
        void vscode.window.showInformationMessage('Tideline engine host restarted.');
      } catch (err) {
        void vscode.window.showErrorMessage(`Tideline engine host did not restart: ${err instanceof Error ? err.message : String(err)}`);
      }
    }),
    vscode.commands.registerCommand('tideline.restartServer', async () => {
      try {
        await (client.isRunning() ? client.restart() : client.start());
        void vscode.window.showInformationMessage('Tideline language server restarted.');
      } catch (err) {
        void vscode.window.showErrorMessage(`Tideline language server did not restart: ${err instanceof Error ? err.message : String(err)}`);
      }
    }),
  );
}
