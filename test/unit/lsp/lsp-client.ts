/**
 * A real LSP client for protocol tests: spawns `node dist/server.js --stdio` and speaks
 * JSON-RPC with vscode-jsonrpc (as re-exported by the protocol package, so types agree), typed by vscode-languageserver-protocol. Collects every
 * publishDiagnostics notification and every error logged to the console.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../../support/repo-root';
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  ExitNotification,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** dist/server.js of the repository this (bundled) file runs from. */
export const SERVER = join(repoRoot(__dirname), 'dist/server.js');

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  /** `$/progress` values (begin, report, end) in order, when started with `progress`. */
  readonly progress: { kind: string; title?: string; message?: string; percentage?: number }[] = [];
  private waiters: { pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private initialized: InitializeResult | undefined;

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.push(p);
      const ready = this.waiters.filter((w) => w.pred(p));
      this.waiters = this.waiters.filter((w) => !w.pred(p));
      for (const w of ready) w.resolve(p);
    });
    connection.onNotification(LogMessageNotification.type, (p) => this.logs.push(p.message));
  }

  get initializeResult(): InitializeResult {
    if (!this.initialized) throw new Error('not initialized');
    return this.initialized;
  }

  /**
   * `configuration`: settings by section, answered to workspace/configuration (the client then
   * declares the capability).
   */
  /** `progress`: declare window.workDoneProgress, accept the server's progress tokens and record `$/progress`. */
  static async start(opts: { workspaceFolder?: string; configuration?: Record<string, unknown>; initializationOptions?: unknown; progress?: boolean } = {}): Promise<LspClient> {
    const { workspaceFolder, configuration, initializationOptions, progress } = opts;
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, connection);
    if (configuration) {
      connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section ? (configuration[i.section] ?? null) : null)));
    }
    if (progress) {
      connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
      connection.onNotification('$/progress', (p: { value: { kind: string; title?: string; message?: string; percentage?: number } }) => client.progress.push(p.value));
    }
    connection.listen();
    client.initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { ...(configuration ? { workspace: { configuration: true } } : {}), ...(progress ? { window: { workDoneProgress: true } } : {}) },
      workspaceFolders: workspaceFolder ? [{ uri: workspaceFolder, name: 'ws' }] : null,
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** didChange with incremental changes. */
  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'flinksql', version, text } });
  }

  /** The next (or an already received) publishDiagnostics matching `pred`. */
  waitForDiagnostics(pred: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const seen = this.diagnostics.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for diagnostics')), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (p) => {
          clearTimeout(timer);
          resolvePromise(p);
        },
      });
    });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
