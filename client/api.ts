/**
 * What `activate` returns: the handle other extensions and the in-VS-Code tests use to reach
 * the language server and the engine host.
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { EngineHostState, EnginePing } from './engine-host';

export interface TidelineEngineApi {
  readonly state: EngineHostState;
  readonly onDidChangeState: vscode.Event<EngineHostState>;
  ping(): Promise<EnginePing>;
  request<R = unknown>(method: string, params?: unknown): Promise<R>;
}

export interface TidelineApi {
  readonly languageClient: LanguageClient;
  readonly engine: TidelineEngineApi;
  /** Resolves when the language server is running and the engine host answered a ping. */
  readonly ready: Promise<void>;
}
