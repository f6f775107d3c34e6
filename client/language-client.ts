/**
 * The language client for dist/server.js over IPC, for `flinksql` documents. A crash of the
 * server restarts it after a backoff delay with a visible warning (RestartPolicy); too many
 * crashes stop it with an error that offers the output channel.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  Message,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restart-policy';

/** Every `flinksql` document, saved or untitled, local or remote. */
export const FLINKSQL_SELECTOR = [{ language: 'flinksql' }];

/** The reply to the custom request `tideline/serverInfo` (server/main.ts). */
export interface ServerInfo {
  readonly name: string;
  readonly version: string;
  readonly pid: number;
  readonly openDocuments: readonly string[];
}

class SupervisedErrorHandler implements ErrorHandler {
  constructor(
    private readonly policy: RestartPolicy,
    private readonly output: vscode.OutputChannel,
  ) {}

  error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    // A few protocol errors in a row are tolerated; a stream of them means the server is gone.
    return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: false };
  }

  async closed(): Promise<CloseHandlerResult> {
    const decision = this.policy.onCrash();
    if (decision.restart) {
      const message = `Tideline language server stopped unexpectedly; restarting in ${decision.delayMs} ms (attempt ${decision.attempt} of ${decision.of}).`;
      this.output.appendLine(`[client ${new Date().toISOString()}] ${message}`);
      void vscode.window.showWarningMessage(message);
      await new Promise((r) => setTimeout(r, decision.delayMs));
      return { action: CloseAction.Restart, handled: true };
    }
    const message = `Tideline language server crashed ${decision.crashes} times within ${Math.round(decision.windowMs / 60_000)} minutes and will not be restarted.`;
    this.output.appendLine(`[client ${new Date().toISOString()}] ${message}`);
    void vscode.window.showErrorMessage(message, 'Show output').then((choice) => {
      if (choice === 'Show output') this.output.show(true);
    });
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

export function createLanguageClient(serverModule: string, output: vscode.OutputChannel, policy = new RestartPolicy()): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: FLINKSQL_SELECTOR,
    // a change under `tideline.*` is sent as didChangeConfiguration; the server reads the values back;
    // .sql files changed on disk reach the server's workspace index (open ones come as edits)
    synchronize: { configurationSection: 'tideline', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{sql,fsql}') },
    outputChannel: output,
    errorHandler: new SupervisedErrorHandler(policy, output),
  };
  return new LanguageClient('tideline.languageServer', 'Tideline Language Server', serverOptions, clientOptions);
}
